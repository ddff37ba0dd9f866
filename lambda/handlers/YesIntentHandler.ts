import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { acceptOfferReply } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';

/** "Yes" accepts whatever the last question offered. */
export const YesIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle: (input) => {
    const session = readSession(input);
    return respond(input, acceptOfferReply(session.pending, session));
  },
};
