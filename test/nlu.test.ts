import { APPROXIMATE_THRESHOLD, normalize, Nlu, parseInvocation, type InteractionModel } from '../tools/alexa/nlu';

/** A small model of our own: the real en-US.json changes too often to pin tests on. */
const model: InteractionModel = {
  interactionModel: {
    languageModel: {
      invocationName: 'baclofen guide',
      intents: [
        // "what", "is" and "it" appear in every intent, as in the real model: common, not distinctive.
        {
          name: 'WhatIsBaclofenIntent',
          samples: [
            'what is baclofen',
            'what is it',
            'tell me about baclofen',
            'what kind of drug is baclofen',
            'is baclofen a muscle relaxant',
          ],
        },
        {
          name: 'SideEffectsIntent',
          samples: [
            'what are the side effects',
            'what side effects does it have',
            'does baclofen make you sleepy',
            'is it normal to feel dizzy',
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
      ],
    },
  },
};

const nlu = new Nlu(model, { applicationId: 'amzn1.ask.skill.test' });

function personResolution(utterance: string) {
  const slot = nlu.resolve(utterance).slots.person;
  return slot.resolutions?.resolutionsPerAuthority?.[0];
}

describe('normalize', () => {
  it('lower-cases, drops punctuation but keeps apostrophes in words, collapses spaces, leaves digits', () => {
    expect(normalize("  What's   Baclofen?!  ")).toBe("what's baclofen");
    expect(normalize('Side-effects, please.')).toBe('side effects please');
    expect(normalize('I took 3 pills')).toBe('i took 3 pills');
    expect(normalize('it’s ‘quoted’')).toBe("it's quoted");
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

  it('fills a custom slot with a synonym and resolves it to the canonical value and id', () => {
    const r = nlu.resolve('My mom took too much baclofen');
    expect(r).toMatchObject({ intent: 'EmergencyIntent', match: 'exact' });
    expect(r.slots.person).toMatchObject({ name: 'person', value: 'mom', confirmationStatus: 'NONE' });
    expect(personResolution('My mom took too much baclofen')).toEqual({
      authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.PersonType',
      status: { code: 'ER_SUCCESS_MATCH' },
      values: [{ value: { name: 'mother', id: 'MOTHER' } }],
    });
  });

  it('takes the longest synonym that fits ("mother in law", not "mother")', () => {
    const r = nlu.resolve('my mother in law is not breathing');
    expect(r.slots.person.value).toBe('mother in law');
    expect(personResolution('my mother in law is not breathing')?.values[0].value.id).toBe('MOTHER');
  });

  it('fills a slot with a value outside the catalogue as Alexa does: ER_SUCCESS_NO_MATCH, no values', () => {
    const r = nlu.resolve('my dog took too much baclofen');
    expect(r.intent).toBe('EmergencyIntent');
    expect(r.slots.person.value).toBe('dog');
    expect(personResolution('my dog took too much baclofen')).toMatchObject({
      status: { code: 'ER_SUCCESS_NO_MATCH' },
      values: [],
    });
  });

  it('sends AMAZON.NUMBER values as digits, spoken or written', () => {
    expect(nlu.resolve('i took three pills').slots.count.value).toBe('3');
    expect(nlu.resolve('i took twenty five pills').slots.count.value).toBe('25');
    expect(nlu.resolve('I took 12 pills').slots.count.value).toBe('12');
  });

  it('lists every slot the intent declares, unfilled ones without a value', () => {
    const r = nlu.resolve('what is baclofen');
    expect(r.slots).toEqual({});
    const emergency = nlu.resolve('buddy overdosed');
    expect(Object.keys(emergency.slots)).toEqual(['person']);
  });

  it("prefers the model's own sample for a built-in intent", () => {
    expect(nlu.resolve('what can you do')).toMatchObject({ intent: 'AMAZON.HelpIntent', match: 'exact' });
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

describe('approximate matching', () => {
  it('resolves a phrasing the samples do not spell out to the closest intent', () => {
    const r = nlu.resolve('what sort of drug is baclofen');
    expect(r.intent).toBe('WhatIsBaclofenIntent');
    expect(r.match).toBe('approximate');
    expect(r.score).toBeGreaterThanOrEqual(APPROXIMATE_THRESHOLD);
    expect(r.score).toBeLessThan(1);
  });

  it('tells topics apart by their distinctive words', () => {
    expect(nlu.resolve('are there withdrawal symptoms if i quit')).toMatchObject({
      intent: 'WithdrawalIntent',
      match: 'approximate',
    });
    expect(nlu.resolve('will baclofen make me sleepy')).toMatchObject({
      intent: 'SideEffectsIntent',
      match: 'approximate',
    });
  });

  it('credits a slot value and fills the slot', () => {
    const r = nlu.resolve('i think my mother in law overdosed');
    expect(r).toMatchObject({ intent: 'EmergencyIntent', match: 'approximate' });
    expect(r.slots.person.value).toBe('mother in law');
    expect(r.slots.person.resolutions?.resolutionsPerAuthority?.[0].values[0].value.id).toBe('MOTHER');
  });

  it('routes gibberish and out-of-domain speech to AMAZON.FallbackIntent', () => {
    for (const utterance of ['purple monkey dishwasher', 'play some jazz', '', '?!']) {
      expect(nlu.resolve(utterance)).toMatchObject({ intent: 'AMAZON.FallbackIntent', match: 'fallback', slots: {} });
    }
  });

  it('does not match on common words alone ("what time is it" is not "what is it")', () => {
    expect(nlu.resolve('what is it').intent).toBe('WhatIsBaclofenIntent');
    expect(nlu.resolve('what time is it').intent).toBe('AMAZON.FallbackIntent');
  });

  it('reports the best guess and its score when it falls back', () => {
    const r = nlu.resolve('baclofen weather forecast tomorrow');
    expect(r.intent).toBe('AMAZON.FallbackIntent');
    expect(r.bestGuess?.score).toBeLessThan(APPROXIMATE_THRESHOLD);
  });

  it('is deterministic', () => {
    const utterance = 'so what do people say about stopping baclofen';
    expect(nlu.resolve(utterance)).toEqual(nlu.resolve(utterance));
  });

  it('honours a stricter threshold', () => {
    const strict = new Nlu(model, { threshold: 0.99 });
    expect(strict.resolve('what sort of drug is baclofen').intent).toBe('AMAZON.FallbackIntent');
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
