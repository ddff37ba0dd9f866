import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import { namedDrug } from '../drug';
import { fromPrompt } from '../replies';
import { respond } from '../reply';
import { topicIntents } from '../topicIntents';
import { contentOf } from '../locale';

/**
 * Intents whose answers are baclofen's facts: asked of another medicine, they must not be given.
 * Getting help, the number and emergencies are not here: "I'm hooked on oxycodone, I need help"
 * still hears where to get help, and "I took too much Xanax" still hears 911.
 */
const FACT_INTENTS = new Set([
  ...Object.keys(topicIntents),
  'PersonalMedicalQuestionIntent',
  'DrivingIntent',
  'DrugTestIntent',
  'TimeInSystemIntent',
  'StatementIntent',
]);

/** A question about another medicine ("what are the side effects of ibuprofen"): baclofen only, and who can answer. */
export const OtherMedicineHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    FACT_INTENTS.has(getIntentName(input.requestEnvelope)) &&
    namedDrug(input).kind === 'other',
  handle: (input) => respond(input, fromPrompt(contentOf(input).prompts.otherMedicine, 'otherMedicine')),
};
