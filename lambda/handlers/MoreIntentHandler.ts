import type { RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { isIntent } from '../match';
import { acceptOfferReply, fromPrompt } from '../replies';
import { respond } from '../reply';
import { readSession } from '../session';

/** "More" / "next": the next list page, or the topic the last answer offered; else "that's all". */
export const MoreIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.MoreIntent', 'AMAZON.NextIntent'),
  handle: (input) => {
    const session = readSession(input);
    const kind = session.pending?.kind;
    const continues = kind === 'moreList' || kind === 'topic';
    return respond(
      input,
      continues ? acceptOfferReply(session.pending, session) : fromPrompt(prompts.nothingMore, 'nothingMore'),
    );
  },
};
