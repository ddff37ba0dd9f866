/** Checks shared by the interaction-model suites of every locale. */
export interface ModelIntentLike {
  name: string;
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
