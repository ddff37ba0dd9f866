import { ResponseFactory, type ErrorHandler as AskErrorHandler } from 'ask-sdk-core';
import { logRequest } from '../interceptors/requestLog';
import { describeError, log } from '../log';
import { fromPrompt } from '../replies';
import { OUTCOME_ATTRIBUTE, respond } from '../reply';
import { loggableName, takesSpeech } from '../requestTypes';
import { contentOf } from '../locale';

/**
 * Anything a handler or interceptor threw: log the error (its class and message, no personal data),
 * then apologise and keep the session open with a reprompt, or, for a request that takes no
 * speech, answer with an empty response. Starts from a fresh response: whatever the failed
 * handler had half built (speech, a card, a directive) is not sent.
 */
export const ErrorHandler: AskErrorHandler = {
  canHandle: () => true,
  handle: (input, error) => {
    log('error', 'handlerError', {
      requestType: loggableName(input.requestEnvelope.request.type),
      ...describeError(error),
    });
    input.responseBuilder = ResponseFactory.init();
    let response;
    if (takesSpeech(input.requestEnvelope)) {
      response = respond(input, fromPrompt(contentOf(input).prompts.error, 'error'));
    } else {
      input.attributesManager.getRequestAttributes()[OUTCOME_ATTRIBUTE] = 'error';
      response = input.responseBuilder.getResponse();
    }
    logRequest(input);
    return response;
  },
};
