import type { RequestHandler } from 'ask-sdk-core';
import { prompts } from '../../content';
import { isIntent } from '../match';
import { fromPrompt } from '../replies';
import { respond } from '../reply';

/** Overdose, won't wake up, not breathing, seizure: 911 and Poison Control first, nothing else. */
export const EmergencyIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'EmergencyIntent'),
  handle: (input) => respond(input, { ...fromPrompt(prompts.emergency, 'emergency'), screen: { kind: 'emergency' } }),
};
