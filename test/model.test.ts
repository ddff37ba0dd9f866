import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handler } from '../lambda';
import { topicIntents } from '../lambda/topicIntents';
import { intentRequest } from '../tools/alexa/requests';
import { captureLogs } from './support/logCapture';
import { sampleClashes, sampleFormProblems } from './support/model';

interface Intent {
  name: string;
  slots?: { name: string; type: string }[];
  samples?: string[];
}
const root = join(__dirname, '..');
const model = JSON.parse(readFileSync(join(root, 'skill-package/interactionModels/custom/en-US.json'), 'utf8'))
  .interactionModel.languageModel as {
  invocationName: string;
  intents: Intent[];
  types: { name: string; values: { id?: string; name: { value: string; synonyms?: string[] } }[] }[];
};
const manifest = JSON.parse(readFileSync(join(root, 'skill-package/skill.json'), 'utf8')).manifest;
const custom = model.intents.filter((i) => !i.name.startsWith('AMAZON.'));

/** Intent names the handlers ask for, read from their source: `isIntent(input, 'A', 'B')` and the topic map. */
function intentsNamedByHandlers(): string[] {
  const dir = join(root, 'lambda/handlers');
  const names = new Set(Object.keys(topicIntents));
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const call of source.matchAll(/isIntent\(\s*input,([^)]*)\)/g))
      for (const literal of call[1].matchAll(/'([A-Za-z.]+)'/g)) names.add(literal[1]);
  }
  return [...names];
}

describe('interaction model (en-US)', () => {
  it('has an invocation name of two or more lower-case words with no launch or wake word', () => {
    const words = model.invocationName.split(' ');
    expect(model.invocationName).toMatch(/^[a-z]+( [a-z]+)+$/);
    for (const banned of ['alexa', 'echo', 'amazon', 'ask', 'open', 'tell', 'launch', 'start', 'begin', 'skill', 'app'])
      expect(words).not.toContain(banned);
  });

  it('declares the required built-in intents', () => {
    const names = model.intents.map((i) => i.name);
    for (const builtIn of [
      'Help',
      'Stop',
      'Cancel',
      'Fallback',
      'NavigateHome',
      'Repeat',
      'Yes',
      'No',
      'More',
      'Next',
      'StartOver',
    ])
      expect(names).toContain(`AMAZON.${builtIn}Intent`);
  });

  it.each(custom.map((i) => [i.name, i.samples?.length ?? 0]))('%s has at least 30 samples (%i)', (_name, count) => {
    expect(count).toBeGreaterThanOrEqual(30);
  });

  it('puts no sample in two intents, and none twice in one', () => {
    expect(sampleClashes(model.intents)).toEqual([]);
  });

  it('writes samples as Alexa accepts them: lower-case words, apostrophes, declared slots', () => {
    expect(sampleFormProblems(model, /^[a-z' {}]+$/)).toEqual([]);
  });

  it('uses example phrases that are samples of the model, the first one opening the skill', () => {
    const phrases: string[] = manifest.publishingInformation.locales['en-US'].examplePhrases;
    expect(phrases[0]).toBe(`Alexa, open ${model.invocationName}`);
    // A sample matches when its {slot}s are filled with a value or synonym of the slot's type.
    const patterns = model.intents.flatMap((intent) =>
      (intent.samples ?? []).map((sample) => {
        const source = sample.replace(/\{(\w+)\}/g, (_, name: string) => {
          const type = model.types.find((t) => t.name === intent.slots?.find((slot) => slot.name === name)?.type);
          const words = (type?.values ?? []).flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]);
          return `(?:${words.join('|')})`;
        });
        return new RegExp(`^${source}$`);
      }),
    );
    for (const phrase of phrases.slice(1)) {
      const match = phrase.match(new RegExp(`^Alexa, ask ${model.invocationName} (.+)$`));
      expect(match).not.toBeNull();
      expect(patterns.some((p) => p.test(match![1]))).toBe(true);
    }
  });

  it('knows baclofen by its brands and likely mishearings, all one value of the drug slot', () => {
    const drug = model.types.find((t) => t.name === 'DrugType')!;
    expect(drug.values.map((v) => v.id)).toEqual(['BACLOFEN', 'OTHER_MEDICINE']);
    expect(drug.values[0].name.value).toBe('baclofen');
    for (const name of [
      'lioresal',
      'ozobax',
      'fleqsuvy',
      'lyvispah',
      'gablofen',
      'kemstro',
      'back low fen',
      'baclophen',
      // Mishearings of the brands, as a recognizer splits them into words:
      'oh zo backs',
      'flek soo vee',
      'lie vis pa',
      'gab low fen',
      'chem stro',
    ])
      expect(drug.values[0].name.synonyms).toContain(name);
  });

  it('knows other medicines by name as one more value of the drug slot, none of them a name of baclofen', () => {
    const drug = model.types.find((t) => t.name === 'DrugType')!;
    const other = drug.values.find((v) => v.id === 'OTHER_MEDICINE')!;
    const names = [other.name.value, ...(other.name.synonyms ?? [])];
    for (const name of ['tizanidine', 'gabapentin', 'ibuprofen', 'xanax', 'oxycodone']) expect(names).toContain(name);
    const baclofen = [drug.values[0].name.value, ...(drug.values[0].name.synonyms ?? [])];
    expect(names.filter((n) => baclofen.includes(n))).toEqual([]);
  });

  // Every topic about baclofen itself (not the one about Summit Helps).
  const drugTopics = Object.keys(topicIntents).filter((name) => name !== 'AboutSummitHelpsIntent');
  it.each(drugTopics)('%s takes the drug slot, with samples that name it and samples that do not', (name) => {
    const intent = model.intents.find((i) => i.name === name)!;
    expect(intent.slots?.find((s) => s.name === 'drug')?.type).toBe('DrugType');
    const samples = intent.samples ?? [];
    expect(samples.filter((s) => s.includes('{drug}')).length).toBeGreaterThanOrEqual(5);
    expect(samples.filter((s) => !s.includes('{')).length).toBeGreaterThanOrEqual(5);
  });

  it('ends the session on thanks and goodbyes, as AMAZON.StopIntent samples', () => {
    const stop = model.intents.find((i) => i.name === 'AMAZON.StopIntent')!.samples ?? [];
    for (const closer of ['thanks', "thank you that's all", 'bye', "i'm done", "that's it"])
      expect(stop).toContain(closer);
  });

  it('signs up for name-free requests in the manifest', () => {
    expect(manifest.apis.custom.interfaces).toContainEqual({ type: 'CAN_FULFILL_INTENT_REQUEST' });
  });

  it('has a handler for every intent it declares', async () => {
    process.env.LOG_LEVEL = 'info';
    const logs = captureLogs();
    try {
      for (const intent of model.intents) await handler(intentRequest(intent.name, {}));
    } finally {
      logs.restore();
      delete process.env.LOG_LEVEL;
    }
    const outcomes = logs.entries().filter((l) => l.event === 'request');
    expect(outcomes).toHaveLength(model.intents.length);
    const unhandled = outcomes.filter((l) => l.outcome === 'unhandled' || l.outcome === 'error').map((l) => l.intent);
    expect(unhandled).toEqual([]);
  });

  it('declares every intent a handler asks for', () => {
    const declared = new Set(model.intents.map((i) => i.name));
    expect(intentsNamedByHandlers().filter((name) => !declared.has(name))).toEqual([]);
  });
});
