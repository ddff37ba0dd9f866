import { getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';
import { prompts } from '../content';

/**
 * The medicine a request names, read from the `drug` slot (type DrugType: baclofen, its brands and
 * likely mishearings, all synonyms of one value). Alexa fills a custom slot with words outside its
 * catalogue too (ER_SUCCESS_NO_MATCH): that is how another medicine ("is Xanax addictive") arrives.
 */
export type NamedDrug =
  /** Baclofen, or a request that names no medicine ("is it addictive"): pronouns mean baclofen. */
  | { kind: 'baclofen'; brand?: string }
  /** Another medicine: the skill covers baclofen only. */
  | { kind: 'other' };

export const DRUG_SLOT = 'drug';
/** The drug slot's catalogue id for baclofen and its brands (every other id is another medicine). */
export const BACLOFEN_ID = 'BACLOFEN';

/** Baclofen and its brands (the brands are the ones content/ has a note for), compared without spaces. */
const BACLOFEN_NAMES = ['baclofen', ...Object.keys(prompts.brandNotes)];

/** Words that say "the medicine we are talking about" rather than name another one. */
const VAGUE_WORDS = new Set([
  // English: "my meds", "this stuff"; Spanish (es-US): "mi medicamento", "esas pastillitas".
  ...['it', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'the', 'your', 'medicine', 'medication'],
  ...['medications', 'medicines', 'meds', 'med', 'pill', 'pills', 'drug', 'stuff', 'tablets', 'tablet', 'prescription'],
  ...['muscle', 'relaxer', 'relaxant'],
  ...['eso', 'esto', 'esa', 'ese', 'esas', 'esos', 'esta', 'este', 'estas', 'estos', 'mi', 'mis', 'su', 'sus', 'el'],
  ...['la', 'los', 'las', 'tu', 'tus', 'medicina', 'medicinas', 'medicamento', 'medicamentos', 'pastilla', 'pastillas'],
  ...['pastillita', 'pastillitas', 'pastis', 'píldora', 'píldoras', 'tableta', 'tabletas', 'receta', 'relajante'],
  ...['muscular', 'cosa', 'droga'],
]);

function slotOf(input: HandlerInput, name = DRUG_SLOT): Slot | undefined {
  const type = getRequestType(input.requestEnvelope);
  if (type !== 'IntentRequest' && type !== 'CanFulfillIntentRequest') return undefined;
  const slots = (input.requestEnvelope.request as IntentRequest).intent?.slots;
  return slots && typeof slots === 'object' && !Array.isArray(slots) ? slots[name] : undefined;
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** "back low fen", "baclofin", "bacloffen": close enough to a baclofen name once the spaces go. */
export function soundsLikeBaclofen(words: string): boolean {
  const joined = words.toLowerCase().replace(/[^a-z]/g, '');
  if (joined.length < 5 || joined.length > 14) return false;
  return BACLOFEN_NAMES.some((name) => distance(joined, name) <= Math.max(2, Math.floor(name.length / 4)));
}

function brandOf(value: string): string | undefined {
  const word = value.toLowerCase().trim();
  return Object.prototype.hasOwnProperty.call(prompts.brandNotes, word) ? word : undefined;
}

/**
 * The catalogue value the slot resolved to: its id (`''` for a value without one), or undefined when
 * Alexa found no catalogue match (ER_SUCCESS_NO_MATCH, or no resolution at all).
 */
export function catalogueId(slot: Slot | undefined): string | undefined {
  const authorities = slot?.resolutions?.resolutionsPerAuthority;
  if (!Array.isArray(authorities)) return undefined;
  const matched = authorities.find((a) => a?.status?.code === 'ER_SUCCESS_MATCH' && a.values?.length);
  return matched ? (matched.values[0]?.value?.id ?? '') : undefined;
}

/** What the request's `drug` slot names; absent or empty means baclofen. */
export function namedDrug(input: HandlerInput): NamedDrug {
  const slot = slotOf(input);
  const value = typeof slot?.value === 'string' ? slot.value.trim() : '';
  if (!value) return { kind: 'baclofen' };
  const id = catalogueId(slot);
  if (id !== undefined)
    return id === '' || id === BACLOFEN_ID ? { kind: 'baclofen', brand: brandOf(value) } : { kind: 'other' };
  // Outside the catalogue: a mishearing of baclofen, a vague word, words around baclofen's name
  // ("baclofen suddenly"), or another medicine.
  if (soundsLikeBaclofen(value)) return { kind: 'baclofen', brand: brandOf(value) };
  const words = value.toLowerCase().split(/\s+/);
  const named = words.find((w) => soundsLikeBaclofen(w));
  if (named) return { kind: 'baclofen', brand: brandOf(named) };
  if (words.every((w) => VAGUE_WORDS.has(w))) return { kind: 'baclofen' };
  return { kind: 'other' };
}

/** True when the drug slot resolved to baclofen from the catalogue (what a name-free request needs). */
export function namesBaclofen(input: HandlerInput): boolean {
  const slot = slotOf(input);
  return typeof slot?.value === 'string' && catalogueId(slot) === BACLOFEN_ID;
}

export const SUBSTANCE_SLOT = 'substance';
/**
 * The substance slot's catalogue id (type SubstanceType) for medicines that do not add to
 * baclofen's drowsiness: ibuprofen, Tylenol, blood pressure or diabetes medicines. Whether one of
 * them suits someone on baclofen is a personal question, not the mixing answer about sedatives.
 */
export const OTHER_MEDICINES_ID = 'OTHER_MEDICINES';

/** True when the `substance` slot resolved to a medicine outside the sedatives ("can I take it with ibuprofen"). */
export function mixesNonSedative(input: HandlerInput): boolean {
  return catalogueId(slotOf(input, SUBSTANCE_SLOT)) === OTHER_MEDICINES_ID;
}

/**
 * The substance slot's catalogue id for food and meals ("can I take it with breakfast"): a question of
 * how baclofen is taken, answered by the food topic, not by the mixing answer about sedatives.
 */
export const FOOD_ID = 'FOOD';

/** True when the `substance` slot resolved to food or a meal. */
export function mixesFood(input: HandlerInput): boolean {
  return catalogueId(slotOf(input, SUBSTANCE_SLOT)) === FOOD_ID;
}
