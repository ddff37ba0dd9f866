import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { goodbyeReply } from '../replies';
import { respond } from '../reply';
import { contentOf } from '../locale';

export const StopIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  handle: (input) => respond(input, goodbyeReply(contentOf(input))),
};
