import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { log } from '../log';
import { fromPrompt } from '../replies';
import { respond } from '../reply';
import { loggableName } from '../requestTypes';
import { contentOf } from '../locale';

/**
 * Last in the chain: an intent or request type no other handler knows (a model published
 * ahead of the code, a new Alexa request type in a session, a screen event the skill did not
 * send). The listener hears what the skill can do. Requests that take no speech never get here
 * (NotificationHandler).
 */
export const UnhandledRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => {
    const type = getRequestType(input.requestEnvelope);
    const intent =
      type === 'IntentRequest'
        ? (input.requestEnvelope.request as { intent?: { name?: string } }).intent?.name
        : undefined;
    log('warn', 'unhandledRequest', { requestType: loggableName(type), intent: loggableName(intent) });
    return respond(input, fromPrompt(contentOf(input).prompts.fallback, 'unhandled'));
  },
};
