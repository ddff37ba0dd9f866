import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { pick, respond } from '../reply';
import { contentOf } from '../locale';

export const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle: (input) =>
    respond(input, {
      speech: pick(contentOf(input).prompts.help),
      followUp: contentOf(input).prompts.helpFollowUp,
      screen: { kind: 'home' },
      outcome: 'help',
    }),
};
