import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { acceptOfferReply, fromPrompt } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';
import { contentOf } from '../locale';

/** "More" / "next": the next list page, or the topic the last answer offered; else "that's all". */
export const MoreIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.MoreIntent', 'AMAZON.NextIntent'),
  handle: (input) => {
    const c = contentOf(input);
    const session = readSession(input);
    const kind = session.pending?.kind;
    const continues = kind === 'moreList' || kind === 'topic';
    return respond(
      input,
      continues ? acceptOfferReply(c, session.pending, session) : fromPrompt(c.prompts.nothingMore, 'nothingMore'),
    );
  },
};
