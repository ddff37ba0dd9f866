import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';

/** "Text me the number": the texting flow, loaded on first use (it brings the stores and the AWS SDK). */
export const TextNumberIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'TextNumberIntent'),
  handle: async (input) => (await import('../texting/flow')).startTexting(input),
};
