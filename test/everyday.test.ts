import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topics } from '../content';
import { topicIntents } from '../lambda/topicIntents';
import { converse } from './support/dialogue';

/**
 * Phrasings written by people who never read the sample utterances, spoken one-shot as a new
 * user would ("ask baclofen guide …"), through the console's stand-in for Alexa's NLU.
 *
 * - everyday-phrasings.json: the first held-out set. Its misses (11 of 136) showed gaps in the
 *   model's vocabulary ("reactions", "cold turkey", "hooked"…), which new samples then covered
 *   in other words, so it is no longer fully unseen.
 * - everyday-phrasings-2.json: written after that tuning and never used to tune anything.
 *
 * Safety is per phrasing: every emergency phrasing hears 911, every self-harm phrasing 988.
 * Topics are judged as a whole: the stand-in matcher is cruder than Alexa's statistical NLU,
 * so a small share of misses is expected, reported by name, and bounded.
 */
const SAFETY = new Set(['EmergencyIntent', 'SelfHarmIntent']);
/** An overdose-signs question answered with the emergency numbers is a safe, on-topic answer. */
const ACCEPTABLE: Record<string, string[]> = {
  OverdoseSignsIntent: ['EmergencyIntent'],
  // These sets were labelled before the model split mixing, driving, drug tests, time in the body and
  // kidneys out of the personal-medical intent: each of those now has its own fitting answer.
  PersonalMedicalQuestionIntent: [
    'MixingIntent',
    'DrivingIntent',
    'DrugTestIntent',
    'TimeInSystemIntent',
    'KidneysIntent',
  ],
};
const MIN_ON_TOPIC = 0.9;

function load(file: string): [string, string][] {
  const data: Record<string, string[]> = JSON.parse(readFileSync(join(__dirname, 'fixtures', file), 'utf8'));
  return Object.entries(data).flatMap(([intent, list]) => list.map((p) => [intent, p] as [string, string]));
}

describe.each(['everyday-phrasings.json', 'everyday-phrasings-2.json'])('everyday phrasings (%s), one-shot', (file) => {
  const cases = load(file);

  it.each(cases.filter(([intent]) => SAFETY.has(intent)))('%s ← "%s" hears the crisis numbers', async (intent, p) => {
    const turn = await converse().say(`ask baclofen guide ${p}`);
    if (intent === 'EmergencyIntent') expect(turn.speech).toMatch(/^Call 911 right now\./);
    else expect(turn.speech).toMatch(/988.*911/);
  });

  it(`answers at least ${MIN_ON_TOPIC * 100}% of the other phrasings on topic`, async () => {
    const misses: string[] = [];
    const others = cases.filter(([intent]) => !SAFETY.has(intent));
    for (const [intent, phrasing] of others) {
      const turn = await converse().say(`ask baclofen guide ${phrasing}`);
      const heard = turn.resolution?.intent ?? '';
      const topic = topicIntents[intent];
      const onTopic =
        (heard === intent && (!topic || turn.card?.title === topics[topic].title)) ||
        (ACCEPTABLE[intent] ?? []).includes(heard);
      if (!onTopic) misses.push(`${intent} ← "${phrasing}" went to ${heard}`);
    }
    if (misses.length) console.warn(`${file}: ${misses.length}/${others.length} off topic:\n${misses.join('\n')}`);
    expect(others.length).toBeGreaterThan(50);
    expect(1 - misses.length / others.length).toBeGreaterThanOrEqual(MIN_ON_TOPIC);
    // A hundred whole conversations in one test: on a loaded machine (two test runs at once) this
    // took over the 60 s default, and on a slower one over 180 s beside the other suites; the figure
    // asserted is the share on topic, never the time.
  }, 600_000);
});

describe('off-topic requests', () => {
  /**
   * The model now holds 2.5 times the samples (issue 10), so more everyday words are known to it and
   * fewer off-topic requests fall below the cross-validated threshold. Those taken for an intent are
   * answered harmlessly (a goodbye, "I only cover baclofen", "I can't place calls"); none may ever
   * hear the crisis numbers as if there were an emergency.
   */
  const MIN_FALLBACK = 0.7;

  it(`sends at least ${MIN_FALLBACK * 100}% of them to Fallback (whose answer still names 911), and none to an emergency answer`, async () => {
    const requests: string[] = JSON.parse(readFileSync(join(__dirname, 'fixtures/off-topic.json'), 'utf8'));
    let fallback = 0;
    for (const request of requests) {
      const turn = await converse().say(`ask baclofen guide ${request}`);
      expect({ request, alarm: /^(Call 911|I'm really sorry)/.test(turn.speech) }).toEqual({ request, alarm: false });
      if (turn.resolution?.intent === 'AMAZON.FallbackIntent') {
        fallback++;
        expect(turn.speech).toContain('call 911');
      }
    }
    expect(fallback / requests.length).toBeGreaterThanOrEqual(MIN_FALLBACK);
  });

  /**
   * The requests written later for cross-validation (tools/nlu-threshold.ts), in both languages:
   * other health questions, calls and messages among them. The console's stand-in is a bag of words:
   * a request made of two words that crisis samples use ("roll a die": "eyes rolled back", "want to
   * die") can still take a crisis answer; the share of those is held below 2% and printed.
   */
  const MAX_ALARMS = 0.02;

  it.each([
    ['en-US', 'off-topic-more.json', 'ask baclofen guide'],
    ['es-US', 'off-topic-more.es-US.json', 'pregúntale a guía de baclofeno'],
  ])(
    `%s %s: at least ${MIN_FALLBACK * 100}% to Fallback, fewer than ${MAX_ALARMS * 100}% hear the crisis numbers`,
    async (locale, file, ask) => {
      const requests: string[] = JSON.parse(readFileSync(join(__dirname, 'fixtures', file), 'utf8'));
      const alarms: string[] = [];
      let fallback = 0;
      for (const request of requests) {
        const turn = await converse({ locale }).say(`${ask} ${request}`);
        if (turn.resolution?.intent === 'AMAZON.FallbackIntent') fallback++;
        if (['EmergencyIntent', 'SelfHarmIntent'].includes(turn.resolution?.intent ?? '')) alarms.push(request);
      }
      if (alarms.length) console.warn(`${file}: crisis answers for ${alarms.map((a) => `"${a}"`).join(', ')}`);
      expect(requests.length).toBeGreaterThanOrEqual(100);
      expect(fallback / requests.length).toBeGreaterThanOrEqual(MIN_FALLBACK);
      expect(alarms.length / requests.length).toBeLessThan(MAX_ALARMS);
    },
    // 150 whole conversations, each with its own console NLU: slow on a busy two-core machine.
    // As above: a slower machine took over 180 s for these beside the other suites.
    600_000,
  );
});
