import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { fromPrompt, goodbyeReply } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';
import { contentOf } from '../locale';
import { loadTexting } from '../textingContent';

/**
 * "No" to an offer asks once for anything else; "no" to that (or to nothing) says goodbye.
 * "No" to "Should I text it to your phone…?" offers to read the number instead; "no" to the
 * help-line number offers the SAMHSA National Helpline.
 */
export const NoIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle: async (input) => {
    const { prompts } = contentOf(input);
    const offer = readSession(input).pending?.kind;
    if (offer === 'confirmText') {
      const texting = await loadTexting(input);
      return respond(input, fromPrompt(texting.declinedConfirm, 'texting:declinedConfirm'));
    }
    // Declining the help line still leaves a door open: the free national helpline, aloud.
    if (offer === 'readNumber') return respond(input, fromPrompt(prompts.offerSamhsa, 'offerSamhsa'));
    const done = offer === undefined || offer === 'anythingElse' || offer === 'repeat';
    return respond(input, done ? goodbyeReply(contentOf(input)) : fromPrompt(prompts.declinedOffer, 'declinedOffer'));
  },
};
