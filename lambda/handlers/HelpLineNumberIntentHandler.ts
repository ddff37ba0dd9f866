import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { helpLineNumberReply } from '../replies';
import { respond } from '../reply';
import { contentOf } from '../locale';

export const HelpLineNumberIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'HelpLineNumberIntent'),
  handle: (input) => respond(input, helpLineNumberReply(contentOf(input))),
};
