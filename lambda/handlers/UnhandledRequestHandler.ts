import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { log } from '../log';
import { fromPrompt } from '../replies';
import { respond } from '../reply';

/**
 * Last in the chain: an intent or request type no other handler knows (a model published
 * ahead of the code, a new Alexa request type). The listener hears what the skill can do.
 */
export const UnhandledRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => {
    const type = getRequestType(input.requestEnvelope);
    const intent =
      type === 'IntentRequest'
        ? (input.requestEnvelope.request as { intent?: { name?: string } }).intent?.name
        : undefined;
    log('warn', 'unhandledRequest', { requestType: type, intent });
    return respond(input, fromPrompt(prompts.fallback, 'unhandled'));
  },
};
