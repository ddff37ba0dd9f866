import type { RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { isIntent } from '../match';
import { pick, respond } from '../reply';

export const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle: (input) =>
    respond(input, {
      speech: pick(prompts.help),
      followUp: prompts.helpFollowUp,
      screen: { kind: 'home' },
      outcome: 'help',
    }),
};
