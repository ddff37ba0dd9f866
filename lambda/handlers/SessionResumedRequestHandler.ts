import type { RequestHandler } from 'ask-sdk-core';
import type { SessionResumedRequest } from 'ask-sdk-model';
import { isRequestType } from '../match';
import { TEXT_NUMBER_AFTER_CONSENT } from '../texting/consentToken';

/**
 * Alexa's consent dialog is over (ACCEPTED, DENIED, NOT_ANSWERED, or it could not run): the
 * token we sent with it says to carry on with texting the number. Other tokens fall through
 * to the unhandled-request handler.
 */
export const SessionResumedRequestHandler: RequestHandler = {
  canHandle: (input) =>
    isRequestType(input, 'SessionResumedRequest') &&
    (input.requestEnvelope.request as SessionResumedRequest).cause?.token === TEXT_NUMBER_AFTER_CONSENT,
  handle: async (input) => (await import('../texting/flow')).continueAfterConsent(input),
};
