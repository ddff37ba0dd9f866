import type { RequestHandler } from 'ask-sdk-core';
import { isRequestType } from '../match';
import { OUTCOME_ATTRIBUTE } from '../reply';

/**
 * Alexa asks whether the skill could answer a request without being named. The manifest does not
 * sign the skill up for that (no CAN_FULFILL_INTENT_REQUEST interface), so the honest answer is
 * NO, given silently: the listener must not notice this request, and nothing is remembered.
 */
export const CanFulfillIntentRequestHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'CanFulfillIntentRequest'),
  handle: (input) => {
    input.attributesManager.getRequestAttributes()[OUTCOME_ATTRIBUTE] = 'canFulfillIntent:no';
    return input.responseBuilder.withCanFulfillIntent({ canFulfill: 'NO' }).getResponse();
  },
};
