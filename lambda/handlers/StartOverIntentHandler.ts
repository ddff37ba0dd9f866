import type { RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { isIntent } from '../match';
import { fromPrompt } from '../replies';
import { respond } from '../reply';

/** "Start over" and "go home": back to the opening question, list position forgotten. */
export const StartOverIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StartOverIntent', 'AMAZON.NavigateHomeIntent'),
  handle: (input) => respond(input, fromPrompt(prompts.startOver, 'startOver')),
};
