import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { log } from '../log';
import { OUTCOME_ATTRIBUTE } from '../reply';
import { loggableName } from '../requestTypes';

/** The session closed ("exit", silence, an error on Alexa's side): log why; Alexa takes no speech here. */
export const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    const reason = loggableName(request.reason) ?? 'unknown';
    if (request.error) log('warn', 'sessionEndedWithError', { reason, errorType: loggableName(request.error.type) });
    input.attributesManager.getRequestAttributes()[OUTCOME_ATTRIBUTE] = `sessionEnded:${reason}`;
    return input.responseBuilder.getResponse();
  },
};
