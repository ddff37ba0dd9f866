import type { ResponseEnvelope } from 'ask-sdk-model';
import { crisisLines, helpLine, topics } from '../content';
import { handler } from '../lambda';
import { screenPayload } from '../lambda/screens/payload';
import { stripSsml } from '../tools/alexa/conversation';
import { intentRequest } from '../tools/alexa/requests';
import { converse, expectDialogue } from './support/dialogue';

/** Issue 9: what a person at risk most needs to hear is in each answer, checked on whole turns. */
const heard = (r: ResponseEnvelope): string => stripSsml((r.response.outputSpeech as { ssml: string }).ssml);
const card = (r: ResponseEnvelope): string => {
  const c = r.response.card as { title?: string; content?: string } | undefined;
  return `${c?.title ?? ''}\n${c?.content ?? ''}`;
};
const ask = (intent: string): Promise<ResponseEnvelope> => handler(intentRequest(intent));

describe('answers that keep people safe', () => {
  it('withdrawal: life-threatening, a slow taper by the prescriber, 911 for signs now; then running out, not a pitch', async () => {
    const r = await ask('WithdrawalIntent');
    expect(heard(r)).toMatch(/life-threatening/);
    expect(heard(r)).toMatch(/high fever/);
    expect(heard(r)).toMatch(/stiffness coming back/);
    expect(heard(r)).toMatch(/prescriber lowers the dose slowly/);
    expect(heard(r)).toMatch(/Call 911\. Want to hear about running out\?$/);
    expect(heard(r)).not.toContain(helpLine.name);
    expect(card(r)).toContain('911');
  });

  it('running out: call the prescriber or pharmacist today; withdrawal signs mean 911', async () => {
    const r = await ask('RunningOutIntent');
    expect(heard(r)).toMatch(/call your prescriber or pharmacist today: stopping suddenly is risky/);
    expect(heard(r)).toMatch(/call 911/);
  });

  it('a pump: the early signs, and the emergency room or 911 when the pump doctor cannot be reached', async () => {
    const r = await ask('PumpProblemIntent');
    expect(heard(r)).toMatch(/stiffness, itching or tingling/);
    expect(heard(r)).toMatch(/If you can't reach them.*emergency room or call 911/);
  });

  it('mixing: the general fact first (alcohol, opioids, benzodiazepines, sleep medicines; slowed breathing), then the doctor', async () => {
    const text = heard(await ask('MixingIntent'));
    expect(text).toMatch(/Alcohol, opioids, benzodiazepines like Xanax, and sleep medicines/);
    expect(text).toMatch(/slow breathing/);
    expect(text.indexOf('slow breathing')).toBeLessThan(text.indexOf('doctor or pharmacist'));
  });

  it('kidneys: cleared by the kidneys, can build up, then the prescriber', async () => {
    const text = heard(await ask('KidneysIntent'));
    expect(text).toMatch(/through the kidneys.*build up.*prescriber/);
  });

  it('dependence: the body gets used to it even as prescribed; misuse is the other half', async () => {
    const text = heard(await ask('AddictionIntent'));
    expect(text).toMatch(/body gets used to it, even taken as prescribed, so stopping suddenly is risky/);
    expect(text).toMatch(/misuse/);
  });

  it('pills already taken: 911 first, then 988', async () => {
    const text = heard(await ask('EmergencyIntent'));
    expect(text).toMatch(/^Call 911 right now\./);
    expect(text.indexOf('911')).toBeLessThan(text.indexOf('988'));
    expect(text).toContain(crisisLines.poisonControl.display);
  });

  it('self-harm and lethal-dose questions: 988, 911 if pills were taken, Poison Control; never a dose, never "ask your doctor"', async () => {
    const text = heard(await ask('SelfHarmIntent'));
    expect(text).toMatch(/call or text 988/);
    expect(text).toMatch(/If anyone has taken pills or is in danger now, call 911/);
    expect(text).toContain(crisisLines.poisonControl.display);
    expect(text).not.toMatch(/milligram|doctor|pharmacist/i);
  });

  it("overdose signs: won't wake up and a slow heartbeat; the screen never reads as if 911 were only for seizures", async () => {
    const text = heard(await ask('OverdoseSignsIntent'));
    expect(text).toMatch(/not waking up/);
    expect(text).toMatch(/slow heartbeat/);
    const points = screenPayload({ kind: 'topic', topic: 'overdoseSigns' }).points;
    expect(points[0]).toMatch(/call 911/i);
    for (const point of points.slice(1)) expect(point).not.toMatch(/911/);
  });

  it("getting help: don't stop suddenly alone, a doctor can taper; declining the number offers SAMHSA aloud", async () => {
    await expectDialogue(
      converse(),
      `
      U: ask baclofen guide i can't stop taking baclofen
      A: … Don't stop suddenly on your own: a doctor can taper it safely. Summit Helps … Want their phone number?
      U: no
      A: Okay. There's also the free SAMHSA National Helpline, any time, in English or Spanish. Want that number?
      U: yes
      A: The SAMHSA National Helpline is 1-800-662-4357. It's free and confidential. Want me to say it again?
      card: 1-800-662-4357
      `,
    );
  });

  it('alcohol questions are offered SAMHSA (which covers alcohol), not the prescription-drug program', async () => {
    const r = await ask('AlcoholCravingsIntent');
    expect(heard(r)).toMatch(/Want the number of a free helpline\?$/);
    expect(heard(r)).not.toContain(helpLine.name);
    expect(card(r)).toContain(crisisLines.samhsa.display);
    expect(heard(r)).toMatch(
      /France approved it in 2018 to help some adults cut down drinking when other medicines failed/,
    );
  });

  it('claims nobody made are gone; forms and uses are complete', async () => {
    expect(heard(await ask('AboutSummitHelpsIntent'))).not.toMatch(/cost|insurance/i);
    expect(heard(await ask('HowTakenIntent'))).toMatch(/granules/);
    expect(heard(await ask('UsesIntent'))).toMatch(/cerebral palsy or brain injury/);
  });

  it.each([
    'EmergencyIntent',
    'SelfHarmIntent',
    'PersonalMedicalQuestionIntent',
    'OverdoseSignsIntent',
    'PumpProblemIntent',
  ])('%s carries no help-line pitch in speech, card or screen', async (intent) => {
    const r = await handler(intentRequest(intent, {}, { screen: true }));
    expect(heard(r)).not.toContain(helpLine.name);
    expect(card(r)).not.toContain(helpLine.name);
    expect(JSON.stringify(r.response.directives ?? [])).not.toContain(helpLine.phoneDisplay);
  });

  it.each(['addiction', 'withdrawal', 'alcohol', 'getHelp', 'aboutSummit'] as const)(
    'the %s card carries the help line',
    (topic) => {
      expect(topics[topic].lines).toBe('helpLine');
    },
  );

  it('three ask-your-doctor questions in a row never hear the same sentence twice running', async () => {
    const c = converse();
    const said: string[] = [];
    for (const q of [
      'how much baclofen should i take',
      'can i take baclofen while pregnant',
      'is baclofen safe for children',
    ])
      said.push((await c.say(q)).speech.replace(/^This is general information, not medical advice\. /, ''));
    expect(new Set(said).size).toBe(3);
    for (const s of said) expect(s).toMatch(/doctor or pharmacist|pharmacist/);
  });
});
