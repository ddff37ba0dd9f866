import type { RequestInterceptor } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { log } from '../log';
import { screenEvents } from '../screens/screen';

const known = new Set<string>(Object.values(screenEvents));

/**
 * A tap on a screen button arrives as an `Alexa.Presentation.APL.UserEvent` whose first
 * argument names an intent (see `screenEvents`). Rewrite it into that IntentRequest before
 * dispatch, so the tap is answered exactly as the spoken request would be, by the same handler.
 * Any other UserEvent is left alone and reaches the unhandled-request path.
 */
export const ScreenEventRouter: RequestInterceptor = {
  process: (input) => {
    const request = input.requestEnvelope.request;
    if (request.type !== 'Alexa.Presentation.APL.UserEvent') return;
    const event: unknown = request.arguments?.[0];
    if (typeof event !== 'string' || !known.has(event)) return;
    const intentRequest: IntentRequest = {
      type: 'IntentRequest',
      requestId: request.requestId,
      timestamp: request.timestamp,
      locale: request.locale,
      dialogState: 'COMPLETED',
      intent: { name: event, confirmationStatus: 'NONE', slots: {} },
    };
    input.requestEnvelope.request = intentRequest;
    log('debug', 'screenEvent', { intent: event });
  },
};
