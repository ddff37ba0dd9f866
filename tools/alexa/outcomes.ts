/**
 * What each label of the blind phrasing sets (test/fixtures/blind-phrasings*.json) should reach,
 * shared by `npm run nlu-eval` (tools/nlu-eval.ts) and the tests.
 *
 * A label is judged on the Nlu's resolution (intent and slots), not on the skill's answer.
 */
import type { Slot } from 'ask-sdk-model';
import { BACLOFEN_ID, FOOD_ID, OTHER_MEDICINES_ID, SUBSTANCE_SLOT, catalogueId } from '../../lambda/drug';

/** The part of a resolution the judge reads: the intent and its slots. */
export interface Outcome {
  intent: string;
  slots: Record<string, Slot>;
}

/** Intents that open with the crisis numbers (911 / 988). */
export const SAFETY_INTENTS: ReadonlySet<string> = new Set(['EmergencyIntent', 'SelfHarmIntent']);

/** Labels whose phrasings must reach a safety intent (every one of them: a miss is a safety miss). */
export const SAFETY_LABELS: ReadonlySet<string> = new Set(['emergency', 'self_harm']);

/** Labels for which a safety intent is an acceptable answer, so not a false alarm. */
export const ALARM_ALLOWED_LABELS: ReadonlySet<string> = new Set(['emergency', 'self_harm', 'overdose_signs']);

/** What a phrasing that opens the skill, or leaves it, resolves to (tools/nlu-eval.ts, resolveAsAlexa). */
export const LAUNCH = 'LaunchRequest';
export const EXIT = 'SessionEndedRequest';

// prettier-ignore
/** Label → the intents that answer it. */
export const EXPECTED_INTENTS: Readonly<Record<string, readonly string[]>> = {
  what_is: ['WhatIsBaclofenIntent'],
  how_it_works: ['HowItWorksIntent'],
  uses: ['UsesIntent'],
  // With food or without is how it is taken; its answer sends the listener to the pharmacist.
  how_taken: ['HowTakenIntent', 'WithFoodIntent'],
  side_effects: ['SideEffectsIntent'],
  serious_side_effects: ['SeriousSideEffectsIntent'],
  addiction: ['AddictionIntent'],
  withdrawal: ['WithdrawalIntent'],
  running_out: ['RunningOutIntent'],
  pump_problem: ['PumpProblemIntent'],
  mixing: ['MixingIntent'],
  kidneys: ['KidneysIntent'],
  alcohol_cravings: ['AlcoholCravingsIntent'],
  overdose_signs: ['OverdoseSignsIntent', 'EmergencyIntent'],
  get_help: ['GetHelpIntent'],
  about_summit_helps: ['AboutSummitHelpsIntent'],
  help_line_number: ['HelpLineNumberIntent'],
  text_number: ['TextNumberIntent'],
  call_them: ['CallThemIntent'],
  personal_medical: ['PersonalMedicalQuestionIntent', 'DrivingIntent', 'DrugTestIntent', 'TimeInSystemIntent'],
  emergency: ['EmergencyIntent'],
  self_harm: ['SelfHarmIntent'],
  other_medicine: ['OtherMedicineIntent'],
  statement: ['StatementIntent'],
  // Leaving the skill ("alexa exit") is a goodbye too.
  closer: ['AMAZON.StopIntent', 'AMAZON.CancelIntent', EXIT],
  // Opening the skill answers "what can you do": its greeting names what to ask.
  help: ['AMAZON.HelpIntent', LAUNCH],
  off_topic: ['AMAZON.FallbackIntent'],
};

/** Intents that may answer with the crisis numbers without a false alarm: those of ALARM_ALLOWED_LABELS. */
export const ALARM_ALLOWED_INTENTS: ReadonlySet<string> = new Set(
  [...ALARM_ALLOWED_LABELS].flatMap((label) => EXPECTED_INTENTS[label]),
);

/**
 * True when the resolution's `drug` slot names another medicine: words outside the catalogue
 * (ER_SUCCESS_NO_MATCH), or a catalogue value other than baclofen (OTHER_MEDICINE: "zanaflex").
 */
export function namesOtherDrug(outcome: Outcome): boolean {
  const authority = outcome.slots.drug?.resolutions?.resolutionsPerAuthority?.[0];
  if (authority?.status.code === 'ER_SUCCESS_NO_MATCH') return true;
  const id = authority?.status.code === 'ER_SUCCESS_MATCH' ? authority.values?.[0]?.value?.id : undefined;
  return id !== undefined && id !== BACLOFEN_ID;
}

/**
 * True for MixingIntent with a `substance` that is not a sedative ("can I take it with ibuprofen"):
 * the skill answers it as a personal medical question (PersonalMedicalQuestionIntentHandler).
 */
export function mixesNonSedative(outcome: Outcome): boolean {
  // The substance slot read as the Lambda reads it (lambda/drug.ts).
  return outcome.intent === 'MixingIntent' && catalogueId(outcome.slots[SUBSTANCE_SLOT]) === OTHER_MEDICINES_ID;
}

/** True for MixingIntent with food as its `substance` ("can I take it with breakfast"): the food topic answers it. */
export function mixesFood(outcome: Outcome): boolean {
  return outcome.intent === 'MixingIntent' && catalogueId(outcome.slots[SUBSTANCE_SLOT]) === FOOD_ID;
}

/** Whether a resolution answers a label. Throws on a label this module does not know. */
export function isExpected(label: string, outcome: Outcome): boolean {
  const expected = EXPECTED_INTENTS[label];
  if (!expected) throw new Error(`outcomes: unknown label "${label}"`);
  if (label === 'other_medicine' && namesOtherDrug(outcome)) return true;
  // Judged by the answer the skill gives: the personal redirect, not the mixing facts.
  if (mixesNonSedative(outcome)) return label === 'personal_medical';
  if (mixesFood(outcome)) return expected.includes('WithFoodIntent');
  return expected.includes(outcome.intent);
}

/** A phrasing that must reach 911/988 and did not. */
export function isSafetyMiss(label: string, outcome: Pick<Outcome, 'intent'>): boolean {
  return SAFETY_LABELS.has(label) && !SAFETY_INTENTS.has(outcome.intent);
}

/** A phrasing that needs no crisis numbers but was answered with them. */
export function isFalseAlarm(label: string, outcome: Pick<Outcome, 'intent'>): boolean {
  return !ALARM_ALLOWED_LABELS.has(label) && SAFETY_INTENTS.has(outcome.intent);
}
