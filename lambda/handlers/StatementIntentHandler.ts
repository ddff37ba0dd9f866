import type { RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { isIntent } from '../match';
import { pick, respond } from '../reply';

/** "My mom takes baclofen": not a question and never an emergency: a warm, open question. */
export const StatementIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StatementIntent'),
  handle: (input) =>
    respond(input, {
      speech: pick(prompts.statement.speech),
      followUp: prompts.statement.followUp,
      outcome: 'statement',
    }),
};
