import type { HandlerInput } from 'ask-sdk-core';
import type * as EnglishTexting from '../content/texting';
import { isSpanish } from './locale';

/** Everything said, shown or texted about texting the number, in one language. */
export type TextingContent = typeof EnglishTexting;

const TEXTING_ATTRIBUTE = 'textingContent';

/**
 * The texting words for the request's locale. They sit in chunks of their own, loaded by the
 * first request that needs them (texting, "say the number again", "no" to the confirmation), so a
 * content answer never parses them, and English never loads the Spanish ones.
 */
export async function loadTexting(input: HandlerInput): Promise<TextingContent> {
  const attributes = input.attributesManager.getRequestAttributes();
  if (!attributes[TEXTING_ATTRIBUTE]) {
    const locale = (input.requestEnvelope.request as { locale?: unknown }).locale;
    attributes[TEXTING_ATTRIBUTE] = isSpanish(locale)
      ? await import('../content/es-US/texting')
      : await import('../content/texting');
  }
  return attributes[TEXTING_ATTRIBUTE] as TextingContent;
}

/** The texting words `loadTexting` loaded for this request. */
export function textingOf(input: HandlerInput): TextingContent {
  const texting = input.attributesManager.getRequestAttributes()[TEXTING_ATTRIBUTE] as TextingContent | undefined;
  if (!texting) throw new Error('Texting content used before loadTexting()');
  return texting;
}
