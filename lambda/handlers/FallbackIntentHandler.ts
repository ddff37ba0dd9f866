import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { fromPrompt } from '../replies';
import { respond } from '../reply';
import { contentOf } from '../locale';

/** Out-of-domain speech: say what the skill can do and, since the model misses phrasings, name 911. */
export const FallbackIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.FallbackIntent'),
  handle: (input) => respond(input, fromPrompt(contentOf(input).prompts.fallback, 'fallback')),
};
