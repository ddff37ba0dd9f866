import type { RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { isIntent } from '../match';
import { fromPrompt } from '../replies';
import { respond } from '../reply';

/** Dose, pregnancy, children, other drugs: not for a speaker to answer. */
export const PersonalMedicalQuestionIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PersonalMedicalQuestionIntent'),
  handle: (input) =>
    respond(input, {
      ...fromPrompt(prompts.askYourDoctor, 'askYourDoctor'),
      disclaimerIncluded: true,
      screen: { kind: 'askYourDoctor' },
    }),
};
