import { getIntentName, type RequestHandler } from 'ask-sdk-core';
import { english } from '../../content';
import { mixesNonSedative } from '../drug';
import { isIntent } from '../match';
import { askYourDoctorReply, fromPrompt } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';
import { contentOf } from '../locale';

/** Questions with a fitting general answer before the redirect. */
const redirects = {
  DrivingIntent: 'driving',
  DrugTestIntent: 'drugTest',
  TimeInSystemIntent: 'timeInSystem',
} as const satisfies Record<string, keyof typeof english.prompts>;
type RedirectIntent = keyof typeof redirects;
const REDIRECT_INTENTS = Object.keys(redirects) as RedirectIntent[];

/**
 * Dose, pregnancy, children, driving, drug tests: not for a speaker to answer for one person. Also
 * baclofen with a medicine that is not a sedative ("can I take it with ibuprofen"): the mixing
 * answer is about sedatives, so that question is a personal one too.
 */
export const PersonalMedicalQuestionIntentHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'PersonalMedicalQuestionIntent', ...REDIRECT_INTENTS) ||
    (isIntent(input, 'MixingIntent') && mixesNonSedative(input)),
  handle: (input) => {
    const c = contentOf(input);
    const intent = getIntentName(input.requestEnvelope);
    if (intent in redirects) {
      const prompt = c.prompts[redirects[intent as RedirectIntent]];
      return respond(input, { ...fromPrompt(prompt, `askYourDoctor:${intent}`), informational: true });
    }
    return respond(input, askYourDoctorReply(c, readSession(input)));
  },
};
