import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';

/** True for an IntentRequest naming one of `names` (type guard first: getIntentName throws otherwise). */
export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope))
  );
}

export function isRequestType(input: HandlerInput, ...types: string[]): boolean {
  return types.includes(getRequestType(input.requestEnvelope));
}
