import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { acceptOfferReply } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';
import { contentOf } from '../locale';
import { loadTexting } from '../textingContent';

/** "Yes" accepts whatever the last question offered. Texting offers go to the texting flow (loaded on first use). */
export const YesIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle: async (input) => {
    const session = readSession(input);
    const offer = session.pending;
    if (offer?.kind === 'textNumber') return (await import('../texting/flow')).startTexting(input);
    if (offer?.kind === 'confirmText') return (await import('../texting/flow')).sendConfirmedText(input, offer);
    // "Say it again" comes from the texting words (it may offer a text): loaded only then.
    const texting = offer?.kind === 'repeatNumber' ? await loadTexting(input) : undefined;
    return respond(input, acceptOfferReply(contentOf(input), offer, session, texting));
  },
};
