import type { RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { isRequestType } from '../match';
import { pick, respond } from '../reply';

export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle: (input) =>
    respond(input, {
      speech: pick(prompts.launch),
      followUp: prompts.launchFollowUp,
      disclaimerIncluded: true,
      screen: { kind: 'home' },
      outcome: 'launch',
    }),
};
