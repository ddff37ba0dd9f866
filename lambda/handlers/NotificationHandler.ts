import type { RequestHandler } from 'ask-sdk-core';
import { log } from '../log';
import { OUTCOME_ATTRIBUTE } from '../reply';
import { loggableName, takesSpeech } from '../requestTypes';

/**
 * Requests that take no speech (AudioPlayer and PlaybackController events, Messaging.MessageReceived,
 * System.ExceptionEncountered, skill events, an unknown type outside a session): the skill plays
 * no audio and keeps nothing for them, so the answer is an empty response. Speaking here would be
 * an invalid response. SessionEndedRequest has its own handler, which logs why the session ended.
 */
export const NotificationHandler: RequestHandler = {
  canHandle: (input) => !takesSpeech(input.requestEnvelope),
  handle: (input) => {
    const requestType = loggableName(input.requestEnvelope.request.type);
    if (input.requestEnvelope.request.type === 'System.ExceptionEncountered') {
      // Alexa reports that the skill's last response was invalid: worth a warning.
      log('warn', 'exceptionEncountered', { errorType: loggableName(readErrorType(input.requestEnvelope.request)) });
    }
    input.attributesManager.getRequestAttributes()[OUTCOME_ATTRIBUTE] = 'notification';
    log('debug', 'notification', { requestType });
    return input.responseBuilder.getResponse();
  },
};

function readErrorType(request: unknown): unknown {
  const error = (request as { error?: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
}
