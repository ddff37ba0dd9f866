/**
 * The console's former approximate step, kept only to compare designs (`npm run nlu-eval --
 * --matcher=old`): a hand-tuned token-overlap scorer over the samples' words. Exact samples,
 * built-in phrases, open slots and slot filling are the shared ones of ./nlu.ts.
 *
 *  - Each custom intent's samples become token sets (contentTokens of the literal words).
 *  - Each token gets an inverse-document-frequency weight over the custom intents:
 *      weight(t) = ln(1 + N / df(t))   (N = custom intents, df = intents whose samples use t)
 *    Words the model never uses weigh UNKNOWN_WEIGHT (2.0, like a word two intents share).
 *  - A sample's score against the utterance is the weighted Dice coefficient:
 *      score = 2·W(U ∩ S) / (W(U) + W(S))
 *    A `{slot}` in the sample whose type has a value in the utterance counts as one shared token
 *    of weight SLOT_WEIGHT (the value's own words leave U); an unfilled slot counts for nothing.
 *  - A sample scores 0 if the utterance says words the sample lacks and the two share no
 *    distinctive word (one used by at most DISTINCTIVE_SHARE = 3/4 of the custom intents) and no
 *    slot value.
 *  - An intent's score is its best sample's score. The best intent wins if its score is at least
 *    OVERLAP_THRESHOLD; ties go to the intent declared first. Otherwise: FallbackIntent.
 *  - Built-in (AMAZON.*) intents take part only through exact samples and the phrase table.
 *
 * English only.
 */
import {
  ModelMatcher,
  normalize,
  type CompiledSample,
  type InteractionModel,
  type NluOptions,
  type Resolution,
} from './nlu';

export const OVERLAP_THRESHOLD = 0.5;
const UNKNOWN_WEIGHT = 2.0;
const DISTINCTIVE_SHARE = 0.75;
const SLOT_WEIGHT = 2.0;

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

interface Scored {
  intent: string;
  score: number;
  sample: string;
}

export class OverlapNlu extends ModelMatcher {
  readonly threshold: number;
  private readonly tokens = new Map<CompiledSample, Set<string>>();
  private readonly weights = new Map<string, number>();
  private readonly distinctive = new Set<string>();

  constructor(model: InteractionModel, options: NluOptions = {}) {
    super(model, { ...options, locale: 'en-US' });
    this.threshold = options.threshold ?? OVERLAP_THRESHOLD;
    for (const sample of this.samples) {
      this.tokens.set(sample, new Set(contentTokens(normalize(sample.text.replace(/\{[^}]+\}/g, ' ')))));
    }
    this.computeWeights();
  }

  /** Scores of every custom intent for an utterance, best first (for debugging and tuning). */
  scores(utterance: string): Scored[] {
    const text = normalize(utterance);
    const found = this.findSlotValues(text);
    const said = new Set(contentTokens(text));
    const best = new Map<string, Scored>();
    for (const sample of this.samples) {
      if (sample.intent.startsWith('AMAZON.')) continue;
      const score = this.scoreSample(sample, text, said, found);
      const prev = best.get(sample.intent);
      if (!prev || score > prev.score) best.set(sample.intent, { intent: sample.intent, score, sample: sample.text });
    }
    const order = new Map(this.intents.map((i, n) => [i.name, n]));
    return [...best.values()].sort((a, b) => b.score - a.score || order.get(a.intent)! - order.get(b.intent)!);
  }

  protected approximate(text: string): Resolution {
    const best = this.scores(text)[0];
    if (!best || best.score < this.threshold) return this.fallback(best?.score ?? 0, best);
    const score = Math.round(best.score * 1000) / 1000;
    return {
      intent: best.intent,
      slots: this.slotsFromWords(best.intent, text),
      match: 'approximate',
      score,
      sample: best.sample,
      bestGuess: { ...best, score },
    };
  }

  private computeWeights(): void {
    const custom = this.intents.filter((i) => !i.name.startsWith('AMAZON.'));
    const df = new Map<string, number>();
    for (const intent of custom) {
      const seen = new Set<string>();
      for (const sample of this.samples) {
        if (sample.intent === intent.name) this.tokens.get(sample)!.forEach((t) => seen.add(t));
      }
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
    const tokens = this.tokens.get(sample)!;
    let distinctive = shared > 0; // a credited slot value is distinctive enough
    let unshared = false;
    for (const t of said) {
      utteranceWeight += this.weight(t);
      if (!tokens.has(t)) {
        unshared = true;
        continue;
      }
      shared += this.weight(t);
      distinctive ||= this.distinctive.has(t);
    }
    // Sharing only words most intents use is no evidence when something else was said too.
    if (!distinctive && unshared) return 0;
    for (const t of tokens) sampleWeight += this.weight(t);
    const total = sampleWeight + utteranceWeight;
    return total === 0 ? 0 : (2 * shared) / total;
  }
}
