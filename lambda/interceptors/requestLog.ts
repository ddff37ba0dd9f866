import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { logWithMetrics } from '../log';
import { requestMetrics } from '../metrics';
import { OUTCOME_ATTRIBUTE } from '../reply';
import { loggableLocale, loggableName, loggableRequestId } from '../requestTypes';

const START = 'startedAt';

/** Notes when the request arrived, so the response log can say how long it took. */
export const RequestTimer: RequestInterceptor = {
  process: (input) => {
    input.attributesManager.getRequestAttributes()[START] = performance.now();
  },
};

/** When the request reached the skill (performance.now()); now, if the timer has not run. */
export function requestStartedAt(input: HandlerInput): number {
  const started = input.attributesManager.getRequestAttributes()[START];
  return typeof started === 'number' ? started : performance.now();
}

/**
 * One line per request: id, type, intent, outcome, latency, and the request's metrics (EMF).
 * Never the user, the device, session or slot values. Written by the response interceptor below
 * and by the error handler (ask-sdk runs no response interceptor after an error).
 */
export function logRequest(input: HandlerInput): void {
  const { request } = input.requestEnvelope;
  const attributes = input.attributesManager.getRequestAttributes();
  const ms = Math.round((performance.now() - requestStartedAt(input)) * 100) / 100;
  const outcome =
    typeof attributes[OUTCOME_ATTRIBUTE] === 'string' ? (attributes[OUTCOME_ATTRIBUTE] as string) : undefined;
  logWithMetrics(
    'info',
    'request',
    () => ({
      requestId: loggableRequestId(request.requestId),
      requestType: loggableName(request.type),
      intent: request.type === 'IntentRequest' ? loggableName(request.intent.name) : undefined,
      locale: loggableLocale(request.locale),
      outcome,
      ms,
    }),
    () => requestMetrics(outcome, ms),
  );
}

export const RequestLogger: ResponseInterceptor = {
  process: (input) => logRequest(input),
};
