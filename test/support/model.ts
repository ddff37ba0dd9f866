/** Checks shared by the interaction-model suites of every locale. */
export interface ModelIntentLike {
  name: string;
  slots?: { name: string; type: string }[];
  samples?: string[];
}

/** Samples that sit in two intents (or twice in one): Alexa's build refuses the model. */
export function sampleClashes(intents: readonly ModelIntentLike[]): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const intent of intents)
    for (const sample of intent.samples ?? []) {
      if (owner.has(sample)) clashes.push(`"${sample}": ${owner.get(sample)} and ${intent.name}`);
      owner.set(sample, intent.name);
    }
  return clashes;
}

/**
 * Samples Alexa's build would refuse: characters outside the language's lower-case words (`sample`
 * matches the whole sample), a {slot} the intent does not declare, a slot type the model lacks.
 */
export function sampleFormProblems(
  model: { intents: readonly ModelIntentLike[]; types: readonly { name: string }[] },
  sample: RegExp,
): string[] {
  const bad: string[] = [];
  for (const intent of model.intents) {
    const slots = new Set((intent.slots ?? []).map((s) => s.name));
    for (const text of intent.samples ?? []) {
      if (!sample.test(text)) bad.push(`${intent.name}: "${text}"`);
      for (const ref of text.matchAll(/\{(\w+)\}/g))
        if (!slots.has(ref[1])) bad.push(`${intent.name}: undeclared slot {${ref[1]}}`);
    }
    for (const slot of intent.slots ?? [])
      if (!slot.type.startsWith('AMAZON.') && !model.types.some((t) => t.name === slot.type))
        bad.push(`${intent.name}: slot type ${slot.type} not defined`);
  }
  return bad;
}
