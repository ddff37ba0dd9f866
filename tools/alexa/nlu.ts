/**
 * A stand-in for Alexa's natural-language understanding, driven by the skill's own
 * interaction model (skill-package/interactionModels/custom/en-US.json).
 *
 * Order of matching, first hit wins:
 *   1. exact      — the utterance equals a sample of the model (literal samples before samples
 *                   with slots; model order otherwise). A custom-type slot matches any value or
 *                   synonym of its type (longest first) and resolves to ER_SUCCESS_MATCH with the
 *                   canonical value and id; an AMAZON.* slot matches free words (AMAZON.NUMBER:
 *                   digits or number words, sent as digits).
 *   2. builtin    — a table of common phrases for the AMAZON.* intents ("stop", "yes please",
 *                   "say that again"…), used only for intents the model declares.
 *   3. exact      — "open slot": a sample whose custom-type slot is filled with one or two words
 *                   that are not in the catalogue ("my roommate's dog took too much"); Alexa
 *                   fills such slots too, with ER_SUCCESS_NO_MATCH.
 *   4. approximate — token-overlap scoring (see `scoreSample`) for phrasings the samples do not
 *                   spell out, as Alexa's statistical model would still resolve them.
 *   5. fallback   — AMAZON.FallbackIntent, where Alexa routes out-of-domain speech.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Slot } from 'ask-sdk-model';

// ---------------------------------------------------------------------------------------------
// Interaction model shape (the parts this matcher reads)

export interface ModelSlot {
  name: string;
  type: string;
  samples?: string[];
}

export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}

export interface ModelSlotTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

export interface ModelSlotType {
  name: string;
  values: ModelSlotTypeValue[];
}

export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntent[];
      types?: ModelSlotType[];
    };
    dialog?: unknown;
    prompts?: unknown;
  };
}

export const DEFAULT_MODEL_PATH = 'skill-package/interactionModels/custom/en-US.json';

/** Reads an interaction model file (default: the en-US model, relative to the working directory). */
export function loadModel(path: string = DEFAULT_MODEL_PATH): InteractionModel {
  const file = resolvePath(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`Nlu: cannot read the interaction model at ${file}: ${(err as Error).message}`);
  }
  let model: InteractionModel;
  try {
    model = JSON.parse(text) as InteractionModel;
  } catch (err) {
    throw new Error(`Nlu: the interaction model at ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(model?.interactionModel?.languageModel?.intents)) {
    throw new Error(`Nlu: ${file} has no interactionModel.languageModel.intents`);
  }
  return model;
}

// ---------------------------------------------------------------------------------------------
// Results

export type MatchKind = 'exact' | 'approximate' | 'builtin' | 'fallback';

export interface Resolution {
  intent: string;
  /** Every slot the intent declares, in the ask-sdk-model Slot shape (unfilled ones have no value). */
  slots: Record<string, Slot>;
  match: MatchKind;
  /** 1 for exact and builtin matches; the approximate score (0–1) of the best intent otherwise. */
  score: number;
  /** The sample (or built-in phrase) that decided the match, for debugging. */
  sample?: string;
  /** For approximate and fallback: the best-scoring intent, even when it did not clear the threshold. */
  bestGuess?: { intent: string; score: number; sample: string };
}

export type Invocation =
  | { kind: 'launch' }
  | { kind: 'oneshot'; utterance: string }
  | { kind: 'exit' }
  | { kind: 'utterance'; utterance: string };

// ---------------------------------------------------------------------------------------------
// Text handling

/** Lower case, punctuation (other than apostrophes inside words) to spaces, spaces collapsed. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const escapeRegex = (s: string): string => s.replace(ESCAPE, '\\$&');

// prettier-ignore
const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
// prettier-ignore
const TENS = [
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const NUMBER_WORD = `(?:${[...UNITS, ...TENS, ...Object.keys(SCALES)].join('|')})`;
const NUMBER_PATTERN = `(?:\\d+|${NUMBER_WORD}(?: (?:and )?${NUMBER_WORD})*)`;

/** "two hundred and five" → "205"; digits pass through; "nine one one" → "911" (digit by digit). */
export function wordsToNumber(text: string): string {
  const words = text.split(' ').filter((w) => w !== 'and');
  if (words.every((w) => /^\d+$/.test(w))) return words.join('');
  // A run of single digits ("nine one one") is read digit by digit, as Alexa does.
  if (words.length > 1 && words.every((w) => UNITS.indexOf(w) >= 0 && UNITS.indexOf(w) < 10)) {
    return words.map((w) => String(UNITS.indexOf(w))).join('');
  }
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (/^\d+$/.test(w)) current += Number(w);
    else if (UNITS.includes(w)) current += UNITS.indexOf(w);
    else if (TENS.includes(w)) current += (TENS.indexOf(w) + 2) * 10;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (SCALES[w]) {
      total += (current || 1) * SCALES[w];
      current = 0;
    } else return text;
  }
  return String(total + current);
}

// ---------------------------------------------------------------------------------------------
// Built-in intents: common phrases Alexa's own model maps to them

// prettier-ignore
export const BUILTIN_PHRASES: Record<string, readonly string[]> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'what can i say', 'i need help', 'help please'],
  'AMAZON.StopIntent': ['stop', 'quit', 'shut up', 'stop it', 'be quiet', 'off', 'enough', "that's enough",
    'stop talking'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'nevermind', 'cancel that', 'forget it'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'please', 'yes please',
    'sure thing', 'of course', 'yes i do', 'i do', 'go ahead', 'definitely', 'absolutely', 'alright',
    'all right', 'yeah sure'],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'not now', 'nah', "i don't", "no i don't",
    'not really', "that's all", 'no way'],
  'AMAZON.RepeatIntent': ['repeat', 'say that again', 'again', 'what did you say', 'repeat that', 'pardon',
    'pardon me', 'come again', 'repeat please', 'can you repeat that', 'say it again', 'one more time',
    'sorry what'],
  'AMAZON.MoreIntent': ['more', 'tell me more', 'keep going', 'continue', 'go on', 'more please',
    'what else'],
  'AMAZON.NextIntent': ['next', 'next one', 'skip', 'skip it', 'next please'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'go back to the beginning', 'start again',
    'from the beginning', 'begin again'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'main menu'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back'],
  'AMAZON.PauseIntent': ['pause'],
  'AMAZON.ResumeIntent': ['resume'],
};

/** The built-in intent a phrase belongs to in the table above, if any (ignores the model). */
export function builtinIntentFor(utterance: string): string | undefined {
  const text = normalize(utterance);
  for (const [intent, phrases] of Object.entries(BUILTIN_PHRASES)) {
    if (phrases.includes(text)) return intent;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Invocation forms

const LAUNCH_VERBS = 'open|start|launch|begin|load|run|play|use';
const EXIT_PHRASES = new Set(['exit', 'goodbye', 'good bye', 'exit skill', 'exit the skill']);

/**
 * Recognises how the skill is invoked: "open baclofen guide" (launch), "ask baclofen guide about
 * X" / "tell baclofen guide to X" / "open baclofen guide and X" / "X using baclofen guide"
 * (one-shot with X), "exit" / "goodbye" (end the session). An optional leading "alexa" is dropped.
 * Anything else is a plain utterance for the open session.
 */
export function parseInvocation(utterance: string, invocationName: string): Invocation {
  let text = normalize(utterance);
  text = text.replace(/^alexa\b ?/, '');
  if (EXIT_PHRASES.has(text)) return { kind: 'exit' };
  const name = escapeRegex(normalize(invocationName));
  const forms: Array<[RegExp, (m: RegExpMatchArray) => Invocation]> = [
    [new RegExp(`^(?:${LAUNCH_VERBS}|ask|tell) (?:the )?${name}$`), () => ({ kind: 'launch' })],
    [new RegExp(`^(?:${LAUNCH_VERBS}) (?:the )?${name} and (.+)$`), (m) => ({ kind: 'oneshot', utterance: m[1] })],
    [
      new RegExp(`^ask (?:the )?${name} (?:(?:about|to|for|if|whether) )?(.+)$`),
      (m) => ({ kind: 'oneshot', utterance: m[1] }),
    ],
    [new RegExp(`^tell (?:the )?${name} (?:(?:to|that) )?(.+)$`), (m) => ({ kind: 'oneshot', utterance: m[1] })],
    [new RegExp(`^(.+) (?:using|with|from|on) (?:the )?${name}$`), (m) => ({ kind: 'oneshot', utterance: m[1] })],
  ];
  for (const [pattern, make] of forms) {
    const m = text.match(pattern);
    if (m) return make(m);
  }
  return { kind: 'utterance', utterance: text };
}

// ---------------------------------------------------------------------------------------------
// Approximate matching: tokens, weights, scores

/** Filler and function words that carry no intent. Question words ("what", "how") stay. */
// prettier-ignore
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'um', 'uh', 'er', 'erm', 'hmm', 'so', 'well', 'oh', 'hey', 'alexa', 'please',
  'just', 'really', 'actually', 'anyway', 'exactly', 'even', 'like', 'basically', 'ok', 'okay',
  'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'some', 'thing', 'stuff',
]);

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\b(what|it|that|there|he|she|who|where|how|here|this)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  [/'/g, ''],
];

/** A deliberately small suffix stripper: plurals, -ing, -ed, a final e ("taking"/"takes" → "tak"). */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Normalised text → content tokens: contractions expanded, stop words dropped, stemmed. */
export function contentTokens(normalized: string): string[] {
  let text = normalized;
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  return text
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w))
    .map(stem);
}

/**
 * Approximate matching — the algorithm, kept simple and deterministic:
 *
 *  - Each custom intent's samples become token sets (contentTokens of the literal words).
 *  - Each token gets an inverse-document-frequency weight over the custom intents:
 *      weight(t) = ln(1 + N / df(t))   (N = custom intents, df = intents whose samples use t)
 *    so "baclofen", present everywhere, weighs ~0.7 while "withdrawal" weighs ~2.9. Words the
 *    model never uses weigh UNKNOWN_WEIGHT (2.0, like a word two intents share): they dilute a
 *    score without pointing anywhere, so "what's the weather" does not ride on "what is".
 *  - A sample's score against the utterance is the weighted Dice coefficient (the harmonic mean
 *    of "how much of the sample was said" and "how much of what was said is in the sample"):
 *      score = 2·W(U ∩ S) / (W(U) + W(S))
 *    A `{slot}` in the sample whose type has a value in the utterance counts as one shared token
 *    of weight SLOT_WEIGHT (the value's own words leave U); an unfilled slot counts for nothing.
 *  - A sample scores 0 if the utterance says words the sample lacks and the two share no
 *    distinctive word (one used by at most DISTINCTIVE_SHARE = 3/4 of the custom intents) and no
 *    slot value: "what time is it" shares only common words with "what is it".
 *  - An intent's score is its best sample's score. The best intent wins if its score is at least
 *    APPROXIMATE_THRESHOLD; ties go to the intent declared first. Otherwise: FallbackIntent.
 *  - Built-in (AMAZON.*) intents take part only through exact samples and the phrase table.
 */
export const APPROXIMATE_THRESHOLD = 0.5;
const UNKNOWN_WEIGHT = 2.0;
const DISTINCTIVE_SHARE = 0.75;
const SLOT_WEIGHT = 2.0;

// ---------------------------------------------------------------------------------------------
// Compiled model

interface CompiledSample {
  intent: string;
  text: string;
  regex: RegExp;
  /** Slot names in the order of the regex groups. */
  slotOrder: string[];
  hasCustomSlot: boolean;
  literalOnly: boolean;
  /** For open-slot matching: the same sample with custom-type slots as one or two free words. */
  openRegex?: RegExp;
  /** Content tokens of the literal words, for approximate matching. */
  tokens: Set<string>;
}

interface CatalogEntry {
  id?: string;
  name: string;
}

export interface NluOptions {
  /** Used in the entity-resolution authority; defaults to env SKILL_ID or the console's placeholder. */
  applicationId?: string;
  /** Override APPROXIMATE_THRESHOLD. */
  threshold?: number;
}

const FREE_WORDS = '[^ ]+(?: [^ ]+)*';
const OPEN_SLOT_WORDS = '[^ ]+(?: [^ ]+)?';

export class Nlu {
  readonly invocationName: string;
  readonly threshold: number;
  private readonly applicationId: string;
  private readonly intents: ModelIntent[];
  private readonly slotTypes = new Map<
    string,
    { patterns: string; lookup: Map<string, CatalogEntry[]>; phrases: string[] }
  >();
  private readonly samples: CompiledSample[] = [];
  private readonly builtins = new Map<string, string>();
  private readonly weights = new Map<string, number>();
  private readonly distinctive = new Set<string>();

  constructor(model: InteractionModel, options: NluOptions = {}) {
    const lm = model.interactionModel.languageModel;
    this.invocationName = lm.invocationName;
    this.intents = lm.intents;
    this.threshold = options.threshold ?? APPROXIMATE_THRESHOLD;
    this.applicationId =
      options.applicationId ?? process.env.SKILL_ID ?? 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

    for (const type of lm.types ?? []) this.compileSlotType(type);
    for (const intent of lm.intents) {
      for (const sample of intent.samples ?? []) this.samples.push(this.compileSample(intent, sample));
    }
    // Literal samples are tried before samples with slots; otherwise model order.
    this.samples.sort((a, b) => Number(b.literalOnly) - Number(a.literalOnly));

    const declared = new Set(lm.intents.map((i) => i.name));
    for (const [intent, phrases] of Object.entries(BUILTIN_PHRASES)) {
      if (!declared.has(intent)) continue;
      for (const phrase of phrases) if (!this.builtins.has(phrase)) this.builtins.set(phrase, intent);
    }
    this.computeWeights();
  }

  parseInvocation(utterance: string): Invocation {
    return parseInvocation(utterance, this.invocationName);
  }

  /** The first sample whose pattern (`pick`) matches `text`, as an exact match with its slots. */
  private firstSampleMatch(text: string, pick: (sample: CompiledSample) => RegExp | undefined): Resolution | undefined {
    for (const sample of this.samples) {
      const m = pick(sample)?.exec(text);
      if (m)
        return {
          intent: sample.intent,
          slots: this.fillSlots(sample, m),
          match: 'exact',
          score: 1,
          sample: sample.text,
        };
    }
    return undefined;
  }

  resolve(utterance: string): Resolution {
    const text = normalize(utterance);
    if (!text) return this.fallback(0);

    const exact = this.firstSampleMatch(text, (sample) => sample.regex);
    if (exact) return exact;

    const builtin = this.builtins.get(text);
    if (builtin) return { intent: builtin, slots: {}, match: 'builtin', score: 1, sample: text };

    const openSlot = this.firstSampleMatch(text, (sample) => sample.openRegex);
    if (openSlot) return openSlot;

    return this.approximate(text);
  }

  /** Scores of every custom intent for an utterance, best first (for debugging and tuning). */
  scores(utterance: string): Array<{ intent: string; score: number; sample: string }> {
    const text = normalize(utterance);
    const found = this.findSlotValues(text);
    const said = new Set(contentTokens(text));
    const best = new Map<string, { intent: string; score: number; sample: string }>();
    for (const sample of this.samples) {
      if (sample.intent.startsWith('AMAZON.')) continue;
      const score = this.scoreSample(sample, text, said, found);
      const prev = best.get(sample.intent);
      if (!prev || score > prev.score) best.set(sample.intent, { intent: sample.intent, score, sample: sample.text });
    }
    const order = new Map(this.intents.map((i, n) => [i.name, n]));
    return [...best.values()].sort((a, b) => b.score - a.score || order.get(a.intent)! - order.get(b.intent)!);
  }

  // -------------------------------------------------------------------------------------------

  private compileSlotType(type: ModelSlotType): void {
    const lookup = new Map<string, CatalogEntry[]>();
    for (const v of type.values) {
      const entry: CatalogEntry = { id: v.id, name: v.name.value };
      for (const phrase of [v.name.value, ...(v.name.synonyms ?? [])]) {
        const key = normalize(phrase);
        if (!key) continue;
        const list = lookup.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        lookup.set(key, list);
      }
    }
    const phrases = [...lookup.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    this.slotTypes.set(type.name, { patterns: phrases.map(escapeRegex).join('|'), lookup, phrases });
  }

  private slotPattern(slotType: string | undefined, open: boolean): { pattern: string; custom: boolean } {
    if (slotType === 'AMAZON.NUMBER') return { pattern: NUMBER_PATTERN, custom: false };
    const custom = slotType !== undefined && this.slotTypes.has(slotType);
    if (custom && open) return { pattern: OPEN_SLOT_WORDS, custom };
    if (custom) return { pattern: this.slotTypes.get(slotType)!.patterns || '(?!)', custom };
    return { pattern: FREE_WORDS, custom: false };
  }

  private compileSample(intent: ModelIntent, sample: string): CompiledSample {
    const slotTypes = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    const parts = sample.split(/(\{[^}]+\})/);
    const slotOrder: string[] = [];
    let hasCustomSlot = false;
    const build = (open: boolean): string => {
      const source = parts
        .map((part) => {
          const slot = /^\{([^}]+)\}$/.exec(part);
          if (!slot) {
            // Keep a boundary where the sample has one: "{person}'s" vs "my {person}".
            const lead = /^\s/.test(part) ? ' ' : '';
            const trail = /\s$/.test(part) ? ' ' : '';
            const words = normalize(part);
            return words ? `${lead}${escapeRegex(words)}${trail}` : lead || trail;
          }
          const { pattern, custom } = this.slotPattern(slotTypes.get(slot[1]), open);
          if (!open) slotOrder.push(slot[1]);
          hasCustomSlot ||= custom;
          return `(${pattern})`;
        })
        .join('')
        .replace(/ {2,}/g, ' ')
        .trim();
      return `^${source}$`;
    };
    const regex = new RegExp(build(false), 'u');
    const literal = normalize(sample.replace(/\{[^}]+\}/g, ' '));
    const literalOnly = slotOrder.length === 0;
    // An open slot needs a carrier phrase of real words around it, or it would swallow anything.
    const carrier = contentTokens(literal);
    const openRegex = hasCustomSlot && carrier.length >= 2 ? new RegExp(build(true), 'u') : undefined;
    return {
      intent: intent.name,
      text: sample,
      regex,
      slotOrder,
      hasCustomSlot,
      literalOnly,
      openRegex,
      tokens: new Set(carrier),
    };
  }

  private computeWeights(): void {
    const custom = this.intents.filter((i) => !i.name.startsWith('AMAZON.'));
    const df = new Map<string, number>();
    for (const intent of custom) {
      const seen = new Set<string>();
      for (const sample of this.samples) if (sample.intent === intent.name) sample.tokens.forEach((t) => seen.add(t));
      seen.forEach((t) => df.set(t, (df.get(t) ?? 0) + 1));
    }
    const n = Math.max(custom.length, 1);
    for (const [token, count] of df) {
      this.weights.set(token, Math.log(1 + n / count));
      if (count <= n * DISTINCTIVE_SHARE) this.distinctive.add(token);
    }
  }

  private weight(token: string): number {
    return this.weights.get(token) ?? UNKNOWN_WEIGHT;
  }

  private authority(typeName: string): string {
    return `amzn1.er-authority.echo-sdk.${this.applicationId}.${typeName}`;
  }

  private slotsOf(intentName: string): ModelSlot[] {
    return this.intents.find((i) => i.name === intentName)?.slots ?? [];
  }

  /** All declared slots of the intent, unfilled, in the shape Alexa sends. */
  private emptySlots(intentName: string): Record<string, Slot> {
    const slots: Record<string, Slot> = {};
    for (const s of this.slotsOf(intentName)) slots[s.name] = { name: s.name, confirmationStatus: 'NONE' };
    return slots;
  }

  /** A filled slot as Alexa sends it: value, resolutions for custom types, and the newer slotValue. */
  private makeSlot(slot: ModelSlot, spoken: string): Slot {
    const value = slot.type === 'AMAZON.NUMBER' ? wordsToNumber(spoken) : spoken;
    const type = this.slotTypes.get(slot.type);
    const entries = type?.lookup.get(spoken);
    const resolutions: Slot['resolutions'] = type
      ? {
          resolutionsPerAuthority: [
            entries
              ? {
                  authority: this.authority(slot.type),
                  status: { code: 'ER_SUCCESS_MATCH' },
                  values: entries.map((e) => ({ value: { name: e.name, id: e.id ?? '' } })),
                }
              : { authority: this.authority(slot.type), status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
          ],
        }
      : undefined;
    return {
      name: slot.name,
      value,
      confirmationStatus: 'NONE',
      source: 'USER',
      ...(resolutions ? { resolutions } : {}),
      slotValue: { type: 'Simple', value, ...(resolutions ? { resolutions } : {}) },
    } as Slot;
  }

  private fillSlots(sample: CompiledSample, m: RegExpExecArray): Record<string, Slot> {
    const slots = this.emptySlots(sample.intent);
    const declared = this.slotsOf(sample.intent);
    sample.slotOrder.forEach((name, i) => {
      const spoken = m[i + 1];
      const def = declared.find((s) => s.name === name) ?? { name, type: 'AMAZON.SearchQuery' };
      if (spoken !== undefined) slots[name] = this.makeSlot(def, spoken);
    });
    return slots;
  }

  /** Catalogue values found in the utterance, per custom slot type (longest phrase first). */
  private findSlotValues(text: string): Map<string, string> {
    const found = new Map<string, string>();
    const padded = ` ${text} `;
    for (const [typeName, type] of this.slotTypes) {
      const phrase = type.phrases.find((p) => padded.includes(` ${p} `));
      if (phrase) found.set(typeName, phrase);
    }
    return found;
  }

  private scoreSample(sample: CompiledSample, text: string, saidAll: Set<string>, found: Map<string, string>): number {
    let remaining = ` ${text} `;
    let shared = 0;
    let sampleWeight = 0;
    let utteranceWeight = 0;
    const intentSlots = this.slotsOf(sample.intent);
    for (const slotName of sample.slotOrder) {
      const type = intentSlots.find((s) => s.name === slotName)?.type;
      const value = type ? found.get(type) : undefined;
      if (!value || !remaining.includes(` ${value} `)) continue;
      remaining = remaining.replace(` ${value} `, ' ');
      shared += SLOT_WEIGHT;
      sampleWeight += SLOT_WEIGHT;
      utteranceWeight += SLOT_WEIGHT;
    }
    // The utterance's tokens, less the words of any slot value credited above.
    const said = shared > 0 ? new Set(contentTokens(remaining.trim())) : saidAll;
    let distinctive = shared > 0; // a credited slot value is distinctive enough
    let unshared = false;
    for (const t of said) {
      utteranceWeight += this.weight(t);
      if (!sample.tokens.has(t)) {
        unshared = true;
        continue;
      }
      shared += this.weight(t);
      distinctive ||= this.distinctive.has(t);
    }
    // Sharing only words most intents use is no evidence when something else was said too
    // ("what time is it" is not "what is it"; "so what is baclofen anyway" is "what is baclofen").
    if (!distinctive && unshared) return 0;
    for (const t of sample.tokens) sampleWeight += this.weight(t);
    const total = sampleWeight + utteranceWeight;
    return total === 0 ? 0 : (2 * shared) / total;
  }

  private approximate(text: string): Resolution {
    const ranked = this.scores(text);
    const best = ranked[0];
    if (!best || best.score < this.threshold) return this.fallback(best?.score ?? 0, best);
    const slots = this.emptySlots(best.intent);
    const found = this.findSlotValues(text);
    for (const slot of this.slotsOf(best.intent)) {
      const value = found.get(slot.type);
      if (value) slots[slot.name] = this.makeSlot(slot, value);
    }
    return {
      intent: best.intent,
      slots,
      match: 'approximate',
      score: round(best.score),
      sample: best.sample,
      bestGuess: { ...best, score: round(best.score) },
    };
  }

  private fallback(score: number, best?: { intent: string; score: number; sample: string }): Resolution {
    return {
      intent: 'AMAZON.FallbackIntent',
      slots: {},
      match: 'fallback',
      score: round(score),
      ...(best ? { bestGuess: { ...best, score: round(best.score) } } : {}),
    };
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
