import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../match';
import { fromPrompt } from '../replies';
import { respond } from '../reply';
import { contentOf } from '../locale';

/** Thoughts of self-harm: 988 (call or text), 911 in immediate danger. */
export const SelfHarmIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SelfHarmIntent'),
  handle: (input) =>
    respond(input, { ...fromPrompt(contentOf(input).prompts.selfHarm, 'selfHarm'), screen: { kind: 'selfHarm' } }),
};
