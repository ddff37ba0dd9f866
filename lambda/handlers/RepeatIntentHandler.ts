import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { repeatReply } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';

export const RepeatIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle: (input) => respond(input, repeatReply(readSession(input))),
};
