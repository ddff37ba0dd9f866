import type { ErrorHandler as AskErrorHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { describeError, log } from '../log';
import { fromPrompt } from '../replies';
import { respond } from '../reply';

/** Anything a handler threw: apologise, keep the session open with a reprompt, log the error (no personal data). */
export const ErrorHandler: AskErrorHandler = {
  canHandle: () => true,
  handle: (input, error) => {
    log('error', 'handlerError', describeError(error));
    return respond(input, fromPrompt(prompts.error, 'error'));
  },
};
