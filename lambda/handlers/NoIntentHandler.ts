import type { RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { isIntent } from '../match';
import { fromPrompt, goodbyeReply } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';

/** "No" to an offer asks once for anything else; "no" to that (or to nothing) says goodbye. */
export const NoIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle: (input) => {
    const offer = readSession(input).pending?.kind;
    const done = offer === undefined || offer === 'anythingElse' || offer === 'repeat';
    return respond(input, done ? goodbyeReply() : fromPrompt(prompts.declinedOffer, 'declinedOffer'));
  },
};
