import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { repeatReply } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';
import { contentOf } from '../locale';

export const RepeatIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle: (input) => respond(input, repeatReply(contentOf(input), readSession(input))),
};
