import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { NluNeural } from '@nlpjs/nlu';
import { CLASSIFIER_SETTINGS, IntentClassifier } from '../tools/alexa/classifier';
import {
  CONFIDENCE_THRESHOLD,
  loadModel,
  modelPathFor,
  NAMED_THRESHOLD,
  normalize,
  Nlu,
  outOfDomainRequests,
  parseInvocation,
  spellNumbers,
  trainingSamples,
  type InteractionModel,
  type Resolution,
} from '../tools/alexa/nlu';
import { isExpected, isFalseAlarm, isSafetyMiss } from '../tools/alexa/outcomes';
import {
  ALSO,
  asksACall,
  asksNothing,
  BY_ONESELF,
  CUT_DOWN,
  DOES_HARM,
  effectsAskedOf,
  asksByText,
  asksOfTreatment,
  asksOfTheMedicine,
  tellsOfRecovery,
  tellsOfNoCrisis,
  tellsOfSomeoneOnIt,
  FIGURE_OF_SPEECH,
  INJURY,
  LONG_AGO,
  LOST_PILLS,
  markPhrases,
  namesOnlyHouseholdDevice,
  namesWithdrawal,
  PUMP_REFILL,
  SWALLOWS_PILLS,
  ONSET,
  REMARK_LEAD,
  SPEAKS_LANGUAGE,
  showsDangerNow,
  showsSelfHarm,
  speaksOfSelfHarm,
  tellsOfLongAgo,
  tellsARemark,
  tellsOfReport,
  tellsACrisisDenied,
  tellsAFigure,
  tellsAJest,
  tellsOfAccident,
  tellsOfMishapOver,
  tellsOfReadiness,
  tellsOfRoutine,
  tellsOfScareOver,
} from '../tools/alexa/phraseClasses';
import { OverlapNlu } from '../tools/alexa/overlapNlu';
import { evaluate } from '../tools/nlu-eval';
import { choose, pool, sweep } from '../tools/nlu-threshold';

/** A small model of our own: the real en-US.json changes too often to pin tests on. */
const model: InteractionModel = {
  interactionModel: {
    languageModel: {
      invocationName: 'baclofen guide',
      intents: [
        {
          name: 'WhatIsBaclofenIntent',
          slots: [{ name: 'drug', type: 'DrugType' }],
          samples: [
            'what is baclofen',
            'what is it',
            'tell me about baclofen',
            'what kind of drug is baclofen',
            'is baclofen a muscle relaxant',
            'what is {drug}',
            'tell me about {drug}',
          ],
        },
        {
          name: 'SideEffectsIntent',
          slots: [{ name: 'drug', type: 'DrugType' }],
          samples: [
            'what are the side effects',
            'what side effects does it have',
            'does baclofen make you sleepy',
            'is it normal to feel dizzy',
            'what are the side effects of {drug}',
            'does {drug} make you sleepy',
          ],
        },
        {
          name: 'AddictionIntent',
          slots: [{ name: 'drug', type: 'DrugType' }],
          samples: [
            'is it addictive',
            'can you get hooked on baclofen',
            'is {drug} addictive',
            'can you get addicted to {drug}',
          ],
        },
        {
          name: 'WithdrawalIntent',
          samples: [
            'what happens if i stop taking baclofen',
            'is it safe to stop baclofen suddenly',
            'what are the withdrawal symptoms',
          ],
        },
        {
          name: 'EmergencyIntent',
          slots: [{ name: 'person', type: 'PersonType' }],
          samples: [
            'my {person} took too much baclofen',
            '{person} overdosed',
            'my {person} is not breathing',
            'what do i do it is an emergency',
          ],
        },
        {
          name: 'DoseCountIntent',
          slots: [{ name: 'count', type: 'AMAZON.NUMBER' }],
          samples: ['i took {count} pills', 'what if i took {count} pills is it ok'],
        },
        { name: 'AMAZON.HelpIntent', samples: ['what can you do'] },
        { name: 'AMAZON.StopIntent', samples: [] },
        { name: 'AMAZON.CancelIntent', samples: [] },
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.NoIntent', samples: [] },
        { name: 'AMAZON.RepeatIntent', samples: [] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
        // No AMAZON.MoreIntent: its phrases must not resolve to an intent the skill lacks.
      ],
      types: [
        {
          name: 'PersonType',
          values: [
            { id: 'MOTHER', name: { value: 'mother', synonyms: ['mom', 'mother in law'] } },
            { id: 'FRIEND', name: { value: 'friend', synonyms: ['best friend', 'buddy'] } },
            { id: 'SON', name: { value: 'son' } },
          ],
        },
        {
          name: 'DrugType',
          values: [{ id: 'BACLOFEN', name: { value: 'baclofen', synonyms: ['ozobax', 'lioresal', 'back low fen'] } }],
        },
      ],
    },
  },
};

// The unit tests pin a threshold for this small model (most everyday words are unknown to it, and the
// confidence squares the share of known words); CONFIDENCE_THRESHOLD is tuned on the real model.
// The small model is tested without out-of-domain requests (the locale's ~430 would outweigh its
// samples); what they add is tested on its own below.
const nlu = new Nlu(model, { applicationId: 'amzn1.ask.skill.test', threshold: 0.35, outOfDomain: [] });

function resolutionOf(r: Resolution, slot: string) {
  return r.slots[slot]?.resolutions?.resolutionsPerAuthority?.[0];
}

describe('normalize', () => {
  it('lower-cases, drops punctuation but keeps apostrophes in words, collapses spaces, leaves digits', () => {
    expect(normalize("  What's   Baclofen?!  ")).toBe("what's baclofen");
    expect(normalize('Side-effects, please.')).toBe('side effects please');
    expect(normalize('I took 3 pills')).toBe('i took 3 pills');
    expect(normalize('it’s ‘quoted’')).toBe("it's quoted");
  });

  it('restores the apostrophe of a contraction typed without it, and leaves words that are words', () => {
    expect(normalize('my dad wont wake up')).toBe("my dad won't wake up");
    expect(normalize('Im scared, I dont know whats wrong')).toBe("i'm scared i don't know what's wrong");
    expect(normalize('its dose were ill timed well')).toBe('its dose were ill timed well');
  });
});

describe('exact matching', () => {
  it('matches a sample whatever the case and punctuation', () => {
    expect(nlu.resolve('What is Baclofen?')).toMatchObject({
      intent: 'WhatIsBaclofenIntent',
      match: 'exact',
      score: 1,
    });
  });

  it('drops the wake word and what came before it, as a device transcript would', () => {
    expect(nlu.resolve('Alexa, what is baclofen?')).toMatchObject({ intent: 'WhatIsBaclofenIntent', match: 'exact' });
    expect(nlu.resolve('hey alexa what is baclofen')).toMatchObject({ intent: 'WhatIsBaclofenIntent', match: 'exact' });
    expect(nlu.resolve('alexa')).toMatchObject({ intent: 'AMAZON.FallbackIntent' });
  });

  it('reads numbers a recogniser writes as digits the way the samples spell them', () => {
    expect(spellNumbers('call 911 now', 'en')).toBe('call nine one one now');
    expect(spellNumbers('i take 10 milligrams 3 times a day', 'en')).toBe('i take ten milligrams three times a day');
    expect(spellNumbers('45 pills', 'en')).toBe('forty five pills');
    expect(spellNumbers('tomé 25 pastillas de 34', 'es')).toBe('tomé veinticinco pastillas de treinta y cuatro');
    expect(spellNumbers('llama al 911', 'es')).toBe('llama al nueve uno uno');
    // The same confidence as the words: "10" is no unknown word.
    expect(nlu.resolve('oh no my son took 10 baclofen')).toEqual(nlu.resolve('oh no my son took ten baclofen'));
    expect(nlu.resolve('oh no my son took ten baclofen').bestGuess?.score).toBeGreaterThan(0);
  });

  it('keeps what a listener says before "alexa" in an open session, without the name', () => {
    expect(nlu.resolve('stop it alexa')).toMatchObject({ intent: 'AMAZON.StopIntent', match: 'builtin' });
    expect(nlu.resolve('what is baclofen alexa')).toMatchObject({ intent: 'WhatIsBaclofenIntent', match: 'exact' });
  });

  it('tells the same words in another order apart by their adjacent pairs', () => {
    const lm = model.interactionModel.languageModel;
    const intents = lm.intents.map((i) =>
      i.name === 'WithdrawalIntent'
        ? { ...i, samples: [...(i.samples ?? []), 'should i stop taking it'] }
        : i.name === 'AddictionIntent'
          ? { ...i, samples: [...(i.samples ?? []), 'taking it should i stop'] }
          : i,
    );
    const twin = new Nlu({ interactionModel: { languageModel: { ...lm, intents } } });
    expect(twin.scores('should i stop taking it')[0].intent).toBe('WithdrawalIntent');
    expect(twin.scores('taking it should i stop')[0].intent).toBe('AddictionIntent');
  });

  it('lets an exact sample win even where the classifier would choose another intent', () => {
    // The same words in another order, samples of two intents: a classifier that sees one bag of
    // words for both can answer only one of them; the samples tell them apart.
    const lm = model.interactionModel.languageModel;
    const intents = lm.intents.map((i) =>
      i.name === 'WithdrawalIntent'
        ? { ...i, samples: [...(i.samples ?? []), 'should i stop taking it'] }
        : i.name === 'AddictionIntent'
          ? { ...i, samples: [...(i.samples ?? []), 'taking it should i stop'] }
          : i,
    );
    const twin = new Nlu({ interactionModel: { languageModel: { ...lm, intents } } }, { adjacentPairs: false });
    const [a, b] = ['should i stop taking it', 'taking it should i stop'].map((u) => twin.scores(u)[0].intent);
    expect(a).toBe(b);
    expect(twin.resolve('should i stop taking it')).toMatchObject({
      intent: 'WithdrawalIntent',
      match: 'exact',
      score: 1,
    });
    expect(twin.resolve('taking it should i stop')).toMatchObject({
      intent: 'AddictionIntent',
      match: 'exact',
      score: 1,
    });
  });

  it('fills a custom slot with a synonym and resolves it to the canonical value and id', () => {
    const r = nlu.resolve('My mom took too much baclofen');
    expect(r).toMatchObject({ intent: 'EmergencyIntent', match: 'exact' });
    expect(r.slots.person).toMatchObject({ name: 'person', value: 'mom', confirmationStatus: 'NONE' });
    expect(resolutionOf(r, 'person')).toEqual({
      authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.PersonType',
      status: { code: 'ER_SUCCESS_MATCH' },
      values: [{ value: { name: 'mother', id: 'MOTHER' } }],
    });
  });

  it('takes the longest synonym that fits ("mother in law", not "mother")', () => {
    const r = nlu.resolve('my mother in law is not breathing');
    expect(r.slots.person.value).toBe('mother in law');
    expect(resolutionOf(r, 'person')?.values[0].value.id).toBe('MOTHER');
  });

  it('resolves a brand or a misheard name in a drug slot to baclofen', () => {
    for (const said of ['ozobax', 'back low fen']) {
      const r = nlu.resolve(`what are the side effects of ${said}`);
      expect(r).toMatchObject({ intent: 'SideEffectsIntent', match: 'exact' });
      expect(r.slots.drug.value).toBe(said);
      expectBaclofenInDrugSlot(r);
    }
  });

  it('sends AMAZON.NUMBER values as digits, spoken or written', () => {
    expect(nlu.resolve('i took three pills').slots.count.value).toBe('3');
    expect(nlu.resolve('i took twenty five pills').slots.count.value).toBe('25');
    expect(nlu.resolve('I took 12 pills').slots.count.value).toBe('12');
  });

  it('lists every slot the intent declares, unfilled ones without a value', () => {
    expect(nlu.resolve('what are the withdrawal symptoms').slots).toEqual({});
    const whatIs = nlu.resolve('what is baclofen');
    expect(whatIs.slots).toEqual({ drug: { name: 'drug', confirmationStatus: 'NONE' } });
    expect(Object.keys(nlu.resolve('buddy overdosed').slots)).toEqual(['person']);
  });

  it("prefers the model's own sample for a built-in intent", () => {
    expect(nlu.resolve('what can you do')).toMatchObject({ intent: 'AMAZON.HelpIntent', match: 'exact' });
  });

  it('ignores hesitation sounds, as a device transcript would not have them', () => {
    expect(nlu.resolve('um what is uh baclofen')).toMatchObject({ intent: 'WhatIsBaclofenIntent', match: 'exact' });
  });
});

describe('open slots: a carrier phrase with words outside the catalogue', () => {
  it('"what are the side effects of ibuprofen" is a side-effects question about ibuprofen, not about baclofen', () => {
    const r = nlu.resolve('what are the side effects of ibuprofen');
    expect(r).toMatchObject({ intent: 'SideEffectsIntent', match: 'exact', score: 1 });
    expect(r.slots.drug).toMatchObject({ name: 'drug', value: 'ibuprofen' });
    expect(resolutionOf(r, 'drug')).toEqual({
      authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.DrugType',
      status: { code: 'ER_SUCCESS_NO_MATCH' },
      values: [],
    });
  });

  it('takes up to three words, and the person slot too ("my dog took too much baclofen")', () => {
    expect(nlu.resolve('is tylenol pm addictive').slots.drug.value).toBe('tylenol pm');
    const r = nlu.resolve('my dog took too much baclofen');
    expect(r.intent).toBe('EmergencyIntent');
    expect(r.slots.person.value).toBe('dog');
    expect(resolutionOf(r, 'person')).toMatchObject({ status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] });
  });

  it('does not take function words or the samples’ own words for a medicine ("is it really addictive")', () => {
    const r = nlu.resolve('is it really addictive');
    expect(r.intent).toBe('AddictionIntent');
    expect(r.slots.drug.value).toBeUndefined();
  });

  it('does not take a catalogue value plus other words for a new medicine ("baclofen for kids")', () => {
    const r = nlu.resolve('what are the side effects of baclofen for kids');
    expect(r.intent).toBe('SideEffectsIntent');
    expect(r.slots.drug.value).toBe('baclofen');
    expect(resolutionOf(r, 'drug')?.status.code).toBe('ER_SUCCESS_MATCH');
  });

  it('needs a carrier phrase that says something: "what is {drug}" does not make "what is happening" exact', () => {
    expect(nlu.resolve('what is happening').match).not.toBe('exact');
  });
});

/** The drug slot resolved to the catalogue's baclofen (ER_SUCCESS_MATCH), whatever name was said. */
function expectBaclofenInDrugSlot(r: Resolution): void {
  expect(resolutionOf(r, 'drug')).toMatchObject({
    status: { code: 'ER_SUCCESS_MATCH' },
    values: [{ value: { name: 'baclofen', id: 'BACLOFEN' } }],
  });
}

describe('a medicine name heard slightly wrong', () => {
  // Near the catalogue's spelling, or far from it but said the way the name sounds (Double Metaphone).
  it.each([
    ['bacofen'],
    ['bac lofen'],
    ['bacla fen'],
    ['lioresall'],
    ['ozo bax'],
    ['bagel phen'],
    ['ozo backs'],
    ['bake lo fin'],
  ])('"what are the side effects of %s" is about baclofen, from the catalogue', (heard) => {
    const r = nlu.resolve(`what are the side effects of ${heard}`);
    expect(r).toMatchObject({ intent: 'SideEffectsIntent', match: 'exact' });
    expectBaclofenInDrugSlot(r);
  });

  it('leaves words that only share some sounds with a name as they were', () => {
    // "backlog" is four letters from "baclofen", as "bagel phen" is, but is said PKLK, not PKLFN.
    expect(nlu.resolve('what are the side effects of backlog').slots.drug.value).toBe('backlog');
    expect(nlu.resolve('what are the side effects of bacon').slots.drug.value).toBe('bacon');
  });

  it('leaves another medicine, and words the samples use, as they were', () => {
    expect(nlu.resolve('what are the side effects of tylenol').slots.drug.value).toBe('tylenol');
    expect(nlu.resolve('is it really addictive').slots.drug.value).toBeUndefined();
    // "is bac lofen" is one edit further from "baclofen" than "bac lofen": the function word stays.
    expect(nlu.resolve('what is bac lofen')).toMatchObject({ intent: 'WhatIsBaclofenIntent', match: 'exact' });
  });
});

describe('phrase classes (tools/alexa/phraseClasses.ts)', () => {
  it.each([
    ['en', 'my uncle overdosed a couple of years back and he is fine', `my uncle overdosed ${LONG_AGO} and he is fine`],
    ['en', 'she had a seizure back in twenty twelve', `she had a seizure ${LONG_AGO}`],
    ['en', 'he took too many in college once', `he took too many ${LONG_AGO} once`],
    ['en', 'these leg cramps are killing me', `these leg cramps ${FIGURE_OF_SPEECH}`],
    ['en', "i'm dying to know how the pump works", `i'm ${FIGURE_OF_SPEECH} how the pump works`],
    ['es', 'mi tía tomó de más hace como quince años', `mi tía tomó de más ${LONG_AGO}`],
    ['es', 'de chamaco me tomé unas pastillas', `${LONG_AGO} me tomé unas pastillas`],
    ['es', 'la rodilla me está matando', FIGURE_OF_SPEECH],
    ['es', 'me muero de sueño con esa pastilla', `${FIGURE_OF_SPEECH} con esa pastilla`],
    ['en', 'my dad would kill me if i forgot his refill', `my dad ${FIGURE_OF_SPEECH} i forgot his refill`],
    ['en', 'she had a bad reaction back in the seventies', `she had a bad reaction ${LONG_AGO}`],
    ['es', 'estoy muerto del cansancio', `estoy ${FIGURE_OF_SPEECH}`],
    ['en', "lol i'm dead that video", `lol ${FIGURE_OF_SPEECH} that video`],
    ['en', 'my set totally killed tonight', `my ${FIGURE_OF_SPEECH} tonight`],
    ['en', 'i feel dead inside', 'i feel dead inside'],
    ['en', 'i just wanted to say the baclofen is working great', `${REMARK_LEAD} the baclofen is working great`],
    ['en', 'i wanted to say goodbye to somebody', 'i wanted to say goodbye to somebody'],
    ['en', 'my legs are dead after that shift', `my ${FIGURE_OF_SPEECH} after that shift`],
    ['en', 'that concrete mixer keeps dying on us', `that concrete ${FIGURE_OF_SPEECH} on us`],
    ['es', 'esta margarita está para morirse de buena', `esta margarita está ${FIGURE_OF_SPEECH}`],
    ['es', 'mi hija dice que la tarea de química la va a matar', `mi hija dice que la ${FIGURE_OF_SPEECH}`],
    ['es', 'mano este calor me tiene muerto', `mano ${FIGURE_OF_SPEECH}`],
  ])('%s: "%s" is read as "%s"', (language, said, read) => {
    expect(markPhrases(said, language)).toBe(read);
  });

  it.each([
    ['en', 'he took the whole bottle last night'],
    ['en', 'she took them two days ago and still will not wake up'],
    ['en', 'i want to die for real'],
    ['en', 'my husband is killing me'],
    ['es', 'anoche se tomó todo el frasco'],
    ['es', 'estoy muerta'],
    ['es', 'me quiero morir de verdad'],
  ])('%s: "%s" keeps its words: it may be about now, or literal', (language, said) => {
    expect(markPhrases(said, language)).toBe(said);
  });

  it('tells a story long past from one with a danger now', () => {
    expect(tellsOfLongAgo('my brother overdosed a few years ago and he is doing great', 'en')).toBe(true);
    expect(tellsOfLongAgo('my brother overdosed years ago and tonight he did it again', 'en')).toBe(false);
    expect(tellsOfLongAgo('he started it two years ago and now he is not breathing', 'en')).toBe(false);
    expect(tellsOfLongAgo('my brother overdosed', 'en')).toBe(false);
    expect(tellsOfLongAgo('hace años mi tío tomó de más y ya está bien', 'es')).toBe(true);
    expect(tellsOfLongAgo('hace años lo toma y ahorita no respira', 'es')).toBe(false);
  });

  it('hears a body gone still, cold or slow in anyone now, and not the same words about a line, a pose or a question', () => {
    expect(showsDangerNow('the lady next door is breathing really shallow and her pills are on the table', 'en')).toBe(
      true,
    );
    expect(showsDangerNow("grandma's pulse is real weak and her hands are cold and clammy", 'en')).toBe(true);
    expect(showsDangerNow("my uncle is face down on the couch and he's not moving", 'en')).toBe(true);
    expect(showsDangerNow('he took a bunch and now he sleep and no wake up', 'en')).toBe(true);
    expect(showsDangerNow("she's been off her baclofen since sunday and now the radio is talking to her", 'en')).toBe(
      true,
    );
    expect(showsDangerNow("ran outta my meds on friday and now i'm seeing bugs everywhere", 'en')).toBe(true);
    expect(showsDangerNow('mi tío está tirado en el sofá con la botella al lado y no me responde', 'es')).toBe(true);
    expect(showsDangerNow('está en la cama con los ojos en blanco', 'es')).toBe(true);
    expect(showsDangerNow('mi esposa lleva dos minutos convulsionando', 'es')).toBe(true);
    expect(showsDangerNow("he's been seizing for a couple of minutes now", 'en')).toBe(true);
    expect(showsDangerNow('my coworker is out cold after mixing her pills with vodka', 'en')).toBe(true);
    expect(showsDangerNow('my nephew drank the cherry medicine that was in my purse', 'en')).toBe(true);
    expect(showsDangerNow('these pills knock me out cold at night', 'en')).toBe(false);
    expect(showsDangerNow("the pharmacy line isn't moving at all", 'en')).toBe(false);
    expect(showsDangerNow('my face down dog pose is better since baclofen', 'en')).toBe(false);
    expect(showsDangerNow('can baclofen make your heartbeat slow', 'en')).toBe(false);
    expect(showsDangerNow('i was off my meds for a week last year', 'en')).toBe(false);
  });

  it('hears a sign of danger now, not a question about one or a doctor who does not answer', () => {
    expect(showsDangerNow('my dad took his pills and now he is not breathing', 'en')).toBe(true);
    expect(showsDangerNow('she is having a seizure', 'en')).toBe(true);
    expect(showsDangerNow('tomó sus pastillas con cerveza y no lo puedo despertar', 'es')).toBe(true);
    expect(showsDangerNow('no lo puedo levantar del piso', 'es')).toBe(true);
    // A child who got into someone's medicine, not a child taking their own dose:
    expect(showsDangerNow('my toddler got into my purse and ate some of my pills', 'en')).toBe(true);
    expect(showsDangerNow('my son swallowed his baclofen this morning no problem', 'en')).toBe(false);
    expect(showsDangerNow('my son got into rutgers', 'en')).toBe(false);
    expect(showsDangerNow('mi nieta agarró el frasco y se lo tomó', 'es')).toBe(true);
    expect(showsDangerNow('mi hijo se tomó su pastilla sin problema', 'es')).toBe(false);
    expect(showsDangerNow('a man just collapsed in the lobby', 'en')).toBe(true);
    expect(showsDangerNow('he walks with a limp', 'en')).toBe(false);
    expect(showsDangerNow('does baclofen make it hard to breathe', 'en')).toBe(false);
    expect(showsDangerNow('mi papá está tirado en el piso y no me contesta', 'es')).toBe(true);
    expect(showsDangerNow('el doctor no contesta y se me acabó el baclofeno', 'es')).toBe(false);
    // Withdrawal now: what brings it on, then a severe sign said as happening (FACTS.md: 911).
    expect(showsDangerNow('she ran out of her baclofen on friday and now she is seeing things', 'en')).toBe(true);
    expect(showsDangerNow("the pump's been beeping all day and now he's burning up", 'en')).toBe(true);
    expect(showsDangerNow('what happens if you run out of baclofen do you get confused', 'en')).toBe(false);
    expect(showsDangerNow('i ran out last week and now i feel fine', 'en')).toBe(false);
    expect(showsDangerNow('se le acabó el baclofeno al abuelo y ahora está alucinando', 'es')).toBe(true);
    expect(showsDangerNow('si se me acaba el baclofeno me da fiebre', 'es')).toBe(false);
    expect(showsDangerNow('the pump quit on him and now his temperature is a hundred and two', 'en')).toBe(true);
    expect(showsDangerNow('if my pump stops is it normal to have a fever', 'en')).toBe(false);
    expect(showsDangerNow('se quedó sin baclofeno y está oyendo voces', 'es')).toBe(true);
    expect(showsDangerNow('no se ha tomado su baclofeno desde el lunes y ahora tiene calentura y ve cosas', 'es')).toBe(
      true,
    );
    // The same severe signs said in other words (FACTS.md: high fever, confusion):
    expect(showsDangerNow("his pump ran dry and now he's talking gibberish", 'en')).toBe(true);
    expect(showsDangerNow("she hasn't had her baclofen since sunday and now she's hot to the touch", 'en')).toBe(true);
    expect(showsDangerNow('what happens if you run out do you get disoriented', 'en')).toBe(false);
    expect(showsDangerNow('se le acabó el baclofeno y ahora no sabe dónde está', 'es')).toBe(true);
    // A sign said as absent is no sign; one denied next to one present still is:
    expect(showsDangerNow("the pump alarm went off but there's no fever", 'en')).toBe(false);
    expect(showsDangerNow("he stopped his baclofen sunday and he isn't confused at all", 'en')).toBe(false);
    expect(showsDangerNow("my dad ran out and he's not confused but he is seeing bugs", 'en')).toBe(true);
    expect(showsDangerNow('se le acabó el baclofeno y no tiene fiebre ni está confundida', 'es')).toBe(false);
    expect(showsDangerNow('se vació la bomba y no tiene fiebre pero ahora está alucinando', 'es')).toBe(true);
    // A pump's early signs call for the pump doctor, not 911 (FACTS.md):
    expect(showsDangerNow('mi hijo tiene la bomba y le está dando picazón', 'es')).toBe(false);
    expect(showsDangerNow("my wife's pump is due for a refill and she's itchy", 'en')).toBe(false);
    expect(showsDangerNow('my pump refill is late and my spasms are getting worse', 'en')).toBe(false);
    expect(showsDangerNow('tengo la bomba y siento que la rigidez me está regresando', 'es')).toBe(false);
  });

  it.each<[string, string, boolean]>([
    // Down and shaking, fainted, out cold, an overdose that just happened:
    ['en', 'my neighbor is on the kitchen floor twitching and his baclofen bottle is empty', true],
    ['en', 'my uncle just keeled over at the table', true],
    ['en', "she's out cold on the couch and won't answer me", true],
    ['en', 'somebody just overdosed in the parking lot', true],
    ['en', 'my toddler drank half the syrup', true],
    ['es', 'se me desmayó la señora y no me contesta', true],
    ['es', 'mi tío lleva rato que no se mueve', true],
    ['es', 'mi chamaco se bebió el jarabe de su abuela', true],
    ['es', 'mi nene de tres años se tomó unas pastillas', true],
    ['es', 'mi abuelo está en el piso temblando', true],
    ['es', 'mi papá paró el baclofeno el domingo y ahora está alucinando', true],
    ['en', "my aunt quit her baclofen on monday and now she keeps talking to people who aren't in the room", true],
    // Someone seen who is not there, and a sign told as what followed ("so"):
    ['en', "grandpa ran out of his baclofen and there's kids on the lawn he says that aren't really there", true],
    ['en', 'quit my baclofen cold turkey sunday so burning up and confused', true],
    ['es', 'se le acabó el baclofeno a mi tía y hay gente en la sala que no existe según ella', true],
    // The same words in an everyday remark:
    ['en', 'i just dropped a pill behind the stove', false],
    ['en', 'i passed out on the couch after dinner', false],
    ['en', 'i was out cold all night after my dose', false],
    ['en', 'my brother overdosed on netflix this weekend', false],
    ['es', 'mi niña se tomó su jarabe de la tos', false],
    ['en', "i ran out of baclofen so i called the pharmacy and they're refilling it", false],
    // More than the dose, told as done, then an overdose's sign now (FACTS.md), not a question or a mild side effect:
    ['en', "i think i took my baclofen twice tonight and now i'm so confused i can't stand up", true],
    ['es', 'mi tía se tomó doble dosis y ahora está vomitando', true],
    ['es', 'el niño está respirando bien pasito', true],
    ['es', 'mi patojo se tomó unas pastillas', true],
    ['es', 'estaba jugando fortnite con mi primo y ahora no se despierta aunque lo sacudo', true],
    ['en', 'if you took your dose twice would you start throwing up', false],
    ['en', "i took an extra pill by mistake and i'm a little sleepy", false],
    ['es', 'qué pasa si uno se toma la pastilla dos veces y anda mareado', false],
    // The sign denied:
    ['en', "i doubled up on my dose by mistake but i'm not throwing up or anything", false],
    ['es', 'me tomé doble dosis sin querer pero no estoy vomitando ni nada', false],
    ['es', 'se me acabó el baclofen y no hay farmacia abierta', false],
  ])('a sign of danger now, in words people use (%s: "%s" → %s)', (language, text, danger) => {
    expect(showsDangerNow(text, language)).toBe(danger);
  });

  it('a danger still happening keeps a story that began long ago in the present ("desde hace años" lasts until now)', () => {
    expect(tellsOfLongAgo('mi esposo toma lioresal desde hace años y ahora no para de temblar', 'es')).toBe(false);
    expect(tellsOfLongAgo('hace dos años se tomó muchas pastillas pero ya está bien', 'es')).toBe(true);
  });

  it('hears a pump withdrawal gone severe as an emergency, not a question about pumps (FACTS.md: severe signs, 911)', () => {
    expect(showsDangerNow("the pump's been beeping since noon and now his blood pressure is way down", 'en')).toBe(
      true,
    );
    expect(showsDangerNow('her refill got skipped and her legs are locked up and she has a gablofen pump', 'en')).toBe(
      true,
    );
    expect(showsDangerNow('i have the intrathecal pump and my spasms are back so bad i can barely sit', 'en')).toBe(
      true,
    );
    expect(showsDangerNow("my pump stopped and i feel like i'm about to black out", 'en')).toBe(true);
    expect(showsDangerNow('a mi esposa no le llenaron la bomba y ahora tiene la presión por el piso', 'es')).toBe(true);
    expect(showsDangerNow('tengo bomba de baclofeno y los espasmos me regresaron bien fuertes', 'es')).toBe(true);
    expect(showsDangerNow("the pump alarm's going and my husband's blood pressure is through the floor", 'en')).toBe(
      true,
    );
    expect(showsDangerNow('la bomba de mi mamá está pitando y tiene la presión por el suelo', 'es')).toBe(true);
    expect(
      showsDangerNow(
        "his pump refill got pushed back and now he's saying strange things and his fever is really high",
        'en',
      ),
    ).toBe(true);
    // A denial, or a question about pumps in general, is no emergency:
    expect(showsDangerNow("the pump alarm went off but her blood pressure isn't low", 'en')).toBe(false);
    expect(showsDangerNow('can a pump problem make your blood pressure drop really low', 'en')).toBe(false);
    expect(showsDangerNow('if my pump runs dry will my legs lock up', 'en')).toBe(false);
    expect(showsDangerNow('es normal tener la presión baja con la bomba', 'es')).toBe(false);
    expect(showsDangerNow('si se vacía la bomba se ponen los músculos duros como piedra', 'es')).toBe(false);
  });

  it('hears words of a wish to die that nothing softens, not the questions that share a word', () => {
    expect(showsSelfHarm("i've been hurting myself again", 'en')).toBe(true);
    expect(showsSelfHarm("what's a lethal dose of this stuff", 'en')).toBe(true);
    // A whole bottle asked of and said to be meant; not the same question about a child.
    expect(showsSelfHarm('what would happen if i swallowed the entire bottle of my baclofen no joke', 'en')).toBe(true);
    expect(showsSelfHarm('what happens if a kid swallows the whole bottle', 'en')).toBe(false);
    expect(showsSelfHarm('qué pasaría si me tomo el frasco entero de baclofeno en serio', 'es')).toBe(true);
    expect(showsSelfHarm('qué pasa si un niño se toma el frasco entero', 'es')).toBe(false);
    expect(showsSelfHarm('can baclofen withdrawal be fatal', 'en')).toBe(false);
    expect(showsSelfHarm('quiero quitarme la vida', 'es')).toBe(true);
    expect(showsSelfHarm("quiero dormirme pa' siempre", 'es')).toBe(true);
    expect(showsSelfHarm('y si me tomo el frasco entero a propósito', 'es')).toBe(true);
    expect(showsSelfHarm('what if i swallowed the whole bottle on purpose', 'en')).toBe(true);
    expect(showsSelfHarm('what is the fatal overdose for baclofen', 'en')).toBe(true);
    expect(showsSelfHarm('could someone overdose on lioresal on purpose', 'en')).toBe(true);
    expect(showsSelfHarm('cuántas tendría que tomar pa morirme', 'es')).toBe(true);
    expect(showsSelfHarm('qué dosis sería una sobredosis sin vuelta atrás', 'es')).toBe(true);
    expect(showsSelfHarm('me voy a tomar algo para morirme de risa', 'es')).toBe(false);
    expect(showsSelfHarm('ya no aguanto quiero morirme', 'es')).toBe(true);
    expect(showsSelfHarm('me quiero morir de la vergüenza', 'es')).toBe(false);
    expect(showsSelfHarm('how much of it is too much for a body to survive', 'en')).toBe(true);
    expect(showsSelfHarm('is dying from an overdose painless', 'en')).toBe(true);
    // Someone else's wish to die, told by the person with them:
    expect(showsSelfHarm("my roommate keeps saying she's gonna kill herself", 'en')).toBe(true);
    expect(showsSelfHarm('mi compañero de trabajo dice que quiere quitarse la vida', 'es')).toBe(true);
    expect(showsSelfHarm('my brother almost killed himself laughing at that movie', 'en')).toBe(false);
    // An amount that stops the heart, or after which one does not wake, is a lethal amount:
    expect(showsSelfHarm('how many of these would stop my heart', 'en')).toBe(true);
    expect(showsSelfHarm("how many pills until you don't wake up", 'en')).toBe(true);
    expect(showsSelfHarm('can a baclofen overdose affect the heart', 'en')).toBe(false);
    expect(showsSelfHarm('cuántas pastillas harían que se me pare el corazón', 'es')).toBe(true);
    expect(showsSelfHarm('la abstinencia puede ser mortal', 'es')).toBe(false);
  });

  it('tells a report (a film, the news, a job told as what happens often) from a danger now', () => {
    expect(tellsOfReport('we saw a movie where a guy overdosed on his muscle pills', 'en')).toBe(true);
    expect(tellsOfReport('i work in an er and we get overdoses every week', 'en')).toBe(true);
    expect(tellsOfReport('en la serie de anoche el doctor se tomó todas las pastillas', 'es')).toBe(true);
    expect(tellsOfReport('soy paramédica y atiendo sobredosis cada turno', 'es')).toBe(true);
    expect(tellsOfReport('trabajo en urgencias y vemos convulsiones todos los días', 'es')).toBe(true);
    expect(tellsOfReport('i used to be a dispatcher and we took overdose calls all the time', 'en')).toBe(true);
    expect(tellsOfReport('that crime show had a nurse who poisoned people', 'en')).toBe(true);
    expect(tellsOfReport("in my cpr class we practiced on a dummy that wasn't breathing", 'en')).toBe(true);
    // A dream is a story too, and so is a game:
    expect(tellsOfReport('i had a nightmare where my son took my pills', 'en')).toBe(true);
    expect(tellsOfReport('my character keeps overdosing on potions in this video game', 'en')).toBe(true);
    expect(tellsOfReport('en el videojuego hay un nivel que se llama sobredosis', 'es')).toBe(true);
    expect(tellsOfReport('anoche soñé que me moría pero desperté bien', 'es')).toBe(true);
    // A fainting told of long ago is a story, not a danger now:
    expect(tellsOfLongAgo('mi hermano se desmayó en su boda hace como diez años y ahora nos reímos', 'es')).toBe(true);
    // A job alone is not a report; a danger now never is.
    expect(tellsOfReport("i'm a nurse and a resident took someone else's pills", 'en')).toBe(false);
    expect(tellsOfReport("we were watching a movie and my son isn't breathing", 'en')).toBe(false);
    expect(tellsOfReport('soy enfermera y mi paciente no respira', 'es')).toBe(false);
    expect(tellsOfReport("i woke up from a dream and my husband isn't breathing", 'en')).toBe(false);
    expect(tellsOfReport('i keep having this dream about dying', 'en')).toBe(false);
    expect(tellsOfReport("my son was playing video games and now he's not breathing", 'en')).toBe(false);
  });

  it('hears a scare that is over, and not one that turned into a danger', () => {
    expect(tellsOfScareOver('i thought my son swallowed one of my pills but it was under the rug', 'en')).toBe(true);
    expect(tellsOfScareOver('false alarm he was only napping', 'en')).toBe(true);
    expect(tellsOfScareOver("the cat knocked the bottle over but she didn't get any", 'en')).toBe(true);
    expect(tellsOfScareOver('i thought she was just sleeping but now she is slurring and limp', 'en')).toBe(false);
    expect(tellsOfScareOver("i thought he was asleep but he won't wake up", 'en')).toBe(false);
    expect(tellsOfScareOver('my son swallowed three of my pills but he seems fine', 'en')).toBe(false);
    expect(tellsOfScareOver('creí que mi hijo se había tragado una pastilla pero estaba en el piso', 'es')).toBe(true);
    expect(tellsOfScareOver('se tomó dos de más pero no le pasó nada', 'es')).toBe(true);
    expect(tellsOfScareOver('mi papá pensó que se había tomado dos pero las contamos y estaban todas', 'es')).toBe(
      true,
    );
    expect(tellsOfScareOver('pensé que estaba dormida pero no despierta', 'es')).toBe(false);
    expect(tellsOfScareOver('pensé que estaba bien pero ahora está temblando', 'es')).toBe(false);
    // The fear names the danger by nature; a sign or a "not yet" after what undoes it does not end it.
    expect(tellsOfScareOver("i thought he'd stopped breathing but he was only sleeping deeply", 'en')).toBe(true);
    expect(tellsOfScareOver('the baby got into my pills but they turned out to be vitamins', 'en')).toBe(true);
    expect(tellsOfScareOver('my toddler swallowed some of my pills and nothing happened yet', 'en')).toBe(false);
    // A dose denied outright is no scare at all, unless a sign follows.
    expect(tellsOfScareOver("no i didn't take too many i'm okay just wondering", 'en')).toBe(true);
    expect(tellsOfScareOver('tranquila no se tomó nada de más', 'es')).toBe(true);
    expect(tellsOfScareOver("he didn't take extra but now he won't wake up", 'en')).toBe(false);
  });

  it('hears a harmless mishap with nothing swallowed, and not one where something was', () => {
    expect(tellsOfMishapOver('i knocked my pill case into the sink but i picked them all up', 'en')).toBe(true);
    expect(tellsOfMishapOver('the puppy was chewing on my pill bottle but the lid was still on', 'en')).toBe(true);
    expect(tellsOfMishapOver('spilled some of my liquid baclofen on the rug and cleaned it up', 'en')).toBe(true);
    expect(tellsOfMishapOver('i dropped my pills and the baby ate one but he seems fine', 'en')).toBe(false);
    expect(tellsOfMishapOver('i dropped a pill and found it but my son is acting really sleepy', 'en')).toBe(false);
    expect(tellsOfMishapOver('i found them all', 'en')).toBe(false);
    expect(tellsOfMishapOver('se me regaron las pastillas en el carro pero ya las recogí', 'es')).toBe(true);
    expect(tellsOfMishapOver('mi nieto agarró mi pastillero pero no lo pudo abrir', 'es')).toBe(true);
    expect(tellsOfMishapOver('se me cayó el frasco y la niña se tragó una', 'es')).toBe(false);
    expect(tellsOfMishapOver('the puppy chewed up an empty pill bottle from the trash', 'en')).toBe(true);
    expect(tellsOfMishapOver('my dog chewed up the bottle and ate some pills', 'en')).toBe(false);
    expect(tellsOfMishapOver('mi nieto abrió mi bolsa pero el frasco estaba bien cerrado', 'es')).toBe(true);
  });

  it('hears being ready for a danger that has not come, and not when help is asked or a danger is now', () => {
    expect(tellsOfReadiness('we keep the poison control number by the phone just in case', 'en')).toBe(true);
    expect(tellsOfReadiness("if anybody in this house ever took too much i'd call nine one one", 'en')).toBe(true);
    expect(tellsOfReadiness('his pills sit on the top shelf out of the grandkids reach', 'en')).toBe(true);
    expect(tellsOfReadiness('las pastillas de mi papá están donde los nietos no las alcanzan', 'es')).toBe(true);
    expect(tellsOfReadiness('tengo anotado el número de control de envenenamientos por si acaso', 'es')).toBe(true);
    expect(tellsOfReadiness('just in case please hurry my wife is turning blue', 'en')).toBe(false);
    expect(tellsOfReadiness('if i ever took the whole bottle would that kill me', 'en')).toBe(false);
    expect(tellsOfReadiness('por si acaso ya llamé a la ambulancia porque no respira', 'es')).toBe(false);
    expect(tellsOfReadiness('my husband swallowed twenty of his pills just in case it helps', 'en')).toBe(false);
  });

  it('hears a dose told as routine, and not one the words say broke', () => {
    expect(tellsOfRoutine('he took his baclofen with lunch and went back to his crossword like always', 'en')).toBe(
      true,
    );
    expect(tellsOfRoutine('me tomé mi baclofeno como de costumbre y me fui al jardín', 'es')).toBe(true);
    expect(tellsOfRoutine("she took it like always and she won't answer me", 'en')).toBe(false);
    expect(tellsOfRoutine('took my pills as usual and now my lips look blue', 'en')).toBe(false);
    expect(tellsOfRoutine('como cada mañana le llevé su pastilla y no me contesta', 'es')).toBe(false);
    expect(tellsOfRoutine('took my dose like always please help i feel so weak', 'en')).toBe(false);
  });

  it('reads pests, dead plants and dead machines, and what "kills" with heat, as figures of speech', () => {
    expect(markPhrases('we finally killed the fruit flies in the kitchen', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('my tv is dead again', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('hoy maté como mil zancudos en el patio', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('esa cumbia nueva está que arde', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('las rosas de mi jardín se quedaron secas', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('my legs went dead on that long drive', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('the boys killed a whole box of donuts', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('my sister nearly died laughing at that', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('se me secaron todas las plantas del balcón', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('ese partido me dejó sin aire', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('mi perrito se comió mi chancla', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('esas pastillas me dejaron sin aire', 'es')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('el perro se comió una pastilla', 'es')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('i want to kill myself', 'en')).not.toContain(FIGURE_OF_SPEECH);
  });

  it("reads a pump's refill as one word in Spanish, apart from a prescription's refill", () => {
    expect(markPhrases('cuándo le toca recargar la bomba a mi papá', 'es')).toContain(PUMP_REFILL);
    expect(markPhrases('no me quieren dar el refill de las pastillas', 'es')).not.toContain(PUMP_REFILL);
  });

  it('reads a question on how often a pump is refilled as one word in English, not a remark about a refill', () => {
    expect(markPhrases('how many months can a pump go before they fill it again', 'en')).toContain(PUMP_REFILL);
    expect(markPhrases('when should my wifes pump be topped off next', 'en')).toContain(PUMP_REFILL);
    expect(markPhrases('they refilled my pump this morning and i feel great', 'en')).not.toContain(PUMP_REFILL);
    expect(markPhrases('when they filled her pump she got really drowsy', 'en')).not.toContain(PUMP_REFILL);
  });

  it('marks a medicine starting to work, said of nobody in particular, in Spanish', () => {
    expect(markPhrases('oigan y a qué hora más o menos hace efecto esa medicina', 'es')).toContain(ONSET);
    expect(markPhrases('cuánto se demora en empezar a trabajar la pastilla', 'es')).toContain(ONSET);
    expect(markPhrases('tarda bastante en agarrar el lioresal', 'es')).toContain(ONSET);
    // Said of the speaker, it is their own treatment: a question for their doctor.
    expect(markPhrases('cuándo me va a empezar a hacer efecto la pastilla', 'es')).not.toContain(ONSET);
    expect(markPhrases('cuándo empieza a funcionar en mí', 'es')).not.toContain(ONSET);
    expect(markPhrases('y si no me hace efecto me tomo otra', 'es')).not.toContain(ONSET);
    // How long it lasts is another question.
    expect(markPhrases('cuánto rato sigue haciendo efecto', 'es')).not.toContain(ONSET);
  });

  it('reads a song, a spicy dish, a match or a person who "kills" as figures of speech', () => {
    expect(markPhrases("that salsa was so spicy i thought i'd die", 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('that salsa was so spicy i thought i was gonna die', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('el clásico de mañana me va a dar un infarto', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('mi cuñada es un veneno', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('creo que me está dando un infarto ahorita', 'es')).not.toContain(FIGURE_OF_SPEECH);
  });

  it('tells words that ask for nothing from a question or a request', () => {
    expect(asksNothing('the news said a guy overdosed downtown', 'en')).toBe(true);
    expect(asksNothing('ese examen de química me mató', 'es')).toBe(true);
    expect(asksNothing('what happens if somebody overdoses', 'en')).toBe(false);
    expect(asksNothing('qué pasa si alguien se toma de más', 'es')).toBe(false);
  });

  it('hears no reason left to go on, and a farewell made inwardly, as signs of a wish to die', () => {
    expect(showsSelfHarm("honestly i don't see the point in going on", 'en')).toBe(true);
    expect(showsSelfHarm('i said goodbye to my kids in my head last night', 'en')).toBe(true);
    expect(showsSelfHarm('ya no le veo sentido a seguir', 'es')).toBe(true);
    expect(showsSelfHarm('me estoy despidiendo de todos en silencio', 'es')).toBe(true);
    expect(showsSelfHarm('estoy guardando unas pastillas por si un día me animo', 'es')).toBe(true);
    expect(showsSelfHarm('i said goodbye to my family at the airport', 'en')).toBe(false);
    expect(showsSelfHarm('me despedí de mis hijos en la escuela', 'es')).toBe(false);
    expect(showsSelfHarm("i don't see the point in paying for cable", 'en')).toBe(false);
    expect(showsSelfHarm('i wanna fall asleep and never wake up', 'en')).toBe(true);
    expect(showsDangerNow('mi tía está convulsando en la cocina', 'es')).toBe(true);
    expect(showsSelfHarm("i'm just a burden to my kids", 'en')).toBe(true);
    expect(showsSelfHarm('mejor me muero de una vez y no molesto a nadie', 'es')).toBe(true);
    expect(showsSelfHarm('me quiero cortar las venas', 'es')).toBe(true);
    expect(tellsAFigure('me muero de una vez', 'es')).toBe(false);
    expect(tellsAFigure('voy a cortarme el pelo', 'es')).toBe(true);
    expect(tellsAFigure('i cut myself shaving', 'en')).toBe(true);
    expect(tellsAFigure('i keep cutting myself', 'en')).toBe(false);
    expect(showsSelfHarm('do i have enough of my baclofen left to end it all', 'en')).toBe(true);
    expect(showsSelfHarm('do i have enough pills to get me through the weekend', 'en')).toBe(false);
    expect(showsSelfHarm('ya lo mejor sería quitarme de en medio', 'es')).toBe(true);
  });

  it('reads "too" meaning "also" apart from the "too" of "too many"', () => {
    expect(markPhrases('my neighbor takes baclofen too', 'en')).toBe(`my neighbor takes baclofen ${ALSO}`);
    expect(markPhrases('she takes it too and she likes it', 'en')).toContain(ALSO);
    expect(markPhrases('i took too many', 'en')).toBe('i took too many');
    expect(markPhrases('he took way too much', 'en')).not.toContain(ALSO);
  });

  it('reads eyes rolled back, a gurgle, blue lips, opened packets and breath going as danger now; their look-alikes not', () => {
    expect(showsDangerNow('his eyes keep rolling back', 'en')).toBe(true);
    expect(showsDangerNow("she's making this awful gurgling sound", 'en')).toBe(true);
    expect(showsDangerNow('the baby is gurgling and cooing in her crib', 'en')).toBe(false);
    expect(showsDangerNow('his lips are kinda gray', 'en')).toBe(true);
    expect(showsDangerNow("i can't shake her awake", 'en')).toBe(true);
    expect(showsDangerNow('my nephew was into the pill organizer and the tuesday slots are empty', 'en')).toBe(true);
    expect(showsDangerNow('grandpa passed out on the couch help', 'en')).toBe(true);
    expect(showsDangerNow('grandpa passed out on the couch after lunch', 'en')).toBe(false);
    expect(showsDangerNow('no se despierta y lo estamos sacudiendo', 'es')).toBe(true);
    expect(showsDangerNow('se me está yendo el aire', 'es')).toBe(true);
    expect(showsDangerNow('se le va el aire', 'es')).toBe(true);
    expect(showsDangerNow('siento que me voy', 'es')).toBe(true);
    expect(showsDangerNow('siento que me voy a quedar dormida viendo la novela', 'es')).toBe(false);
    expect(showsDangerNow('siento que me voy al baño cada rato con la pastilla', 'es')).toBe(false);
    expect(showsDangerNow('se le fue el aire a la llanta de la troca', 'es')).toBe(false);
    expect(showsDangerNow('mi hermanita rompió los sobres y hay sobres abiertos en la cama', 'es')).toBe(true);
  });

  it('reads pills put by for the day, blood drawn on purpose and asking God to be taken as a wish to die; their look-alikes not', () => {
    expect(showsSelfHarm("i'm hoarding my meds for when i'm ready", 'en')).toBe(true);
    expect(showsSelfHarm('i have enough pills stashed away now', 'en')).toBe(true);
    expect(showsSelfHarm("i'm saving my pills for the trip to florida", 'en')).toBe(false);
    expect(showsSelfHarm('i scratch my arms until they bleed', 'en')).toBe(true);
    expect(showsSelfHarm('le pido a dios que me lleve', 'es')).toBe(true);
    expect(showsSelfHarm('le pido a dios que me dé fuerzas', 'es')).toBe(false);
    expect(showsSelfHarm('estoy guardando las pastillas en el gabinete', 'es')).toBe(false);
    expect(showsSelfHarm('ando juntando pastillas por si acaso', 'es')).toBe(true);
  });

  it('reads cutting down, back, off or in half apart from a cut in the skin', () => {
    expect(markPhrases('will it help my uncle cut back on the beer', 'en')).toBe(
      `will it help my uncle ${CUT_DOWN} on the beer`,
    );
    expect(markPhrases('the bartender cut my cousin off early', 'en')).toBe(`the bartender ${CUT_DOWN} early`);
    expect(markPhrases('should i be cutting the tablets in half', 'en')).toBe(`should i be ${CUT_DOWN}`);
    expect(markPhrases('i keep cutting myself', 'en')).toBe('i keep cutting myself');
    expect(markPhrases('i cut my wrists down to the bone', 'en')).not.toContain(CUT_DOWN);
    expect(markPhrases('i cut deep down my leg', 'en')).not.toContain(CUT_DOWN);
    // Cutting oneself off from everyone may be despair: its words stay.
    expect(markPhrases("i've cut myself off from everybody", 'en')).not.toContain(CUT_DOWN);
  });

  it('reads a crisis word about anything but a medicine as a figure of speech', () => {
    expect(markPhrases('i overdosed on pumpkin pie again', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('he overdosed on his sleeping pills', 'en')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('my knees were killing me all week', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('i am dying to retire', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases("i'm dying to end it", 'en')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('me di una sobredosis de telenovelas', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('le dio una sobredosis de las pastillas', 'es')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('la renta me va a matar', 'es')).toContain(FIGURE_OF_SPEECH);
    // Dying over and over is a game; someone else's "I'd die if…" is drama:
    expect(markPhrases('that boss fight got me i died like forty times', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases("my daughter says she'd literally die if i post that photo", 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('would i die if i took all of them', 'en')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('me mataron como veinte veces anoche', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('mi prima dice que se muere si no va al concierto', 'es')).toContain(FIGURE_OF_SPEECH);
    // Feared, the word after "overdosed on" may be the medicine misheard: no figure.
    expect(markPhrases("i'm scared i overdosed on back lo fin", 'en')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('i think he overdosed on something', 'en')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('creo que me di una sobredosis de vaca lo fin', 'es')).not.toContain(FIGURE_OF_SPEECH);
  });

  it('reads a jest, a trade and a life changed for the better as figures, and "by myself" apart from "hurt myself"', () => {
    expect(markPhrases('this overtime is absolutely killing me', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases("honestly i'd die without my baclofen", 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases("i'd rather die than sing karaoke", 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases("i'm gonna kill my sister if she borrows my car again", 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('he fixes roofs for a living', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('i want to kill myself', 'en')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases("i'm tired of living", 'en')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('i want to die without anyone knowing', 'en')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('me estoy muriendo de sueño en esta junta', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('después del doble turno quedé bien muerta', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('esa operación le cambió la vida a mi tío', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('me va a matar mi jefa si llego tarde', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('mi hermano se gana la vida pintando casas', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('estoy muerta por dentro', 'es')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('me quiero morir', 'es')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('me muero si no gana mi equipo', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('la clase estuvo tan aburrida que me muero', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('me voy a morir si me tomo todo el frasco', 'es')).not.toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('mi papá no habla inglés', 'es')).toContain(SPEAKS_LANGUAGE);
    expect(markPhrases("my grandma doesn't speak much english", 'en')).toContain(SPEAKS_LANGUAGE);
    expect(markPhrases('mi papá no habla ni se mueve', 'es')).not.toContain(SPEAKS_LANGUAGE);
    expect(markPhrases('that double at the diner nearly killed me', 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('en mis tiempos de chofer manejaba de noche', 'es')).toContain(LONG_AGO);
    expect(markPhrases('i take care of my mom all by myself', 'en')).toContain(BY_ONESELF);
    expect(markPhrases('i want to hurt myself', 'en')).not.toContain(BY_ONESELF);
  });

  it('hears a figure of speech as a remark unless the words show a danger now or a wish to die', () => {
    expect(tellsAFigure('this commute is literally killing me', 'en')).toBe(true);
    expect(tellsAFigure('me muero de hambre ya quiero cenar', 'es')).toBe(true);
    expect(tellsAFigure("i'm dead tired and my husband isn't breathing", 'en')).toBe(false);
    expect(tellsAFigure('this job is killing me and i want to kill myself', 'en')).toBe(false);
    expect(tellsAFigure('estoy muerta de cansancio y mi papá no respira', 'es')).toBe(false);
    expect(tellsAFigure('my son took my pills', 'en')).toBe(false);
  });

  it('hears a jest: laughter, a threat from someone close, a thing that will "kill" someone; not a medicine, a person or "no joke"', () => {
    expect(tellsAFigure('my sister says she is gonna kill me for eating her leftovers', 'en')).toBe(true);
    expect(tellsAFigure('the drive up to scranton is going to kill him', 'en')).toBe(true);
    expect(tellsAFigure('your knee is gonna kill it at the dance recital', 'en')).toBe(true);
    expect(tellsAFigure('these pills are going to kill him', 'en')).toBe(false);
    expect(tellsAFigure('that guy is going to kill me', 'en')).toBe(false);
    expect(tellsAFigure('la mudanza de mi prima me va a matar', 'es')).toBe(true);
    expect(tellsAFigure('ese viaje en camión de doce horas nos mató', 'es')).toBe(true);
    expect(tellsAFigure('esas pastillas lo van a matar', 'es')).toBe(false);
    expect(tellsAFigure('ese señor me va a matar', 'es')).toBe(false);
  });

  it('hears laughter as no emergency, unless a danger is now; it never rules out a wish to die', () => {
    expect(tellsAJest('my nephew beat me at checkers again haha', 'en')).toBe(true);
    expect(tellsAJest('mi cuñado dice que le voy a quemar la carne jajaja', 'es')).toBe(true);
    expect(tellsAJest("i'm not really kidding my brother took the whole bottle", 'en')).toBe(false);
    expect(tellsAJest('lol she swallowed the whole bottle and now she is not breathing', 'en')).toBe(false);
    expect(tellsAJest('no es broma mi papá se tomó todo el frasco', 'es')).toBe(false);
    expect(tellsAJest('no estoy bromeando', 'es')).toBe(false);
  });

  it('hears a wish to stop existing as a wish to die', () => {
    expect(showsSelfHarm('is there a painless way to just stop existing', 'en')).toBe(true);
    expect(showsSelfHarm('a veces quiero dejar de existir', 'es')).toBe(true);
    expect(showsSelfHarm('does baclofen stop working after a while', 'en')).toBe(false);
  });

  it('hears a child in a purse or a drawer as harmless when what follows the "but" shows nothing was taken', () => {
    expect(
      tellsOfMishapOver('my granddaughter got into my nightstand but nobody took anything the cap was still on', 'en'),
    ).toBe(true);
    expect(tellsOfMishapOver('my granddaughter got into my nightstand but now she is not breathing right', 'en')).toBe(
      false,
    );
  });

  it('hears laughter and heat that "kill" in Spanish, and the news told, as remarks', () => {
    expect(markPhrases('mis sobrinos me matan de la risa', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('hace un frío que me muero', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(tellsOfReport('en el noticiero dijeron que hubo una sobredosis en el bronx', 'es')).toBe(true);
    expect(tellsOfReport('la serie de ayer trataba de un doctor que envenena a su esposa', 'es')).toBe(true);
  });

  it('hears a crisis denied, unless a "but" or a sign of danger follows', () => {
    expect(tellsACrisisDenied("no one overdosed i'm just chatting with you", 'en')).toBe(true);
    expect(tellsACrisisDenied("i'm not suicidal i was only venting about work", 'en')).toBe(true);
    expect(tellsACrisisDenied('no hay ninguna emergencia nomás te estaba contando', 'es')).toBe(true);
    expect(tellsACrisisDenied("it's not an emergency but she's barely breathing", 'en')).toBe(false);
    expect(tellsACrisisDenied("this isn't an emergency but he took too many and he's throwing up", 'en')).toBe(false);
    expect(tellsACrisisDenied('no es emergencia pero no respira bien', 'es')).toBe(false);
    // Talking is no denial: whoever keeps someone awake by talking may be in an emergency.
    expect(tellsACrisisDenied("i'm just talking to her to keep her awake she took a bunch of her pills", 'en')).toBe(
      false,
    );
    expect(speaksOfSelfHarm("i'm not suicidal i was only venting", 'en')).toBe(false);
    expect(speaksOfSelfHarm("i'm not suicidal but i want to die some days", 'en')).toBe(true);
  });

  it('keeps no self-harm cue inside a figure of speech', () => {
    expect(markPhrases("my aunt swore she'd kill me if i missed her birthday", 'en')).toContain(FIGURE_OF_SPEECH);
    expect(markPhrases('mi hermano dice que lo voy a matar de un susto', 'es')).toContain(FIGURE_OF_SPEECH);
    expect(speaksOfSelfHarm('my coach will kill me if i miss practice', 'en')).toBe(false);
    expect(speaksOfSelfHarm('just kill me now', 'en')).toBe(true);
  });

  it('hears a lesson, a school paper or work with the dying as a report, unless a danger outside the lesson is now', () => {
    expect(
      tellsOfReport('at my lifeguard training today we went over what to do when someone is not breathing', 'en'),
    ).toBe(true);
    expect(tellsOfReport('my daughter has a school presentation about opioid overdoses tomorrow', 'en')).toBe(true);
    expect(tellsOfReport('i drive for a funeral home so death is just part of my week', 'en')).toBe(true);
    // A hospice is where people are cared for, and one may be in danger there now: no lesson.
    expect(tellsOfReport("i'm at the hospice and my dad took too many of his pills", 'en')).toBe(false);
    expect(tellsOfReport('in my cpr class a student collapsed and is not breathing', 'en')).toBe(false);
    expect(
      tellsOfReport('in first aid class we learned how to do cpr and then our teacher collapsed on the floor', 'en'),
    ).toBe(false);
    expect(tellsOfReport('in cpr class today my teacher passed out please help', 'en')).toBe(false);
    expect(tellsOfReport('en la capacitación de primeros auxilios vimos qué hacer si alguien no respira', 'es')).toBe(
      true,
    );
    expect(tellsOfReport('mi sobrina está estudiando para ser enfermera y hoy aprendió de sobredosis', 'es')).toBe(
      true,
    );
    expect(tellsOfReport('en la clase de rcp un señor se desmayó y no respira', 'es')).toBe(false);
    // "Como" is no lesson: only what was practiced ("qué hacer si…") is taken out before the signs are read.
    expect(tellsOfReport('en la clase de rcp un señor se puso como morado y no respira', 'es')).toBe(false);
  });

  it('tells a remark about someone from a question, a request or a command', () => {
    expect(tellsARemark('my wife was diagnosed with ms', 'en')).toBe(true);
    expect(tellsARemark('we keep goats on a little farm out past trenton', 'en')).toBe(true);
    expect(tellsARemark('the pharmacy left me a voicemail that my refill is in', 'en')).toBe(true);
    expect(tellsARemark('is it safe for my wife', 'en')).toBe(false);
    expect(tellsARemark('my wife takes it is that normal', 'en')).toBe(false);
    expect(tellsARemark('tell me the number', 'en')).toBe(false);
    // An English command opens with its verb, and no list holds them all: a remark opens with a subject.
    expect(tellsARemark('shuffle my workout playlist', 'en')).toBe(false);
    expect(tellsARemark('the weather in trenton', 'en')).toBe(false);
    // A sentence told of something, with no one in it, is a remark too; a topic named is not.
    expect(tellsARemark('the bus was late again this morning', 'en')).toBe(true);
    expect(tellsARemark("the cat's been sleeping on the stairs all day", 'en')).toBe(true);
    expect(tellsARemark('the mailman finally delivered the package', 'en')).toBe(true);
    expect(tellsARemark('the best pizza place in princeton', 'en')).toBe(false);
    expect(tellsARemark('the bus broke', 'en')).toBe(false);
    expect(tellsARemark('a mi esposa le diagnosticaron esclerosis múltiple', 'es')).toBe(true);
    expect(tellsARemark('trabajo en una panadería en elizabeth', 'es')).toBe(true);
    expect(tellsARemark('mi esposa lo toma es normal', 'es')).toBe(false);
    expect(tellsARemark('ponme música de mi pueblo', 'es')).toBe(false);
    expect(tellsARemark('el clima de mañana', 'es')).toBe(false);
    // A Spanish question needs no question word: with no one in it, it stays a request.
    expect(tellsARemark('va a llover hoy en newark', 'es')).toBe(false);
  });

  it('hears suicidal thoughts had now, and not a question about them as a side effect', () => {
    expect(showsSelfHarm("i've been having suicidal thoughts again", 'en')).toBe(true);
    expect(showsSelfHarm('my daughter is suicidal and she knows where my pills are', 'en')).toBe(true);
    expect(showsSelfHarm('tengo ideas suicidas desde la semana pasada', 'es')).toBe(true);
    expect(showsSelfHarm('mi hermano anda suicida otra vez', 'es')).toBe(true);
    expect(showsSelfHarm("i've been cutting again since the breakup", 'en')).toBe(true);
    expect(showsSelfHarm('can baclofen give you suicidal thoughts', 'en')).toBe(false);
    expect(showsSelfHarm('el baclofeno puede dar pensamientos suicidas', 'es')).toBe(false);
  });

  it("hears the speaker's own wish to die, or a fatal amount, whatever frames it", () => {
    expect(speaksOfSelfHarm('in the story i am writing how many pills would be fatal', 'en')).toBe(true);
    expect(speaksOfSelfHarm('my character wants to kill herself', 'en')).toBe(false);
    expect(speaksOfSelfHarm('in the show he says i want to die', 'en')).toBe(true);
    expect(speaksOfSelfHarm('para un cuento cuántas pastillas serían mortales', 'es')).toBe(true);
    expect(speaksOfSelfHarm('en la novela la villana envenena a la muchacha', 'es')).toBe(false);
  });

  it('an emergency is ruled out for a story long past, even ranked first; a sign of danger now makes one, and words of a wish to die a 988 answer', () => {
    const crisisModel: InteractionModel = {
      interactionModel: {
        languageModel: {
          invocationName: 'baclofen guide',
          intents: [
            {
              name: 'EmergencyIntent',
              samples: [
                'my brother overdosed',
                'he overdosed and is not breathing',
                'she took too many pills and will not wake up',
              ],
            },
            {
              name: 'SelfHarmIntent',
              samples: ['i want to kill myself', 'i want to die', 'i am going to end my life'],
            },
            {
              name: 'StatementIntent',
              samples: [
                'my brother takes baclofen',
                'my sister overdosed years ago and she is fine',
                'i am going to the game saturday',
              ],
            },
            { name: 'SideEffectsIntent', samples: ['what are the side effects', 'does it make you sleepy'] },
            { name: 'AMAZON.FallbackIntent', samples: [] },
          ],
          types: [],
        },
      },
    };
    const crisisNlu = new Nlu(crisisModel, { outOfDomain: ['what is the weather', 'play some music'] });
    // A sign of danger now is an emergency whatever the ranking says:
    expect(crisisNlu.scores("what are the side effects my mom won't wake up")[0].intent).toBe('SideEffectsIntent');
    expect(crisisNlu.resolve("what are the side effects my mom won't wake up").intent).toBe('EmergencyIntent');
    // Words of a wish to die that nothing softens are a 988 answer whatever the ranking says:
    expect(crisisNlu.scores('what are the side effects if i overdose on purpose')[0].intent).not.toBe('SelfHarmIntent');
    expect(crisisNlu.resolve('what are the side effects if i overdose on purpose').intent).toBe('SelfHarmIntent');
    // Ranked first by the classifier, and ruled out:
    expect(crisisNlu.scores('my brother overdosed a few years back')[0].intent).toBe('EmergencyIntent');
    expect(crisisNlu.resolve('my brother overdosed a few years back').intent).toBe('StatementIntent');
    // Not ruled out: a danger now.
    expect(crisisNlu.resolve('my brother overdosed years ago and tonight he is not breathing').intent).toBe(
      'EmergencyIntent',
    );
    // Words it cannot place: a remark about someone is a statement; a command, or a remark that
    // leans towards a crisis, keeps the fallback (which names 911 and 988).
    expect(crisisNlu.scores('we keep goats on a farm')[0].intent).toBe('None');
    expect(crisisNlu.resolve('we keep goats on a farm').intent).toBe('StatementIntent');
    expect(crisisNlu.resolve('what is the weather on the farm').intent).toBe('AMAZON.FallbackIntent');
    expect(crisisNlu.resolve('play some music for my brother').intent).toBe('AMAZON.FallbackIntent');
    const leaning = 'i am going to give away my things';
    expect(crisisNlu.scores(leaning).find((c) => c.intent === 'SelfHarmIntent')?.score ?? 0).toBeGreaterThan(0.1);
    expect(crisisNlu.resolve(leaning).intent).not.toBe('StatementIntent');
  });

  it('reads an injury to a part of the body as one word, not the "hurt" of hurting oneself', () => {
    expect(markPhrases('she twisted her ankle at soccer practice', 'en')).toContain(INJURY);
    expect(markPhrases('my husband threw out his back moving the fridge', 'en')).toContain(INJURY);
    expect(markPhrases('i keep wanting to hurt myself', 'en')).not.toContain(INJURY);
    expect(markPhrases('i hurt my arm on purpose last night', 'en')).not.toContain(INJURY);
  });

  it('hears hallucinations after stopping as a danger now, in both languages', () => {
    expect(
      showsDangerNow('he quit his baclofen on monday and now he is yelling about spiders on the ceiling', 'en'),
    ).toBe(true);
    expect(showsDangerNow('mi mamá dejó el baclofeno hace dos días y ahora tiene alucinaciones', 'es')).toBe(true);
    expect(
      showsDangerNow('la farmacia no le dio su baclofeno y ahora tiene mucha fiebre y está confundido', 'es'),
    ).toBe(true);
    expect(showsDangerNow('i ran out of baclofen once years ago and had nightmares', 'en')).toBe(false);
  });

  it('hears pills taken as an ending as a wish to die, not a routine dose', () => {
    expect(showsSelfHarm("when everyone's asleep i'm going to swallow all my pills and that's it", 'en')).toBe(true);
    expect(showsSelfHarm('cuando se duerman me voy a tomar todas mis pastillas y adiós', 'es')).toBe(true);
    expect(showsSelfHarm("i take my pills and that's it for the day", 'en')).toBe(false);
    expect(showsSelfHarm('en la noche me tomo mis pastillas y listo', 'es')).toBe(false);
    expect(showsSelfHarm("i've got everything planned for the party tonight", 'en')).toBe(false);
  });

  it('hears a scare told as over when all is well now, or was said to be', () => {
    expect(tellsOfScareOver('my uncle got dizzy at the pool but he is totally fine now', 'en')).toBe(true);
    expect(tellsOfScareOver('the pharmacist said he would be fine and he was', 'en')).toBe(true);
    expect(tellsOfScareOver('mi abuelo se mareó pero era puro cansancio y ya está comiendo otra vez', 'es')).toBe(true);
    expect(tellsOfScareOver("she fainted and she's fine now but wait she isn't breathing", 'en')).toBe(false);
    expect(tellsOfScareOver('se desmayó pero era puro calor y ahora no respira', 'es')).toBe(false);
  });

  it('hears a denied supposition, a call a responder worked and what a job sees often as no emergency', () => {
    expect(tellsACrisisDenied('what if a person swallowed a whole bottle but nobody did', 'en')).toBe(true);
    expect(tellsOfReport('my brother ran a cardiac call on his shift yesterday', 'en')).toBe(true);
    expect(tellsOfReport('as a paramedic he sees folks seizing all the time', 'en')).toBe(true);
    expect(tellsOfReport("i'm a nurse and my patient is seizing", 'en')).toBe(false);
  });

  it('hears a wish to die said as real, "not in a movie", as no story', () => {
    expect(tellsOfReport('i mean it for real not like in a movie', 'en')).toBe(false);
    expect(speaksOfSelfHarm('i have been thinking about ending it all', 'en')).toBe(true);
    expect(tellsOfReport('vimos en la novela que la señora se envenenó', 'es')).toBe(true);
  });

  it('hears what a doctor said, a waking, a denial in other words and a pill handed in as no danger now', () => {
    expect(tellsOfScareOver('my aunt swallowed her pill wrong but the nurse said she is fine', 'en')).toBe(true);
    expect(tellsOfScareOver('se puso bien pálido pero ya volvió en sí y está platicando', 'es')).toBe(true);
    expect(tellsOfScareOver('se puso pálido y ya despertó pero no respira bien', 'es')).toBe(false);
    expect(tellsACrisisDenied("i ain't suicidal i'm only curious about the dose", 'en')).toBe(true);
    expect(tellsACrisisDenied('tranquila no me tomé nada extra', 'es')).toBe(true);
    expect(
      tellsOfMishapOver('my coworker found some pills in the parking lot and handed them over to security', 'en'),
    ).toBe(true);
    expect(tellsOfMishapOver('hallé una pastilla en el piso del carro y la guardé en el botiquín', 'es')).toBe(true);
  });

  it('reads a fright told big and a thing "to die for" as figures', () => {
    expect(tellsAFigure('when the smoke alarm went off i nearly had a heart attack', 'en')).toBe(true);
    expect(tellsAFigure('that cheesecake was to die for', 'en')).toBe(true);
    expect(tellsAFigure("i think i'm having a heart attack", 'en')).toBe(false);
  });

  it('marks a medicine starting to work in English too, and trouble swallowing pills as a remark', () => {
    expect(markPhrases('how soon does the medicine begin to work', 'en')).toContain(ONSET);
    expect(markPhrases('when is it going to start working for me', 'en')).not.toContain(ONSET);
    expect(markPhrases('my dad has a hard time swallowing pills so he takes the liquid', 'en')).toContain(
      SWALLOWS_PILLS,
    );
    expect(markPhrases('mi hijo no puede tragar pastillas', 'es')).toContain(SWALLOWS_PILLS);
    expect(markPhrases("she can't swallow and her lips are blue", 'en')).not.toContain(SWALLOWS_PILLS);
  });

  it('reads a last straw and a heat one is "dying" of as figures', () => {
    expect(tellsAFigure("if my boss calls me in one more time i'm gonna die", 'en')).toBe(true);
    expect(tellsAFigure('con este bochorno me estoy muriendo', 'es')).toBe(true);
    expect(tellsAFigure('me estoy muriendo', 'es')).toBe(false);
  });

  it('hears a dose "a while ago" with signs now as recent, and going limp or snakes on the wall as danger', () => {
    expect(tellsOfLongAgo('took a bunch of pills a while ago and now she can barely stay awake', 'en')).toBe(false);
    expect(showsDangerNow('took a bunch of pills a while ago and now she can barely stay awake', 'en')).toBe(true);
    expect(tellsOfLongAgo('my cousin overdosed a long time ago and now he coaches soccer', 'en')).toBe(true);
    expect(showsDangerNow('my sister took her whole bottle and now she is going limp', 'en')).toBe(true);
    expect(showsDangerNow('mi esposo lleva tres días sin sus pastillas y dice que hay arañas en el techo', 'es')).toBe(
      true,
    );
  });

  it('hears "stable now", "ya está estable" and "aquí seguimos" as no danger now', () => {
    expect(tellsOfScareOver('my dad mixed his pills with beer last night but he is stable now', 'en')).toBe(true);
    expect(tellsOfScareOver('a mi tío se le pasó la mano con las pastillas pero ya está estable', 'es')).toBe(true);
    expect(tellsACrisisDenied('ha sido un año difícil pero aquí seguimos echándole ganas', 'es')).toBe(true);
    // "Bien" before an adjective says "very": "ya está bien dormida" is no recovery.
    expect(tellsOfScareOver('se tomó tres pastillas de más y ya está bien dormida', 'es')).toBe(false);
    expect(tellsOfScareOver('se mareó en la fila pero ya está bien gracias a dios', 'es')).toBe(true);
  });

  it('reads dying of anything but a dose, "not dead yet", an exam one would die over and heat that fries as figures', () => {
    expect(tellsAFigure("i'm dying of thirst out here", 'en')).toBe(true);
    expect(tellsAFigure("he's not dead yet just napping", 'en')).toBe(true);
    expect(tellsAFigure("i'm gonna die if my team loses tonight", 'en')).toBe(true);
    expect(tellsAFigure("it's so cold i could die", 'en')).toBe(true);
    expect(tellsAFigure("i'm gonna die if i take the whole bottle", 'en')).toBe(false);
    expect(tellsAFigure('este sol me tiene achicharrado', 'es')).toBe(true);
  });

  it('hears a dose every afternoon as routine, and lost pills as one word', () => {
    expect(tellsOfRoutine('he naps after his baclofen every afternoon and wakes up fine', 'en')).toBe(true);
    expect(tellsOfRoutine("she takes it every night and tonight she won't wake up", 'en')).toBe(false);
    expect(markPhrases('my dad misplaced his pill bottle at the airport', 'en')).toContain(LOST_PILLS);
    expect(markPhrases('se me perdieron las pastillas de mi mamá', 'es')).toContain(LOST_PILLS);
    expect(markPhrases('my son swallowed his pills', 'en')).not.toContain(LOST_PILLS);
  });

  it('hears signs now beside a cause long past, a long name before "is", a tablet a child chewed and a month at once', () => {
    expect(tellsOfLongAgo('his eyes are rolled back and he quit his baclofen a long time ago', 'en')).toBe(false);
    expect(showsDangerNow('my father in law is hallucinating and has a fever since he ran out of baclofen', 'en')).toBe(
      true,
    );
    expect(showsDangerNow('the toddler chewed a tablet from my purse', 'en')).toBe(true);
    expect(showsDangerNow('i swallowed my entire month of pills', 'en')).toBe(true);
    expect(showsDangerNow("i'm about to pass out on the couch", 'en')).toBe(false);
  });

  it('hears a nap on the couch, a saying, a usual dose and "se recuperó" as no danger now', () => {
    expect(tellsAFigure("i'm about to pass out on the couch after this shift", 'en')).toBe(true);
    expect(tellsOfScareOver("false alarm she wasn't unconscious just sleeping hard", 'en')).toBe(true);
    expect(tellsOfReport('my grandma always said the cigarettes would kill her', 'en')).toBe(true);
    expect(tellsACrisisDenied('i checked his pill box and he took his usual dose', 'en')).toBe(true);
    expect(tellsAFigure("one more meeting today and i'm gonna lose it", 'en')).toBe(true);
    expect(tellsAFigure('my knees have been killing me since the hike', 'en')).toBe(true);
    expect(tellsOfScareOver('mi abuelo tuvo una convulsión el año pasado pero se recuperó bien', 'es')).toBe(true);
    expect(tellsAFigure('si me das fuerza lo mato a ese niño jaja', 'es')).toBe(true);
  });

  it("keeps a wish to die said of real life against a game as the speaker's own", () => {
    expect(speaksOfSelfHarm('en la serie todos reviven pero en la vida real yo ya no quiero seguir', 'es')).toBe(true);
    expect(speaksOfSelfHarm("in the game you come back but in real life i'm done", 'en')).toBe(true);
  });

  it('hears a danger told in English inside Spanish', () => {
    expect(showsDangerNow("mi esposo stopped his baclofen y ahora he's seeing things", 'es')).toBe(true);
    expect(showsDangerNow('my grandpa is fine he just naps a lot', 'es')).toBe(false);
  });

  it('reads "kill me, but I\'ll live", "sin respiración" and "al borde de un ataque de nervios" as figures', () => {
    expect(tellsAFigure("this humidity is killing me but i'll survive", 'en')).toBe(true);
    expect(tellsAFigure('ese partido me dejó sin respiración', 'es')).toBe(true);
    expect(tellsAFigure('el tráfico me tiene al borde de un ataque de nervios', 'es')).toBe(true);
    expect(tellsAFigure('las pastillas me dejaron sin respiración', 'es')).toBe(false);
  });
});

describe('built-in intents', () => {
  it.each([
    ['help', 'AMAZON.HelpIntent'],
    ['help me', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['shut up', 'AMAZON.StopIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['Yes, please.', 'AMAZON.YesIntent'],
    ['yeah', 'AMAZON.YesIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['not now', 'AMAZON.NoIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['pardon', 'AMAZON.RepeatIntent'],
  ])('"%s" → %s', (utterance, intent) => {
    expect(nlu.resolve(utterance)).toMatchObject({ intent, match: 'builtin', slots: {} });
  });

  it('does not resolve to a built-in intent the model does not declare', () => {
    expect(nlu.resolve('tell me more').intent).not.toBe('AMAZON.MoreIntent');
    expect(nlu.resolve('next').intent).toBe('AMAZON.FallbackIntent');
  });
});

describe('the classifier (phrasings the samples do not spell out)', () => {
  it('keeps a trained network between runs and reads it back unchanged (NLU_CACHE_DIR; "off" trains every time)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlu-cache-'));
    const before = process.env.NLU_CACHE_DIR;
    const samples = trainingSamples(model);
    const said = ['whats the side effects', 'my friend is not breathing', 'tell me a joke', 'is it addictive'];
    try {
      process.env.NLU_CACHE_DIR = 'off';
      const fresh = new IntentClassifier(samples);
      process.env.NLU_CACHE_DIR = dir;
      const first = new IntentClassifier(samples);
      expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
      const readBack = new IntentClassifier(samples);
      for (const text of said) {
        expect(first.classify(text)).toEqual(fresh.classify(text));
        expect(readBack.classify(text)).toEqual(fresh.classify(text));
      }
      // Other samples, another network.
      new IntentClassifier(samples.slice(1));
      expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    } finally {
      if (before === undefined) delete process.env.NLU_CACHE_DIR;
      else process.env.NLU_CACHE_DIR = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resolves a paraphrase to the closest intent, with its confidence', () => {
    const r = nlu.resolve('whats the side effects');
    expect(r).toMatchObject({ intent: 'SideEffectsIntent', match: 'approximate' });
    expect(r.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(r.score).toBeLessThan(1);
    expect(r.bestGuess).toEqual({ intent: 'SideEffectsIntent', score: r.score });
  });

  it('tells topics apart by their words', () => {
    expect(nlu.resolve('are there withdrawal symptoms if i quit')).toMatchObject({
      intent: 'WithdrawalIntent',
      match: 'approximate',
    });
    expect(nlu.resolve('is baclofen addictive or not')).toMatchObject({
      intent: 'AddictionIntent',
      match: 'approximate',
    });
  });

  it('fills a slot from the catalogue found in the words', () => {
    const r = nlu.resolve('is baclofen addictive or not');
    expect(r.slots.drug.value).toBe('baclofen');
    expect(resolutionOf(r, 'drug')?.values[0].value.id).toBe('BACLOFEN');
    const emergency = nlu.resolve('oh no my son took too much baclofen');
    expect(emergency).toMatchObject({ intent: 'EmergencyIntent', match: 'approximate' });
    expect(resolutionOf(emergency, 'person')?.values[0].value.id).toBe('SON');
  });

  it("fills an open slot from the winning intent's carrier phrase with words outside the catalogue, still unknown words", () => {
    const open = new Nlu(model, { threshold: 0, outOfDomain: [] });
    const r = open.resolve('so is tylenol addictive at all');
    expect(r).toMatchObject({ intent: 'AddictionIntent', match: 'approximate' });
    expect(r.slots.drug.value).toBe('tylenol');
    expect(resolutionOf(r, 'drug')?.status.code).toBe('ER_SUCCESS_NO_MATCH');
    // A catalogue name is an understood word; words the carrier put in the slot are not
    // ("what's {drug}" must not make "what's the weather" a question about a medicine).
    expect(r.score).toBeLessThan(open.resolve('so is baclofen addictive at all').score);
  });

  it('routes gibberish and out-of-domain speech to AMAZON.FallbackIntent', () => {
    for (const utterance of ['purple monkey dishwasher', 'play some jazz', 'what time is it', '', '?!']) {
      expect(nlu.resolve(utterance)).toMatchObject({ intent: 'AMAZON.FallbackIntent', match: 'fallback', slots: {} });
    }
  });

  it("learns what the skill does not serve from out-of-domain requests, as Alexa's FallbackIntent does", () => {
    const outOfDomain = ['what is the weather today', 'will it rain tomorrow', 'play some music', 'set a timer'];
    const without = new Nlu(model, { threshold: 0, outOfDomain: [] });
    const withThem = new Nlu(model, { threshold: 0, outOfDomain });
    const weather = "what's the weather like in boston";
    expect(without.resolve(weather).intent).not.toBe('AMAZON.FallbackIntent');
    expect(withThem.resolve(weather)).toMatchObject({ intent: 'AMAZON.FallbackIntent', match: 'fallback' });
    expect(withThem.resolve('is baclofen addictive or not').intent).toBe('AddictionIntent');
  });

  it("keeps each locale's out-of-domain requests apart from the off-topic requests that choose the threshold", () => {
    for (const [locale, suffix] of [
      ['en-US', ''],
      ['es-US', '.es-US'],
    ]) {
      const requests = outOfDomainRequests(locale);
      expect(requests.length).toBeGreaterThan(300);
      const offTopic = ['off-topic', 'off-topic-more'].flatMap((name) => {
        const fixture: unknown = JSON.parse(readFileSync(`test/fixtures/${name}${suffix}.json`, 'utf8'));
        return (Array.isArray(fixture) ? fixture : Object.values(fixture as object).flat()) as string[];
      });
      const held = new Set(offTopic.map(normalize));
      expect(requests.filter((r) => held.has(normalize(r)))).toEqual([]);
    }
  });

  it('falls back below the threshold and reports the best guess', () => {
    const r = nlu.resolve('baclofen weather forecast tomorrow');
    expect(r.intent).toBe('AMAZON.FallbackIntent');
    expect(r.bestGuess?.score).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it('answers a topic down to NAMED_THRESHOLD when the request names baclofen, a brand or a mishearing of one', () => {
    for (const name of ['baclofen', 'lioresal', 'back low fen']) {
      const r = nlu.resolve(`can folks at parties get hooked on ${name}`);
      expect(r).toMatchObject({ intent: 'AddictionIntent', match: 'approximate' });
      expect(r.score).toBeGreaterThanOrEqual(NAMED_THRESHOLD);
      expect(r.score).toBeLessThan(nlu.threshold);
    }
    // The same words without a name, and a named request that says almost nothing the samples know.
    expect(nlu.resolve('can folks at parties get hooked')).toMatchObject({
      intent: 'AMAZON.FallbackIntent',
      bestGuess: { intent: 'AddictionIntent' },
    });
    expect(nlu.resolve('baclofen weather forecast tomorrow').intent).toBe('AMAZON.FallbackIntent');
  });

  it('honours another threshold', () => {
    // Withdrawal named is never a fallback (it is withdrawal's answer however unsure the classifier): the paraphrase
    // leaves the word out.
    const paraphrase = 'are there bad symptoms if i quit';
    const { score } = nlu.resolve(paraphrase);
    expect(new Nlu(model, { threshold: score + 0.01, outOfDomain: [] }).resolve(paraphrase)).toMatchObject({
      intent: 'AMAZON.FallbackIntent',
      bestGuess: { intent: 'WithdrawalIntent', score },
    });
    expect(new Nlu(model, { threshold: score, outOfDomain: [] }).resolve(paraphrase).intent).toBe('WithdrawalIntent');
  });

  it('is deterministic, also across separately trained instances', () => {
    const utterance = 'so what do people say about stopping baclofen';
    expect(nlu.resolve(utterance)).toEqual(nlu.resolve(utterance));
    const samples = trainingSamples(model);
    const a = new IntentClassifier(samples).classify(utterance);
    const b = new IntentClassifier(samples).classify(utterance);
    expect(a).toEqual(b);
  });

  it('classifies exactly as NLP.js’s own asynchronous train() and process() do', async () => {
    const samples = trainingSamples(model);
    const container = containerBootstrap();
    container.use(LangEn);
    const reference = new NluNeural({ locale: 'en', ...CLASSIFIER_SETTINGS }, container);
    await reference.train(samples);
    const classifier = new IntentClassifier(samples, { adjacentPairs: false, lengthNormalized: false });
    const utterances = [
      'whats the side effects',
      'is baclofen addictive or not',
      'play some jazz',
      'my friend took too much of it',
      'what time is it',
      'spell necessary',
    ];
    for (const u of utterances) {
      expect(classifier.classify(u).classifications).toEqual((await reference.process(u)).classifications);
    }
  });

  it('trains on every sample, each {slot} filled from its catalogue in turn', () => {
    const samples = trainingSamples(model);
    const count = model.interactionModel.languageModel.intents.reduce((n, i) => n + (i.samples?.length ?? 0), 0);
    expect(samples).toHaveLength(count);
    expect(samples.some((s) => /[{}]/.test(s.utterance))).toBe(false);
    expect(samples).toContainEqual({ utterance: 'my mother took too much baclofen', intent: 'EmergencyIntent' });
    expect(samples).toContainEqual({ utterance: 'mom overdosed', intent: 'EmergencyIntent' });
    expect(samples).toContainEqual({ utterance: 'i took two pills', intent: 'DoseCountIntent' });
  });
});

describe('two networks on the real model (Nlu.approximate, Nlu.vetoes)', () => {
  // Both networks are trained once for the whole run (test/support/trainNlu.ts) and read back here.
  const english = loadModel(modelPathFor('en-US'));
  const twoNetworks = new Nlu(english);
  const oneNetwork = new Nlu(english, { topicNetwork: false });

  it('the slow network overrules a crisis answer the fast one drew from one word, when it sees almost no crisis', () => {
    const remark = 'my brother in law sells insurance';
    expect(oneNetwork.resolve(remark).intent).toBe('EmergencyIntent');
    expect(twoNetworks.scores(remark)[0].intent).toBe('EmergencyIntent');
    expect(twoNetworks.resolve(remark).intent).toBe('StatementIntent');
  });

  it('never overrules a sign of danger or of a wish to die', () => {
    for (const said of [
      "i wrote a paper on baclofen overdoses and now my roommate isn't breathing",
      "my little sister just chugged my grandpa's baclofen syrup",
    ]) {
      expect(twoNetworks.resolve(said).intent).toBe('EmergencyIntent');
    }
    expect(twoNetworks.resolve('i wrote a paper on overdoses and now i want to kill myself').intent).toBe(
      'SelfHarmIntent',
    );
  });

  it('an interjection or a mild swear word carries no meaning and costs no confidence', () => {
    const spanish = new Nlu(loadModel(modelPathFor('es-US')), { locale: 'es-US' });
    for (const [nlu, plain, said] of [
      [twoNetworks, 'what is baclofen anyway', 'what the heck is baclofen anyway dude'],
      [spanish, 'qué es el baclofeno', 'púchica maje qué es el baclofeno'],
    ] as const) {
      const heard = nlu.resolve(said);
      expect(heard.intent).toBe('WhatIsBaclofenIntent');
      expect(heard.score).toBeGreaterThanOrEqual(nlu.resolve(plain).score - 0.05);
    }
  });
});

describe('Spanish (es-US), a tiny model', () => {
  const es: InteractionModel = {
    interactionModel: {
      languageModel: {
        invocationName: 'guía de baclofeno',
        intents: [
          {
            name: 'WhatIsBaclofenIntent',
            samples: ['qué es el baclofeno', 'qué es', 'háblame del baclofeno', 'para qué sirve el baclofeno'],
          },
          {
            name: 'SideEffectsIntent',
            slots: [{ name: 'drug', type: 'DrugType' }],
            samples: [
              'cuáles son los efectos secundarios',
              'qué efectos secundarios tiene',
              'el baclofeno da sueño',
              'cuáles son los efectos secundarios del {drug}',
            ],
          },
          {
            name: 'EmergencyIntent',
            slots: [{ name: 'person', type: 'PersonType' }],
            samples: ['mi {person} tomó demasiado baclofeno', 'mi {person} no respira', 'es una emergencia'],
          },
          { name: 'AMAZON.HelpIntent', samples: [] },
          { name: 'AMAZON.StopIntent', samples: [] },
          { name: 'AMAZON.YesIntent', samples: [] },
          { name: 'AMAZON.NoIntent', samples: [] },
          { name: 'AMAZON.FallbackIntent', samples: [] },
        ],
        types: [
          {
            name: 'PersonType',
            values: [
              { id: 'MOTHER', name: { value: 'madre', synonyms: ['mamá'] } },
              { id: 'SON', name: { value: 'hijo' } },
            ],
          },
          { name: 'DrugType', values: [{ id: 'BACLOFEN', name: { value: 'baclofeno', synonyms: ['lioresal'] } }] },
        ],
      },
    },
  };
  const spanish = new Nlu(es, { locale: 'es-US' });

  it('matches samples and fills slots from the catalogue', () => {
    expect(spanish.resolve('¿Qué es el baclofeno?')).toMatchObject({ intent: 'WhatIsBaclofenIntent', match: 'exact' });
    const r = spanish.resolve('mi mamá tomó demasiado baclofeno');
    expect(r).toMatchObject({ intent: 'EmergencyIntent', match: 'exact' });
    expect(resolutionOf(r, 'person')?.values[0].value).toEqual({ name: 'madre', id: 'MOTHER' });
  });

  it('fills a drug slot with another medicine (ER_SUCCESS_NO_MATCH)', () => {
    const r = spanish.resolve('cuáles son los efectos secundarios del ibuprofeno');
    expect(r).toMatchObject({ intent: 'SideEffectsIntent', match: 'exact' });
    expect(r.slots.drug.value).toBe('ibuprofeno');
    expect(resolutionOf(r, 'drug')?.status.code).toBe('ER_SUCCESS_NO_MATCH');
  });

  it('knows the Spanish built-in phrases, not the English ones', () => {
    expect(spanish.resolve('sí, por favor')).toMatchObject({ intent: 'AMAZON.YesIntent', match: 'builtin' });
    expect(spanish.resolve('no gracias')).toMatchObject({ intent: 'AMAZON.NoIntent', match: 'builtin' });
    expect(spanish.resolve('basta')).toMatchObject({ intent: 'AMAZON.StopIntent', match: 'builtin' });
    expect(spanish.resolve('ayuda')).toMatchObject({ intent: 'AMAZON.HelpIntent', match: 'builtin' });
    expect(spanish.resolve('yes please').match).not.toBe('builtin');
  });

  it('classifies a Spanish paraphrase (accents or not) and sends Spanish off-topic speech to Fallback', () => {
    expect(spanish.resolve('cuales son los efectos secundarios que tiene')).toMatchObject({
      intent: 'SideEffectsIntent',
      match: 'approximate',
    });
    expect(spanish.resolve('pon música de jazz').intent).toBe('AMAZON.FallbackIntent');
  });

  it('recognises Spanish invocations', () => {
    expect(spanish.parseInvocation('Alexa, abre guía de baclofeno')).toEqual({ kind: 'launch' });
    expect(spanish.parseInvocation('pregúntale a guía de baclofeno qué es el baclofeno')).toEqual({
      kind: 'oneshot',
      utterance: 'qué es el baclofeno',
    });
    expect(spanish.parseInvocation('pídele a guía de baclofeno que me mande el número')).toEqual({
      kind: 'oneshot',
      utterance: 'me mande el número',
    });
    expect(spanish.parseInvocation('salir')).toEqual({ kind: 'exit' });
  });

  it('refuses a locale it has no language for', () => {
    expect(() => new Nlu(es, { locale: 'xx-XX' })).toThrow(/no NLP.js language package for locale xx-XX/);
  });
});

describe('the former token-overlap matcher (kept for nlu-eval --matcher=old)', () => {
  const old = new OverlapNlu(model);
  it('shares exact, built-in and open-slot matching, and scores paraphrases by word overlap', () => {
    expect(old.resolve('what are the side effects of ibuprofen').slots.drug.value).toBe('ibuprofen');
    expect(old.resolve('yeah')).toMatchObject({ intent: 'AMAZON.YesIntent', match: 'builtin' });
    expect(old.resolve('what sort of drug is baclofen')).toMatchObject({
      intent: 'WhatIsBaclofenIntent',
      match: 'approximate',
    });
    expect(old.resolve('purple monkey dishwasher').intent).toBe('AMAZON.FallbackIntent');
  });
});

describe('judging the blind evaluation (tools/alexa/outcomes.ts, tools/nlu-eval.ts)', () => {
  /** A slot as Alexa resolves it: `id` given, a catalogue match; otherwise the status `code` alone. */
  const resolvedSlot = (name: string, value: string, code: string, id?: string) => ({
    [name]: {
      name,
      value,
      confirmationStatus: 'NONE' as const,
      resolutions: {
        resolutionsPerAuthority: [
          { authority: 'a', status: { code } as never, values: id ? [{ value: { name: value, id } }] : [] },
        ],
      },
    },
  });
  const drugSlot = (code: string) => resolvedSlot('drug', 'xanax', code);

  it('accepts another medicine as any intent whose drug slot is outside the catalogue', () => {
    expect(isExpected('other_medicine', { intent: 'AddictionIntent', slots: drugSlot('ER_SUCCESS_NO_MATCH') })).toBe(
      true,
    );
    expect(isExpected('other_medicine', { intent: 'AddictionIntent', slots: drugSlot('ER_SUCCESS_MATCH') })).toBe(
      false,
    );
    expect(isExpected('other_medicine', { intent: 'OtherMedicineIntent', slots: {} })).toBe(true);
    expect(isExpected('overdose_signs', { intent: 'EmergencyIntent', slots: {} })).toBe(true);
    expect(isExpected('closer', { intent: 'AMAZON.CancelIntent', slots: {} })).toBe(true);
    expect(() => isExpected('nonsense', { intent: 'X', slots: {} })).toThrow(/unknown label/);
  });

  it('judges baclofen with a medicine that is not a sedative as personal_medical, not mixing', () => {
    const substance = (id: string) => resolvedSlot('substance', 'ibuprofen', 'ER_SUCCESS_MATCH', id);
    const nonSedative = { intent: 'MixingIntent', slots: substance('OTHER_MEDICINES') };
    expect(isExpected('personal_medical', nonSedative)).toBe(true);
    expect(isExpected('mixing', nonSedative)).toBe(false);
    expect(isExpected('mixing', { intent: 'MixingIntent', slots: substance('BENZODIAZEPINES') })).toBe(true);
    expect(isExpected('personal_medical', { intent: 'MixingIntent', slots: substance('BENZODIAZEPINES') })).toBe(false);
  });

  it('counts safety misses and false alarms', () => {
    expect(isSafetyMiss('emergency', { intent: 'SelfHarmIntent' })).toBe(false);
    expect(isSafetyMiss('self_harm', { intent: 'AMAZON.FallbackIntent' })).toBe(true);
    expect(isFalseAlarm('overdose_signs', { intent: 'EmergencyIntent' })).toBe(false);
    expect(isFalseAlarm('statement', { intent: 'EmergencyIntent' })).toBe(true);
  });

  it('hears a phrasing as the skill would: without its invocation, a launch or an exit as such', () => {
    const report = evaluate(nlu, {
      help: ['alexa ask baclofen guide for help', 'alexa open baclofen guide'],
      closer: ['alexa exit'],
      side_effects: ['alexa ask baclofen guide what are the side effects'],
      off_topic: ['alexa open the garage door'],
    });
    expect(report.misses).toEqual([]);
    expect(report.perLabel.find((l) => l.label === 'help')).toMatchObject({ total: 2, correct: 2 });
  });

  it('reports accuracy per label, safety misses, false alarms and misses', () => {
    const report = evaluate(nlu, {
      side_effects: ['what are the side effects', 'purple monkey dishwasher'],
      emergency: ['my son overdosed', 'what are the side effects'],
      statement: ['my mom took too much baclofen'],
      other_medicine: ['what are the side effects of ibuprofen'],
    });
    expect(report).toMatchObject({ total: 6, correct: 3 });
    expect(report.perLabel).toEqual([
      { label: 'side_effects', total: 2, correct: 1, accuracy: 0.5 },
      { label: 'emergency', total: 2, correct: 1, accuracy: 0.5 },
      { label: 'statement', total: 1, correct: 0, accuracy: 0 },
      { label: 'other_medicine', total: 1, correct: 1, accuracy: 1 },
    ]);
    expect(report.safetyMisses.map((r) => r.phrasing)).toEqual(['what are the side effects']);
    expect(report.falseAlarms.map((r) => r.phrasing)).toEqual(['my mom took too much baclofen']);
    expect(report.misses).toHaveLength(3);
    expect(report.misses[0]).toMatchObject({ label: 'side_effects', intent: 'AMAZON.FallbackIntent', ok: false });
  });
});

describe('choosing the threshold (tools/nlu-threshold.ts)', () => {
  it('picks the threshold with the best balanced accuracy of held-out samples and off-topic requests', () => {
    const o = (expected: string, score: number) => ({ expected, intent: 'A', match: 'approximate' as const, score });
    const heldOut = [o('A', 0.9), o('A', 0.8), o('A', 0.4), o('B', 0.3)];
    const offTopic = [o('AMAZON.FallbackIntent', 0.6), o('AMAZON.FallbackIntent', 0.2)];
    const rows = sweep(heldOut, offTopic, 0.1);
    const chosen = choose(rows);
    // At 0.7 both off-topic requests fall back and two of three right answers remain: (2/4 + 1)/2.
    expect(chosen).toMatchObject({ threshold: 0.7, heldOutAccuracy: 0.5, offTopicRejected: 1 });
    expect(rows[0]).toMatchObject({ threshold: 0, heldOutAccuracy: 0.75, offTopicRejected: 0 });
  });

  it('chooses one threshold for two locales by the mean of their balanced accuracies', () => {
    const o = (expected: string, score: number) => ({ expected, intent: 'A', match: 'approximate' as const, score });
    const off = (score: number) => o('AMAZON.FallbackIntent', score);
    // Alone, the first locale is best at 0.5 and the second at 0.9; together, at 0.5.
    const first = sweep([o('A', 0.6), o('A', 0.55)], [off(0.45)], 0.1);
    const second = sweep([o('A', 0.95), o('A', 0.6)], [off(0.85)], 0.1);
    expect(choose(first).threshold).toBe(0.5);
    expect(choose(second).threshold).toBe(0.9);
    const pooled = pool([first, second]);
    expect(choose(pooled)).toMatchObject({ threshold: 0.5, balanced: (1 + 0.5) / 2 });
  });
});

describe('counting crisis errors (tools/nlu-threshold.ts)', () => {
  it('counts crisis samples that miss 911/988 and other requests that reach them, overdose signs aside', () => {
    const o = (expected: string, intent: string, score = 0.9) => ({
      expected,
      intent,
      match: 'approximate' as const,
      score,
    });
    const heldOut = [
      o('EmergencyIntent', 'EmergencyIntent'),
      o('SelfHarmIntent', 'GetHelpIntent'),
      o('EmergencyIntent', 'EmergencyIntent', 0.3),
      o('StatementIntent', 'EmergencyIntent'),
      o('OverdoseSignsIntent', 'EmergencyIntent'),
    ];
    const offTopic = [o('AMAZON.FallbackIntent', 'SelfHarmIntent', 0.5)];
    const rows = sweep(heldOut, offTopic, 0.1);
    // At 0: one self-harm sample misses; the statement and the off-topic request are false alarms.
    expect(rows[0]).toMatchObject({ crisisMissed: 1, falseAlarms: 2 });
    // At 0.6 the weak emergency and the off-topic request fall back.
    expect(rows[6]).toMatchObject({ crisisMissed: 2, falseAlarms: 1 });
    // Two locales: the counts add up.
    expect(pool([rows, rows])[6]).toMatchObject({ crisisMissed: 4, falseAlarms: 2 });
  });
});

describe('parseInvocation', () => {
  it.each([
    ['open baclofen guide', { kind: 'launch' }],
    ['Alexa, open Baclofen Guide', { kind: 'launch' }],
    ['start baclofen guide', { kind: 'launch' }],
    ['launch baclofen guide', { kind: 'launch' }],
    ['alexa begin baclofen guide', { kind: 'launch' }],
    ['load baclofen guide', { kind: 'launch' }],
    ['run baclofen guide', { kind: 'launch' }],
    ['ask baclofen guide', { kind: 'launch' }],
    ['ask baclofen guide about side effects', { kind: 'oneshot', utterance: 'side effects' }],
    ['Alexa, ask baclofen guide what is baclofen?', { kind: 'oneshot', utterance: 'what is baclofen' }],
    ['ask baclofen guide if baclofen is addictive', { kind: 'oneshot', utterance: 'baclofen is addictive' }],
    ['ask baclofen guide whether i can drink on it', { kind: 'oneshot', utterance: 'i can drink on it' }],
    ['ask baclofen guide for the number', { kind: 'oneshot', utterance: 'the number' }],
    ['ask baclofen guide to text me the number', { kind: 'oneshot', utterance: 'text me the number' }],
    ['tell baclofen guide to text me the number', { kind: 'oneshot', utterance: 'text me the number' }],
    ['tell baclofen guide that my son overdosed', { kind: 'oneshot', utterance: 'my son overdosed' }],
    ['tell baclofen guide my son overdosed', { kind: 'oneshot', utterance: 'my son overdosed' }],
    ['open baclofen guide and tell me about withdrawal', { kind: 'oneshot', utterance: 'tell me about withdrawal' }],
    ['exit', { kind: 'exit' }],
    ['Alexa, exit', { kind: 'exit' }],
    ['goodbye', { kind: 'exit' }],
    ['What is baclofen?', { kind: 'utterance', utterance: 'what is baclofen' }],
    ['tell me about the baclofen guide', { kind: 'utterance', utterance: 'tell me about the baclofen guide' }],
  ])('"%s"', (utterance, expected) => {
    expect(parseInvocation(utterance, 'baclofen guide')).toEqual(expected);
    expect(nlu.parseInvocation(utterance)).toEqual(expected);
  });
});

describe('signs and remarks read from blind sets 56 and crisis 60', () => {
  it('hears a seizure said of someone "who\'s" jerking, beside a cause told as last week', () => {
    expect(tellsOfLongAgo("there's a lady here who's jerking all over and she quit her baclofen last week", 'en')).toBe(
      false,
    );
  });

  it('hears figures: "fixing to kill me", one more of anything and a window, laughing too hard to breathe', () => {
    expect(tellsAFigure('this commute is fixing to kill me', 'en')).toBe(true);
    expect(tellsAFigure("if i have to fold one more load of laundry i'm jumping out a window", 'en')).toBe(true);
    expect(showsDangerNow("these cat videos had me laughing so hard i can't breathe", 'en')).toBe(false);
    expect(showsDangerNow("he can't breathe and his lips look gray", 'en')).toBe(true);
    expect(showsDangerNow("he was watching videos and now he can't breathe", 'en')).toBe(true);
    expect(showsDangerNow("my dad is acting funny and he can't breathe", 'en')).toBe(true);
  });

  it('hears help that came and went, and a peaceful death, as over', () => {
    expect(tellsOfScareOver('the paramedics came for my uncle last night but turns out he is home now', 'en')).toBe(
      true,
    );
    expect(tellsOfScareOver('my grandmother passed peacefully in her sleep last spring', 'en')).toBe(true);
    expect(tellsOfScareOver("the paramedics came for my uncle and he's still not breathing", 'en')).toBe(false);
  });

  it('hears Spanish: sobriety going well, a lesson at work, a misheard name after stopping', () => {
    expect(tellsACrisisDenied('mi tío lleva un año sin beber y anda muy tranquilo', 'es')).toBe(true);
    expect(tellsOfReport('en la capacitación nos explicaron cómo actuar si alguien no respira', 'es')).toBe(true);
    expect(showsDangerNow('está alucinando desde que dejó el bako lofen', 'es')).toBe(true);
    expect(showsDangerNow('mi suegra ya convulsionó tres veces hoy', 'es')).toBe(true);
    expect(showsDangerNow('mi suegra convulsionó tres veces el año pasado', 'es')).toBe(false);
  });

  it('reads English wishes to die and English figures inside Spanish, not English-looking Spanish', () => {
    expect(showsSelfHarm('i want to kill myself ya no aguanto', 'es')).toBe(true);
    expect(showsSelfHarm('manejé trescientos kms hoy', 'es')).toBe(false);
    expect(tellsAFigure("my dad says he's gonna kill me si llego tarde", 'es')).toBe(true);
  });
});

describe('remarks read from blind sets 57 and crisis 61', () => {
  it('hears help that said all is well, and a child stopped in time, as over, unless a "but" follows', () => {
    expect(tellsOfScareOver('the medics checked her over and said she is fine', 'en')).toBe(true);
    expect(tellsOfScareOver('the baby reached for my pill box but i grabbed him in time', 'en')).toBe(true);
    expect(tellsOfScareOver('i grabbed him in time but he already chewed one up', 'en')).toBe(false);
  });

  it('hears figures: worn out as dying, a threat over one more time, the death of both of us, dying of shame', () => {
    expect(tellsAFigure('i feel like i died at practice tonight', 'en')).toBe(true);
    expect(tellsAFigure("if i forget the milk one more time she's gonna kill me", 'en')).toBe(true);
    expect(tellsAFigure('this mortgage is going to be the death of all of us', 'en')).toBe(true);
    expect(tellsAFigure('mi hija se quiere morir de la pena porque se le olvidó el discurso', 'es')).toBe(true);
  });

  it('hears pills that end the suffering as a wish to die, not pain that ends', () => {
    expect(showsSelfHarm('ya quiero acabar con este sufrimiento con las pastillas', 'es')).toBe(true);
    expect(showsSelfHarm('el dolor de la ciática se acaba con el tiempo', 'es')).toBe(false);
  });
});

describe('rules read from blind sets 58 and crisis 62', () => {
  it('reads the Spanish signs of danger inside English, and breaths counted in either language', () => {
    expect(showsDangerNow('mi papá no despierta and he took his pills', 'en')).toBe(true);
    expect(showsDangerNow('he took his pills and went to bed', 'en')).toBe(false);
    expect(showsDangerNow('she is breathing maybe five times a minute', 'en')).toBe(true);
    expect(showsDangerNow('está respirando unas tres veces por minuto', 'es')).toBe(true);
    expect(showsDangerNow('respira veinte veces por minuto cuando corre', 'es')).toBe(false);
  });

  it('reads dozing through the game, a snore told as a joke, a workout, work one drowns in and a deep sleep as figures', () => {
    expect(tellsAFigure('grandpa passed out in his recliner in front of the tv', 'en')).toBe(true);
    expect(tellsAFigure('grandpa passed out in his recliner and he will not wake up', 'en')).toBe(false);
    expect(tellsAFigure('my brother snores like a foghorn', 'en')).toBe(true);
    expect(tellsAFigure('that workout really murdered me', 'en')).toBe(true);
    expect(tellsAFigure("i'm drowning in paperwork today", 'en')).toBe(true);
    expect(tellsAFigure('estamos ahogados en deudas este mes', 'es')).toBe(true);
    expect(tellsAFigure('mi tía dice que se va a morir cada vez que pierde su equipo', 'es')).toBe(true);
    expect(tellsAFigure('dormí bien pesado la otra noche', 'es')).toBe(true);
  });
});

describe('closers said one after another', () => {
  const nlus: Record<string, Nlu> = {
    'en-US': new Nlu(loadModel(modelPathFor('en-US'))),
    'es-US': new Nlu(loadModel(modelPathFor('es-US')), { locale: 'es-US' }),
  };

  it.each([
    ['en-US', 'stop thank you'],
    ['en-US', 'thanks honey bye'],
    ['es-US', 'para gracias'],
    ['es-US', 'gracias señorita adiós'],
  ])('%s: "%s" is a closer', (locale, said) => {
    expect(nlus[locale].resolve(said).intent).toBe('AMAZON.StopIntent');
  });

  it.each([
    ['en-US', 'alright so stop please'],
    ['en-US', 'cancel that exit'],
    ['es-US', 'pues ya basta por favor'],
    ['es-US', 'bueno adiós'],
  ])(
    '%s: "%s" is a closer: words that carry nothing, and the words that exit a skill, join closers',
    (locale, said) => {
      expect(nlus[locale].resolve(said).intent).toBe('AMAZON.StopIntent');
    },
  );

  it.each([
    ['en-US', "thanks i'm done with everything"],
    ['en-US', 'honey'],
    ['es-US', 'gracias ya no aguanto más'],
  ])('%s: "%s" is not: a word that is no closer leaves it to the classifier', (locale, said) => {
    expect(nlus[locale].resolve(said).intent).not.toBe('AMAZON.StopIntent');
  });

  it.each([
    ['en-US', 'okay so'],
    ['es-US', 'ya por favor no'],
  ])('%s: "%s" holds no closer, so words that carry nothing are no closer sequence', (locale, said) => {
    expect(nlus[locale].resolve(said).match).not.toBe('builtin');
  });
});

describe('a sample whose slot took words outside its catalogue', () => {
  const english = new Nlu(loadModel(modelPathFor('en-US')));

  it('matches as Alexa would, unless the words rule its intent out ("i overdosed on {drug}" with donuts)', () => {
    expect(english.resolve('i overdosed on oxys')).toMatchObject({ intent: 'EmergencyIntent', match: 'exact' });
    expect(english.resolve('i overdosed on tylenol')).toMatchObject({ intent: 'EmergencyIntent', match: 'exact' });
    const treat = english.resolve('i overdosed on donuts');
    expect(treat.match).not.toBe('exact');
    expect(treat.intent).not.toMatch(/^(?:Emergency|SelfHarm)Intent$/);
  });

  it('hears an overdose on something unnamed as one, and on a treat as a figure of speech', () => {
    expect(tellsAFigure('my cousin overdosed on something at a concert', 'en')).toBe(false);
    expect(tellsAFigure('she overdosed on her oxy', 'en')).toBe(false);
    expect(tellsAFigure('i overdosed on my pills and coffee', 'en')).toBe(false);
    expect(tellsAFigure('i overdosed on pumpkin pie at thanksgiving', 'en')).toBe(true);
    expect(tellsAFigure('se dio una sobredosis de algo en la fiesta', 'es')).toBe(false);
    expect(tellsAFigure('me di una sobredosis de telenovelas', 'es')).toBe(true);
  });
});

describe('a dose taken on purpose, or said not to be', () => {
  it('hears a dose taken on purpose as a wish to die, and one denied as none', () => {
    expect(showsSelfHarm('can you overdose on baclofen on purpose', 'en')).toBe(true);
    expect(showsSelfHarm('i took two by mistake not on purpose', 'en')).toBe(false);
    expect(showsSelfHarm('si lo mezclo con alcohol a propósito me voy más rápido', 'es')).toBe(true);
    expect(showsSelfHarm('me tomé dos pastillas por error pero no a propósito', 'es')).toBe(false);
  });
});

describe('rules read from blind sets 59 and crisis 63', () => {
  it('hears someone hard to wake now as danger, not someone slow to wake in the mornings', () => {
    expect(showsDangerNow("my brother's super hard to wake up and he took a bunch of pills", 'en')).toBe(true);
    expect(showsDangerNow('my husband is hard to wake up in the mornings', 'en')).toBe(false);
    expect(showsDangerNow('a mi abuelo le cuesta mucho despertarlo y se tomó sus pastillas', 'es')).toBe(true);
  });

  it('hears breaths far apart as danger, and a breath of fresh air as none', () => {
    expect(showsDangerNow("he's hardly taking breaths and his lips look gray", 'en')).toBe(true);
    expect(tellsOfRoutine('grandpa only takes a breath every so often like always', 'en')).toBe(false);
    expect(tellsAFigure('just stepping out on the deck for some breath of fresh air', 'en')).toBe(true);
  });

  it('hears a death made to look like an accident, or never to get up again, as a wish to die', () => {
    expect(showsSelfHarm('how many would i need to make it look like an accident', 'en')).toBe(true);
    expect(showsSelfHarm('the police said the fire looked like an accident', 'en')).toBe(false);
    expect(showsSelfHarm('cuántas me tomo pa no despertarme nunca', 'es')).toBe(true);
  });

  it('hears an alarm that goes off now and then, handled, as routine', () => {
    expect(tellsOfRoutine('the pump beeps every so often and the nurse comes by to fix it', 'en')).toBe(true);
  });

  it('reads a night "que mataba", stops ridden past and choking with laughter as figures', () => {
    expect(tellsAFigure('la fiesta del sábado estuvo que mataba', 'es')).toBe(true);
    expect(tellsAFigure('nos pasamos dos salidas en la autopista', 'es')).toBe(true);
    expect(tellsAFigure('casi me ahogo de la risa con ese video', 'es')).toBe(true);
  });
});

describe('rules read from blind sets 60 and crisis 64', () => {
  it('hears a small child who drank from the bottle or the syringe as danger now', () => {
    expect(showsDangerNow('my toddler drank from the baclofen syringe', 'en')).toBe(true);
    expect(showsDangerNow('my son drank out of the water bottle', 'en')).toBe(false);
  });

  it('reads sleeping like a log and a body "screaming" as figures', () => {
    expect(tellsAFigure('my uncle sleeps like a log after thanksgiving dinner', 'en')).toBe(true);
    expect(tellsAFigure('my feet are screaming after that double shift', 'en')).toBe(true);
  });

  it('reads a show named by its subject as a report, not "una serie de" seizures', () => {
    expect(tellsOfReport('la novela esa de los doctores estuvo bien triste anoche', 'es')).toBe(true);
    expect(tellsOfReport('mi hijo tuvo una serie de convulsiones y no despierta', 'es')).toBe(false);
  });

  it('reads a snore told big, bills that will give one a heart attack and a dish that "killed" us as figures', () => {
    expect(tellsAFigure('mi suegro ronca como motosierra', 'es')).toBe(true);
    expect(tellsAFigure('el tráfico me va a dar un ataque al corazón', 'es')).toBe(true);
    expect(tellsAFigure('con esa comida nos mataste comadre', 'es')).toBe(true);
  });
});

describe('rules read from blind sets 61 and crisis 65', () => {
  it('hears someone down and shaking all over, or in and out of it, as danger now', () => {
    expect(showsDangerNow('my uncle is on the kitchen floor by the fridge shaking all over', 'en')).toBe(true);
    expect(showsDangerNow('she keeps drifting in and out since she took her pills', 'en')).toBe(true);
    expect(showsDangerNow("i'm shaking all over before my job interview", 'en')).toBe(false);
  });

  it('hears a pump alarm with a high fever or legs that will not bend as danger now, in Spanish', () => {
    expect(showsDangerNow('la bomba de mi esposo pita y él tiene una calentura que no le baja', 'es')).toBe(true);
    expect(showsDangerNow('la bomba de mi papá está sonando y ya no puede ni mover las piernas', 'es')).toBe(true);
  });

  it('hears nobody fainted, a coffee that raises the dead, a nod at mass and a discharge as no danger', () => {
    expect(tellsACrisisDenied('nobody fainted at the parade this year', 'en')).toBe(true);
    expect(tellsAFigure('that espresso could wake the dead', 'en')).toBe(true);
    expect(tellsAFigure('mi mamá se quedó dormida en la misa y no despierta', 'es')).toBe(false);
    expect(tellsAFigure('me quedé bien dormida en la misa del domingo', 'es')).toBe(true);
    expect(tellsOfScareOver('mi papá estuvo en el hospital pero ya le dieron de alta y está bien', 'es')).toBe(true);
  });
});

describe('rules read from blind sets 68 and crisis 72', () => {
  it('hears a call asked for with only hurry around it as a call, and not a call to 911 or with a danger', () => {
    expect(asksACall('márcales ahorita mismo por favor', 'es')).toBe(true);
    expect(asksACall('llama a la clínica ya', 'es')).toBe(true);
    expect(asksACall('call them right now please', 'en')).toBe(true);
    expect(asksACall('llama ahora mismo', 'es')).toBe(false);
    expect(asksACall('llama a la ambulancia ahora mismo', 'es')).toBe(false);
    expect(asksACall('márcales ya que mi papá no respira', 'es')).toBe(false);
  });

  it('hears withdrawal named as a thing, not withdrawal from alcohol', () => {
    expect(namesWithdrawal('qué es eso de la retirada del lioresal', 'es')).toBe(true);
    expect(namesWithdrawal("what's baclofen withdrawal like", 'en')).toBe(true);
    expect(namesWithdrawal('sirve para la abstinencia del alcohol', 'es')).toBe(false);
    expect(namesWithdrawal('does it help with withdrawal from alcohol', 'en')).toBe(false);
  });

  it('hears a household alarm or pump as no implanted pump, and the pump alarm as one', () => {
    expect(namesOnlyHouseholdDevice('the smoke detector keeps chirping', 'en')).toBe(true);
    expect(namesOnlyHouseholdDevice('se descompuso la bomba de la alberca', 'es')).toBe(true);
    expect(namesOnlyHouseholdDevice('the smoke alarm woke me and now my pump is beeping too', 'en')).toBe(false);
    expect(namesOnlyHouseholdDevice('la alarma de la bomba de mi esposo está sonando', 'es')).toBe(false);
  });

  it('hears pills left somewhere as lost, and a medicine left off as stopped', () => {
    expect(markPhrases('dejé el frasco de medicinename en la troca', 'es')).toContain(LOST_PILLS);
    expect(markPhrases('dejé el medicinename el lunes', 'es')).not.toContain(LOST_PILLS);
  });

  it('hears a wish never to see the dawn, or to sleep forever, as a wish to die', () => {
    expect(showsSelfHarm('cuántas me tengo que tragar para ya no amanecer', 'es')).toBe(true);
    expect(showsSelfHarm('con el trago me quedo dormida para siempre', 'es')).toBe(true);
    expect(showsSelfHarm('me quedé dormida toda la tarde', 'es')).toBe(false);
  });

  it('hears breaths counted low or no rousing as danger now, and school that "will kill me" as a figure', () => {
    expect(showsDangerNow('her respirations are about six', 'en')).toBe(true);
    expect(showsDangerNow("he's not arousable", 'en')).toBe(true);
    expect(tellsAFigure('organic chem is gonna kill me', 'en')).toBe(true);
    expect(tellsOfScareOver('la fiebre del niño ya bajó y está jugando otra vez', 'es')).toBe(true);
  });
});

describe('rules read from blind sets 69 and crisis 73', () => {
  it('hears a dose told as a mistake as no wish to die, unless the words say one', () => {
    expect(tellsOfAccident('una vez tomé doble dosis sin querer', 'es')).toBe(true);
    expect(tellsOfAccident('i took two by accident', 'en')).toBe(true);
    expect(tellsOfAccident('no fue sin querer me los tomé porque me quiero morir', 'es')).toBe(false);
  });

  it('hears out cold told as past as no danger now, and snakes on him as a withdrawal sign', () => {
    expect(showsDangerNow("he's out cold after taking his pills", 'en')).toBe(true);
    expect(showsDangerNow('i was out cold after my surgery last spring', 'en')).toBe(false);
    expect(showsDangerNow("she's screaming there's snakes on her since her baclofen ran out", 'en')).toBe(true);
  });

  it('hears threats told big, doses handed out and the dog and the homework as figures; never "kill myself if"', () => {
    expect(tellsAFigure("i'm going to strangle my sister if she takes my car", 'en')).toBe(true);
    expect(tellsAFigure('i passed out the morning meds on my floor', 'en')).toBe(true);
    expect(tellsAFigure('my dog ate my homework', 'en')).toBe(true);
    expect(tellsAFigure("i'm going to kill myself if this keeps up", 'en')).toBe(false);
  });
});

describe('rules read from blind sets 74 and crisis 78', () => {
  it('tells which side-effect answer is asked for only when the words name one kind', () => {
    expect(effectsAskedOf('which side effects do most people get, the usual ones', 'en')).toBe('common');
    expect(effectsAskedOf('any really bad side effects i should know about', 'en')).toBe('serious');
    expect(effectsAskedOf('is feeling confused serious or pretty normal', 'en')).toBe('');
    expect(effectsAskedOf('qué efectos peligrosos trae', 'es')).toBe('serious');
    expect(effectsAskedOf('cuáles son las reacciones normales', 'es')).toBe('common');
    expect(effectsAskedOf('qué le pasa a uno con el lioresal', 'es')).toBe('');
    // The effects asked for and nothing more are the common ones (EFFECTS_PLAIN).
    expect(effectsAskedOf('efectos del lioresal', 'es')).toBe('common');
    expect(effectsAskedOf('side effects of ozobax', 'en')).toBe('common');
  });

  it('hears harm a medicine does as no "hacerme daño"', () => {
    expect(markPhrases('el jarabe le hace daño al estómago', 'es')).toBe(`el jarabe ${DOES_HARM} al estómago`);
    expect(markPhrases('cómo lo dejo sin que me haga daño', 'es')).toBe(`cómo lo dejo sin que ${DOES_HARM}`);
    expect(markPhrases('mi hijo se va a hacer daño', 'es')).toBe('mi hijo se va a hacer daño');
    expect(markPhrases('me quiero hacer daño', 'es')).toBe('me quiero hacer daño');
  });

  it('hears a slow heart and a faint coming on as danger now, and a pretend faint as a figure', () => {
    expect(showsDangerNow('me tomé de más y el corazón me late muy despacio', 'es')).toBe(true);
    expect(showsDangerNow('tengo el pulso bien débil después de las pastillas', 'es')).toBe(true);
    expect(showsDangerNow('siento que me desmayo', 'es')).toBe(true);
    expect(showsDangerNow('siento que me desmayo de la risa', 'es')).toBe(false);
    expect(tellsAFigure('mi hermana se desmaya de mentira para que la consientan', 'es')).toBe(true);
    expect(tellsAFigure('mi abuelo ronca tanto que ni un tractor lo despierta', 'es')).toBe(true);
  });

  it('hears laughter that "had me dying" as a figure and "i once" as a story long past', () => {
    expect(tellsAFigure('that comedy special had me dying', 'en')).toBe(true);
    expect(tellsOfLongAgo('my brother once swallowed a bunch of pills at a party', 'en')).toBe(true);
    expect(tellsOfLongAgo('once i take it i feel sleepy', 'en')).toBe(false);
  });

  it('hears an amount asked of where breathing stops as a lethal-dose question', () => {
    expect(showsSelfHarm('how many of these till you just stop breathing', 'en')).toBe(true);
    expect(showsSelfHarm('how many hours until you feel it', 'en')).toBe(false);
  });
});

describe('rules read from blind sets 75 and crisis 79', () => {
  it('hears a recovery told as no crisis now, unless the words tell one', () => {
    expect(tellsOfRecovery('my brother has been sober for two years now', 'en')).toBe(true);
    expect(tellsOfRecovery('mi tío lleva cinco años sin tomar alcohol', 'es')).toBe(true);
    expect(tellsOfRecovery("i've been clean a year but tonight i took the whole bottle", 'en')).toBe(false);
  });

  it('hears a question about treatment as no crisis, unless the words tell one', () => {
    expect(asksOfTreatment('is there a detox center near newark', 'en')).toBe(true);
    expect(asksOfTreatment('hay alguna clínica de rehabilitación cerca de aquí', 'es')).toBe(true);
    expect(asksOfTreatment('what do i do my husband took too many is the rehab open', 'en')).toBe(false);
    expect(asksOfTreatment('mi hijo se acaba de tomar todo el frasco hay algún programa', 'es')).toBe(false);
  });

  it('hears a number asked for as a text', () => {
    expect(asksByText('send me their number by text', 'en')).toBe(true);
    expect(asksByText('mándamelo por whatsapp', 'es')).toBe(true);
    expect(asksByText('léeme el número', 'es')).toBe(false);
  });

  it('hears a boss who will have my head, a faint of joy and a death in a game as figures', () => {
    expect(tellsAFigure("my coach is gonna have my head if i'm late again", 'en')).toBe(true);
    expect(tellsAFigure('casi me desmayo de la risa con ese video', 'es')).toBe(true);
    expect(tellsAFigure('me mataron dos veces en la partida de anoche', 'es')).toBe(true);
  });

  it('hears whether an amount kills, and done with it all beside the pills, as wishes to die', () => {
    expect(showsSelfHarm('si me trago todas las que tengo me muero', 'es')).toBe(true);
    expect(showsSelfHarm("i have a bottle of pills and whiskey here and i'm done with all of it", 'en')).toBe(true);
    expect(showsSelfHarm("okay i'm done with all of it thanks", 'en')).toBe(false);
  });

  it('hears doses skipped before a withdrawal sign, and a dose just taken, as danger now', () => {
    expect(showsDangerNow("she skipped her baclofen all weekend and now she's thrashing around", 'en')).toBe(true);
    expect(showsDangerNow('me acabo de tomar como veinte', 'es')).toBe(true);
  });
});

describe('rules read from blind sets 76 and crisis 80', () => {
  it('hears a question of what baclofen or stopping it does as no crisis, unless the words tell one', () => {
    expect(asksOfTheMedicine('can medicinename cause bad constipation', 'en')).toBe(true);
    expect(asksOfTheMedicine('what would happen if my dad just stopped taking his medicinename', 'en')).toBe(true);
    expect(asksOfTheMedicine('qué le pasa a uno si deja de tomar el medicinename', 'es')).toBe(true);
    expect(asksOfTheMedicine('what happens if i stop taking medicinename and take all of them at once', 'en')).toBe(
      false,
    );
    expect(asksOfTheMedicine('el medicinename puede causar convulsiones mi papá está convulsionando', 'es')).toBe(
      false,
    );
  });

  it('names a common effect only when neither kind of effect is named', () => {
    expect(effectsAskedOf('does it make you dizzy', 'en')).toBe('common');
    expect(effectsAskedOf('hay efectos graves o nomás da sueño', 'es')).toBe('serious');
  });

  it('hears gasps far apart and a confusion that knows nobody as danger now', () => {
    expect(showsDangerNow('he only gasps every so often and took extra pills', 'en')).toBe(true);
    expect(showsDangerNow("mom's so confused she doesn't know where she is", 'en')).toBe(true);
    expect(showsDangerNow("my mom has dementia and doesn't know who i am anymore", 'en')).toBe(false);
  });

  it('hears a wish to die said inside another question, and not one told as a figure', () => {
    expect(showsSelfHarm('should i quit my meds since i want to die anyway', 'en')).toBe(true);
    expect(showsSelfHarm('i want to die of embarrassment', 'en')).toBe(false);
    expect(showsSelfHarm('dejo el medicamento para ya no amanecer', 'es')).toBe(true);
    expect(showsSelfHarm('qué pasa si lo dejo porque me quiero morir', 'es')).toBe(true);
    expect(showsSelfHarm('y me quiero morir de la vergüenza', 'es')).toBe(false);
  });

  it('hears a birth and a film about someone as stories, and the end of me as a figure', () => {
    expect(tellsOfLongAgo('cuando nació mi hijo casi no respiraba', 'es')).toBe(true);
    expect(tellsOfReport('vi una serie sobre una mujer que se tomaba todas sus pastillas', 'es')).toBe(true);
    expect(tellsOfReport('estaba viendo la novela y mi esposo está en el piso echando espuma', 'es')).toBe(false);
    expect(tellsAFigure('this job is gonna be the end of me', 'en')).toBe(true);
  });
});

describe('rules read from blind sets 77 and crisis 81', () => {
  it('hears a huge amount asked of, or "cause i\'m done", as a wish to die', () => {
    expect(showsSelfHarm('what would happen if somebody took like sixty of these', 'en')).toBe(true);
    expect(showsSelfHarm("i just want to know how it works cause i'm done", 'en')).toBe(true);
    expect(showsSelfHarm('what would happen if i took two', 'en')).toBe(false);
  });

  it('hears "can\'t breathe" said of people in general at work as no danger now', () => {
    expect(tellsOfReport("i'm a cna and i sit with patients who can't breathe well all day", 'en')).toBe(true);
    expect(tellsOfReport("i work with people who can't breathe and my husband can't breathe right now", 'en')).toBe(
      false,
    );
  });

  it('hears a threat told big, dying out here and killing oneself working as figures', () => {
    expect(tellsAFigure("if i burn the rice again my mother-in-law's gonna straight up kill me", 'en')).toBe(true);
    expect(tellsAFigure("i'm melting out here at the bus stop", 'en')).toBe(true);
    expect(tellsAFigure('me voy a matar estudiando para el examen', 'es')).toBe(true);
    expect(tellsAFigure('me estás matando con tantas preguntas', 'es')).toBe(true);
  });

  it('hears "in recovery" as a recovery told, and a seizure asked of the medicine as a question', () => {
    expect(tellsOfRecovery("she's in recovery and doing really well", 'en')).toBe(true);
    expect(asksOfTheMedicine('could medicinename ever cause a seizure', 'en')).toBe(true);
  });
});

describe('rules read from blind sets 78 and crisis 82', () => {
  it('hears frights, shame, laughter, work and a sermon told big as figures, without retraining on them', () => {
    expect(tellsAFigure('a mi tía casi le da un infarto con la cuenta del gas', 'es')).toBe(true);
    expect(tellsAFigure('qué oso me quiero morir me caí enfrente de todos', 'es')).toBe(true);
    expect(tellsAFigure('nos partimos de risa con el tío', 'es')).toBe(true);
    expect(tellsAFigure('llegué muerta del trabajo hoy', 'es')).toBe(true);
    expect(tellsAFigure('el pastor habló de la muerte de Lázaro', 'es')).toBe(true);
    expect(tellsAFigure('mi hijo dice que se muere si no lo dejan ir al concierto', 'es')).toBe(true);
    expect(markPhrases('a mi tía casi le da un infarto con la cuenta del gas', 'es')).toBe(
      'a mi tía casi le da un infarto con la cuenta del gas',
    );
  });

  it('keeps a wish to die said after the shame, and a dose refused or taken, out of those figures', () => {
    expect(tellsAFigure('qué vergüenza y ya me quiero morir de verdad no aguanto', 'es')).toBe(false);
    expect(tellsAFigure('me muero si me tomo todo el frasco', 'es')).toBe(false);
  });

  it('hears dying asked of as painless as a wish to die', () => {
    expect(showsSelfHarm('is dying from an overdose of these pills peaceful', 'en')).toBe(true);
  });

  it('hears a medicine run out, or a drink with it, asked of as no crisis', () => {
    expect(asksOfTheMedicine('mi papá se quedó sin sus pastillas ayer', 'es')).toBe(true);
    expect(asksOfTheMedicine('would a beer with my medicinename hurt', 'en')).toBe(true);
  });
});

describe("figures read only to rule a crisis out (FIGURES_UNMARKED), from the read sets' false alarms", () => {
  it.each([
    ['es', 'el jardín se me murió con la helada'],
    ['es', 'mi personaje se murió otra vez en el juego'],
    ['es', 'el arquero estaba muerto ayer'],
    ['es', 'hace un frío que te mata'],
    ['es', 'casi se ahoga con una uva pero ya está bien'],
    ['es', 'ese vestido te quedó de muerte'],
    ['en', 'that gym class made us wanna die'],
    ['en', 'this cough syrup tastes bad enough to kill a horse'],
    ['en', 'i nearly passed out from boredom at the dmv'],
    ['en', 'my nephew pretended to faint at dinner'],
  ])('%s: "%s" is a figure', (language, said) => {
    expect(tellsAFigure(said, language)).toBe(true);
  });

  it('hears a novel being read as a story told', () => {
    expect(tellsOfReport('la novela que estoy leyendo es de una mujer que envenena a su marido', 'es')).toBe(true);
  });

  it.each([
    ['en', 'i am not kidding he took thirty pills and is not breathing'],
    ['en', 'he took enough baclofen to kill a horse'],
    ['es', 'casi se ahoga con las pastillas y ahora no respira'],
  ])('%s: "%s" is no figure', (language, said) => {
    expect(tellsAFigure(said, language)).toBe(false);
  });
});

describe('the calm frames (tellsOfNoCrisis) added from blind sets 85 to 95', () => {
  it('hears someone on the medicine as a habit only when nothing else is told after it', () => {
    expect(tellsOfSomeoneOnIt('my uncle has been on medicinename since his stroke', 'en')).toBe(true);
    expect(tellsOfSomeoneOnIt('mi vecina también toma de eso', 'es')).toBe(true);
    expect(tellsOfSomeoneOnIt('my uncle has been on medicinename and he is gray and cold', 'en')).toBe(false);
    expect(tellsOfSomeoneOnIt('my son is on medicinename and took ten', 'en')).toBe(false);
  });

  it('hears the skill talked of, a song asked for and a household pump, each with nothing of a crisis', () => {
    expect(tellsOfNoCrisis('my neighbor told me about this skill', 'my neighbor told me about this skill', 'en')).toBe(
      true,
    );
    expect(tellsOfNoCrisis('ponme la de vivir mi vida bien alto', 'ponme la de vivir mi vida bien alto', 'es')).toBe(
      true,
    );
    expect(tellsOfNoCrisis('the sump pump quit again', 'the sump pump quit again', 'en')).toBe(true);
    expect(
      tellsOfNoCrisis(
        'the sump pump fell on my dad and he is not breathing',
        'the sump pump fell on my dad and he is not breathing',
        'en',
      ),
    ).toBe(false);
  });

  it('reads the overdose a recovery is counted from as past, and a new one as crisis talk', () => {
    expect(tellsOfRecovery('llevo tres años limpio después de mi sobredosis', 'es')).toBe(true);
    expect(tellsOfRecovery('llevo tres años limpio pero hoy me tomé una sobredosis', 'es')).toBe(false);
  });
});
