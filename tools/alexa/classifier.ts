/**
 * An intent classifier trained on an interaction model's samples: NLP.js's NluNeural (one
 * perceptron per intent over stemmed word features, with NLP.js's "None" feature for words the
 * samples never use), with the language's own normaliser, tokenizer and stemmer
 * (@nlpjs/lang-en-min, @nlpjs/lang-es).
 *
 * Besides each stemmed word, every pair of adjacent stems is a feature ("side effect", "not
 * wake", "no respir"): word order tells "can I stop it" from "it can stop", and a pair the samples
 * share says more than either word alone. A pair the samples never use is dropped, not counted as
 * an unknown word. Measured by 5-fold cross-validation on the models' samples of the time (tools/nlu-threshold.ts):
 * held-out samples reaching their intent at threshold 0 went from 83.3% to 87.4% (en-US) and 79.8%
 * to 85.4% (es-US); best balanced accuracy 78.8% → 79.7% (en-US), 76.1% → 79.9% (es-US).
 *
 * Every feature's value is 1/√(number of features) instead of 1 (scale() below), in training and
 * classification alike. 10-fold cross-validation on the models of the time (en-US 4,695 samples,
 * es-US 4,275; tools/nlu-threshold.ts, both locales): best balanced accuracy 84.2% → 87.8% (en-US),
 * 81.7% → 82.9% (es-US), pooled 82.9% → 85.3%.
 *
 * NLP.js runs training and classification through async pipelines, although every step is
 * synchronous. The console needs an answer in the same tick (Nlu.resolve is synchronous), so
 * this class runs the same steps in the same order without the pipeline:
 *   train:    prepare each sample (normalize → tokenize → stopwords → stem → features), index
 *             the features per intent (NluNeural.prepareCorpus), add the None sample
 *             (addNoneFeature), train @nlpjs/neural's NeuralNetwork (innerTrain), or read back the
 *             network trained on the same corpus before (trainedNetwork);
 *   classify: prepare → textToFeatures → innerProcess → filterNonActivated →
 *             normalizeClassifications, all NluNeural's own methods.
 * test/nlu.test.ts checks that the result equals NLP.js's own async train() + process() (with
 * NLP.js's own feature values: lengthNormalized false).
 *
 * Console and tools only: never imported by lambda/.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { containerBootstrap, type Container, type NlpInput } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { LangEs } from '@nlpjs/lang-es';
import { NeuralNetwork, type Features, type TrainingItem } from '@nlpjs/neural';
import { NluNeural, type Classification, type NluInput } from '@nlpjs/nlu';

export type { Classification } from '@nlpjs/nlu';

export interface TrainingSample {
  utterance: string;
  intent: string;
}

/** The intent NLP.js answers when the words point nowhere (its "None" feature). */
export const NONE = 'None';

const LANGUAGES: Record<string, unknown> = { en: LangEn, es: LangEs };

/** 'en-US' → 'en'; throws for a language without an NLP.js package here. */
export function languageOf(locale: string): string {
  const language = locale.split(/[-_]/)[0].toLowerCase();
  if (!LANGUAGES[language]) {
    throw new Error(`classifier: no NLP.js language package for locale ${locale} (have: ${Object.keys(LANGUAGES)})`);
  }
  return language;
}

/**
 * Words that say how, not what ("really", "actually"…), which NLP.js's stop-word lists lack:
 * counted as function words next to those lists.
 */
// prettier-ignore
export const FILLER_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['really', 'actually', 'just', 'even', 'ever', 'still', 'always', 'basically', 'honestly',
    'seriously', 'literally', 'definitely', 'probably', 'maybe', 'perhaps', 'possibly', 'pretty', 'quite',
    'kind', 'sort', 'anyway', 'please', 'okay', 'ok', 'yeah', 'hey', 'oh', 'um', 'uh',
    // Interjections and mild swearing: "what the heck is baclofen", "does this damn stuff make you tired".
    'damn', 'dang', 'darn', 'heck', 'freaking', 'frickin', 'friggin', 'fricking', 'effing', 'dude', 'bro', 'yo', 'lol',
    'haha']),
  es: new Set(['realmente', 'solo', 'sólo', 'todavía', 'siempre', 'quizás', 'quizá', 'tal', 'vez', 'bueno',
    'pues', 'oye', 'favor', 'este', 'esta', 'esto', 'eso', 'ese', 'esa', 'eh',
    // Interjecciones y vocativos de cada región: "púchica maje qué es eso", "decime qué es che".
    'maje', 'güey', 'wey', 'guey', 'órale', 'orale', 'púchica', 'puchica', 'híjole', 'hijole', 'ándale', 'andale',
    'asere', 'acho', 'che', 'parce', 'chamo', 'oiga', 'mira', 'mire', 'ay', 'uy', 'pos', 'bro', 'jaja', 'jajaja']),
};

/**
 * The learning rate of the console's second network, the one that chooses among the topics
 * (./nlu.ts, Nlu.approximate). Trained more slowly than NLP.js's own rate (0.6), a network spreads
 * its weight over more of each intent's words instead of the few that tell its samples apart
 * fastest: on the 9,153 blind phrasings of sets 1-19 (never trained on), 0.1 answered 94.9% → 96.7%
 * (en-US) and 94.1% → 95.7% (es-US) right, with far fewer false alarms (56 → 19, 53 → 18) but
 * twice the emergencies missed (16 → 34, 7 → 19). Hence two networks: NLP.js's own rate decides
 * whether a request is a crisis, this one what else it is. 0.2, 0.3 and 0.4 measured a little below.
 */
export const TOPIC_LEARNING_RATE = 0.1;

/** Settings for NLP.js: the None feature on, and no line printed per training epoch. */
export const CLASSIFIER_SETTINGS: Readonly<Record<string, unknown>> = { useNoneFeature: true, log: false };

interface Tokenizer {
  tokenize(text: string, normalize?: unknown): string[];
}
interface Stemmer {
  stem(tokens: string[], input?: unknown): string[];
}
interface Step {
  run(input: NlpInput): NlpInput;
}

export interface ClassifierResult {
  /** NLP.js's classifications, best first; scores sum to 1 (NLP.js squares and normalises them). */
  classifications: Classification[];
  /** The utterance's word features (stemmed, each once; adjacent pairs aside). */
  words: string[];
  /** Those of `words` the training samples never use. */
  unknown: string[];
  /** Those of `words` that stem from a word other than a function word (see isFunctionWord). */
  content: string[];
}

export class IntentClassifier {
  readonly language: string;
  readonly intents: readonly string[];
  private readonly nlu: NluNeural;
  private readonly normalizer: Step;
  private readonly stopwords: Step;
  private readonly tokenizer: Tokenizer;
  private readonly stemmer: Stemmer;
  private readonly stopwordList: { isStopword(word: string): boolean };
  private readonly settings: Record<string, unknown>;
  private readonly adjacentPairs: boolean;
  private readonly lengthNormalized: boolean;

  /**
   * `adjacentPairs: false` leaves out the pairs of adjacent stems: NLP.js's own features, a bag of
   * words. `lengthNormalized: false` gives every feature NLP.js's own value, 1 (see scale()).
   * `learningRate` replaces NLP.js's own (0.6) for training the network (see TOPIC_LEARNING_RATE).
   */
  constructor(
    samples: readonly TrainingSample[],
    options: { locale?: string; adjacentPairs?: boolean; lengthNormalized?: boolean; learningRate?: number } = {},
  ) {
    this.language = languageOf(options.locale ?? 'en-US');
    this.adjacentPairs = options.adjacentPairs ?? true;
    this.lengthNormalized = options.lengthNormalized ?? true;
    const container: Container = containerBootstrap();
    container.use(LANGUAGES[this.language]);
    const rate = options.learningRate === undefined ? {} : { learningRate: options.learningRate };
    this.nlu = new NluNeural({ locale: this.language, ...CLASSIFIER_SETTINGS, ...rate }, container);
    this.settings = this.nlu.settings;
    this.normalizer = container.get('normalize') as Step;
    this.stopwords = container.get('removeStopwords') as Step;
    this.tokenizer = container.get(`tokenizer-${this.language}`) as Tokenizer;
    this.stemmer = container.get(`stemmer-${this.language}`) as Stemmer;
    this.stopwordList = container.get(`stopwords-${this.language}`) as { isStopword(word: string): boolean };
    this.intents = [...new Set(samples.map((s) => s.intent))];
    this.train(samples);
  }

  /** The stemmed word features NLP.js sees in a text (NluNeural.defaultPipelinePrepare, synchronously). */
  features(text: string): Features {
    return this.prepare(text).features;
  }

  /** A function word ("it", "the", "what", "really"…): NLP.js's stop-word list for the language, or FILLER_WORDS. */
  isFunctionWord(word: string): boolean {
    return this.stopwordList.isStopword(word) || FILLER_WORDS[this.language].has(word);
  }

  classify(text: string): ClassifierResult {
    const { features: tokens, content } = this.prepare(text);
    const words = Object.keys(tokens).filter((w) => !isPair(w));
    for (const f of Object.keys(tokens)) if (isPair(f) && !this.knows(f)) delete tokens[f];
    let input: NluInput = { text, locale: this.language, settings: this.settings, tokens };
    input = this.nlu.textToFeatures(input);
    const unknown = words.filter((w) => !(w in input.tokens));
    if (this.lengthNormalized) scale(input.tokens as Features);
    input = this.nlu.innerProcess(input);
    input = this.nlu.filterNonActivated(input);
    input = this.nlu.normalizeClassifications(input);
    return { classifications: input.classifications ?? [], words, unknown, content: [...content] };
  }

  private prepare(text: string): { features: Features; content: Set<string> } {
    const input: NlpInput = { locale: this.language, text, settings: this.settings };
    this.normalizer.run(input);
    input.tokens = this.tokenizer.tokenize(input.text, input).filter((t) => t);
    this.stopwords.run(input);
    const tokens = input.tokens;
    const stems = this.stemmer.stem(tokens, input);
    const features: Features = {};
    const content = new Set<string>();
    stems.forEach((stem, i) => {
      features[stem] = 1;
      if (!this.isFunctionWord(tokens[i])) content.add(stem);
      if (this.adjacentPairs && i > 0) features[pair(stems[i - 1], stem)] = 1;
    });
    return { features, content };
  }

  /** Whether the training samples use a feature. */
  private knows(feature: string): boolean {
    return Boolean((this.nlu as unknown as { features?: Record<string, number> }).features?.[feature]);
  }

  /** NluNeural.prepareCorpus + addNoneFeature + innerTrain, synchronously. */
  private train(samples: readonly TrainingSample[]): void {
    const corpus: TrainingItem[] = [];
    const features: Record<string, number> = {};
    const intents: Record<string, number> = {};
    const intentFeatures: Record<string, Record<string, number>> = {};
    for (const { utterance, intent } of samples) {
      const input = this.features(utterance);
      if (this.lengthNormalized) scale(input);
      corpus.push({ input, output: { [intent]: 1 } });
      intentFeatures[intent] ??= {};
      for (const f of Object.keys(input)) {
        features[f] = 1;
        intentFeatures[intent][f] = 1;
      }
      intents[intent] = 1;
    }
    const featuresToIntent: Record<string, string[]> = {};
    for (const [intent, fs] of Object.entries(intentFeatures)) {
      for (const f of Object.keys(fs)) (featuresToIntent[f] ??= []).push(intent);
    }
    this.nlu.fromJSON({ settings: {}, features, intents, intentFeatures, featuresToIntent });
    // fromJSON fixes the intent list without "None"; after train() NLP.js derives it on first use, with "None".
    this.nlu.intentsArr = undefined;
    if (this.settings.useNoneFeature) corpus.push({ input: { nonefeature: 1 }, output: { [NONE]: 1 } });
    this.nlu.neuralNetwork = trainedNetwork(corpus, { ...this.settings });
  }
}

/**
 * Where trained networks are kept between runs (node_modules/.cache, where build tools keep theirs);
 * NLU_CACHE_DIR moves it, NLU_CACHE_DIR=off trains every time.
 */
export function networkCacheDir(): string | undefined {
  const dir = process.env.NLU_CACHE_DIR ?? join(__dirname, '..', '..', 'node_modules', '.cache', 'baclofen-guide-nlu');
  return dir === 'off' ? undefined : dir;
}
/**
 * Networks kept at most, the least recently used dropped first: the two locales' models (two
 * networks each, about 4 MB apiece) and the small ones the tests train (test/nlu.test.ts alone
 * trains ten). With twelve, kept by the time they were written, one run of test/nlu.test.ts on a
 * cold cache dropped the locales' networks that the global setup had just trained, and the next
 * suite's first conversation spent over a minute training them again (a test timeout in texting).
 */
const CACHED_NETWORKS = 40;

/**
 * The network for a corpus: read back when the same corpus was trained before with the same
 * settings, else trained (deterministically: NLP.js starts every weight at zero) and kept. Training
 * on a model's ~5,000 samples takes about 20 s; reading it back, well under one. A cache that
 * cannot be read or written is only skipped.
 */
function trainedNetwork(corpus: TrainingItem[], settings: Record<string, unknown>): NeuralNetwork {
  const network = new NeuralNetwork({ ...settings });
  const dir = networkCacheDir();
  if (!dir) {
    network.train(corpus);
    return network;
  }
  const key = createHash('sha256')
    .update(JSON.stringify([NETWORK_FORMAT, settings, corpus]))
    .digest('hex');
  const file = join(dir, `${key}.json`);
  try {
    network.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // Not kept yet, or unreadable: train below.
    return trainAndKeep(network, corpus, dir, file);
  }
  try {
    // Marked as used, so the least recently used network is the one dropped, not the oldest written.
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only directory: the network is still good.
  }
  return network;
}

/** Trains a network and keeps it in the cache directory, dropping the least recently used past CACHED_NETWORKS. */
function trainAndKeep(network: NeuralNetwork, corpus: TrainingItem[], dir: string, file: string): NeuralNetwork {
  network.train(corpus);
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(network.toJSON()));
    renameSync(partial, file);
    const kept = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of kept.slice(CACHED_NETWORKS)) unlinkSync(join(dir, f));
  } catch {
    // A read-only or shared directory: the network is trained again next time.
  }
  return network;
}

/** Changes when what is kept changes shape: the NLP.js neural package's version and this file's format. */
const NETWORK_FORMAT = `nlpjs-neural-${
  (JSON.parse(readFileSync(require.resolve('@nlpjs/neural/package.json'), 'utf8')) as { version: string }).version
}-1`;

/** The feature for two adjacent stems (a space never occurs inside a stem). */
function pair(a: string, b: string): string {
  return `${a} ${b}`;
}

function isPair(feature: string): boolean {
  return feature.includes(' ');
}

/**
 * Every feature but NLP.js's none feature set to 1/√(their number), in training and in
 * classification alike: each word of a long request weighs less, as in a length-normalised
 * bag of words. Without it, a long request ("the doctor gave my granddaughter something called
 * baclofen and I never heard of it, what exactly is that") sums the small negative weights every
 * intent's perceptron gives words of other intents until no intent is active and NLP.js answers
 * "None".
 */
function scale(features: Features): void {
  const keys = Object.keys(features).filter((k) => k !== 'nonefeature');
  const value = 1 / Math.sqrt(keys.length || 1);
  for (const k of keys) features[k] = value;
}
