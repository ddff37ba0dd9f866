// NLP.js ships no type declarations: the parts tools/alexa/classifier.ts uses, typed by hand
// from @nlpjs/* 4.2x sources.

declare module '@nlpjs/core' {
  export interface NlpInput {
    locale?: string;
    text: string;
    tokens?: string[];
    settings?: Record<string, unknown>;
  }
  export interface Container {
    use(plugin: unknown): void;
    get(name: string): unknown;
  }
  export function containerBootstrap(): Container;
}

declare module '@nlpjs/neural' {
  export type Features = Record<string, number>;
  export interface TrainingItem {
    input: Features;
    output: Record<string, number>;
  }
  export class NeuralNetwork {
    constructor(settings?: Record<string, unknown>);
    train(corpus: TrainingItem[]): { iterations: number; error: number };
    run(input: Features): Record<string, number> | undefined;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}

declare module '@nlpjs/nlu' {
  import type { Container } from '@nlpjs/core';
  import type { Features, NeuralNetwork } from '@nlpjs/neural';

  export interface Classification {
    intent: string;
    score: number;
  }
  /** The object NLP.js passes down its processing pipeline. */
  export interface NluInput {
    text?: string;
    locale?: string;
    settings: Record<string, unknown>;
    tokens: Features;
    classifications?: Classification[];
  }
  export class NluNeural {
    constructor(settings: Record<string, unknown>, container: Container);
    settings: Record<string, unknown>;
    neuralNetwork?: NeuralNetwork;
    intentsArr?: string[];
    train(corpus: Array<{ utterance: string; intent: string }>): Promise<unknown>;
    process(utterance: string): Promise<{ classifications: Classification[] }>;
    fromJSON(json: {
      settings: Record<string, unknown>;
      features: Record<string, number>;
      intents: Record<string, number>;
      intentFeatures: Record<string, Record<string, number>>;
      featuresToIntent: Record<string, string[]>;
    }): void;
    textToFeatures(input: NluInput): NluInput;
    innerProcess(input: NluInput): NluInput;
    filterNonActivated(input: NluInput): NluInput;
    normalizeClassifications(input: NluInput): NluInput;
  }
}

declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
  export class StopwordsEn {
    isStopword(word: string): boolean;
  }
}

declare module '@nlpjs/lang-es' {
  export const LangEs: unknown;
  export class StopwordsEs {
    isStopword(word: string): boolean;
  }
}
