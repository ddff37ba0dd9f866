import { getSlotValue, type RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { callThemReply } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';
import { contentOf } from '../locale';

/**
 * "Can you call them for me": a speaker can't place calls; the number, and an offer to text it.
 * "Call my mom" names someone else: only that the skill can't place calls.
 */
export const CallThemIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'CallThemIntent'),
  handle: (input) =>
    respond(
      input,
      callThemReply(contentOf(input), readSession(input), Boolean(getSlotValue(input.requestEnvelope, 'person'))),
    ),
};
