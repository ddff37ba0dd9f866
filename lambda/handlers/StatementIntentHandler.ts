import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { pick, respond } from '../reply';
import { contentOf } from '../locale';

/** "My mom takes baclofen": not a question and never an emergency: a warm, open question. */
export const StatementIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StatementIntent'),
  handle: (input) =>
    respond(input, {
      speech: pick(contentOf(input).prompts.statement.speech),
      followUp: contentOf(input).prompts.statement.followUp,
      outcome: 'statement',
    }),
};
