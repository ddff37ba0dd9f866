import { getRequestType, type RequestInterceptor, type ResponseInterceptor } from 'ask-sdk-core';
import { log } from '../log';
import { OUTCOME_ATTRIBUTE } from '../reply';

const START = 'startedAt';

/** Notes when the request arrived, so the response log can say how long it took. */
export const RequestTimer: RequestInterceptor = {
  process: (input) => {
    input.attributesManager.getRequestAttributes()[START] = performance.now();
  },
};

/** One line per request: id, type, intent, outcome, latency. Never the user, device or slot values. */
export const RequestLogger: ResponseInterceptor = {
  process: (input) => {
    const { request } = input.requestEnvelope;
    const attributes = input.attributesManager.getRequestAttributes();
    const started = attributes[START] as number | undefined;
    log('info', 'request', {
      requestId: request.requestId,
      requestType: getRequestType(input.requestEnvelope),
      intent: request.type === 'IntentRequest' ? request.intent.name : undefined,
      outcome: attributes[OUTCOME_ATTRIBUTE],
      ms: started === undefined ? undefined : Math.round((performance.now() - started) * 100) / 100,
    });
  },
};
