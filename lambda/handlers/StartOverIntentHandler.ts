import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { fromPrompt } from '../replies';
import { respond } from '../reply';
import { contentOf } from '../locale';

/** "Start over" and "go home": back to the opening question, list position forgotten. */
export const StartOverIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StartOverIntent', 'AMAZON.NavigateHomeIntent'),
  handle: (input) => respond(input, fromPrompt(contentOf(input).prompts.startOver, 'startOver')),
};
