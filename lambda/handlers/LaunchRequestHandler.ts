import type { RequestHandler } from 'ask-sdk-core';
import { isRequestType } from '../match';
import { pick, respond } from '../reply';
import { contentOf } from '../locale';

export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle: (input) =>
    respond(input, {
      speech: pick(contentOf(input).prompts.launch),
      followUp: contentOf(input).prompts.launchFollowUp,
      disclaimerIncluded: true,
      screen: { kind: 'home' },
      outcome: 'launch',
    }),
};
