import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { fromPrompt } from '../replies';
import { respond } from '../reply';
import { contentOf } from '../locale';

/** Overdose, won't wake up, not breathing, seizure: 911 and Poison Control first, nothing else. */
export const EmergencyIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'EmergencyIntent'),
  handle: (input) =>
    respond(input, { ...fromPrompt(contentOf(input).prompts.emergency, 'emergency'), screen: { kind: 'emergency' } }),
};
