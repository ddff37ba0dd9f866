import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { english, type LocaleContent } from '../content';

/**
 * Which language a reply is in: the request's locale, nothing else. Spanish content sits in its
 * own chunk, loaded by the first Spanish request, so English answers never pay for it. The
 * listener's language is never stored: every request says it again.
 */
export const CONTENT_ATTRIBUTE = 'content';

let spanish: LocaleContent | undefined;

/**
 * True for Spanish locales (es-US, and es-* where Alexa may someday route them): /^es(-|$)/i,
 * read from character codes (every request asks; a regular expression costs V8 two compilations
 * on a cold start, see lambda/requestTypes.ts).
 */
export function isSpanish(locale: unknown): boolean {
  if (typeof locale !== 'string') return false;
  // `| 32` lower-cases an ASCII letter; only "E"/"e" give 101 and only "S"/"s" give 115.
  return (
    (locale.charCodeAt(0) | 32) === 101 &&
    (locale.charCodeAt(1) | 32) === 115 &&
    (locale.length === 2 || locale.charCodeAt(2) === 45) /* - */
  );
}

function localeOf(envelope: RequestEnvelope | undefined): unknown {
  return (envelope?.request as { locale?: unknown } | undefined)?.locale;
}

export async function loadContent(locale: unknown): Promise<LocaleContent> {
  if (!isSpanish(locale)) return english;
  spanish ??= (await import('../content/es-US')).content;
  return spanish;
}

/** The content already loaded for a request's locale (English until Spanish has been loaded once). */
export function loadedContent(envelope: RequestEnvelope | undefined): LocaleContent {
  return isSpanish(localeOf(envelope)) && spanish ? spanish : english;
}

/** Puts the request's content where handlers read it; English costs nothing. */
export const LocaleContentLoader: RequestInterceptor = {
  async process(input) {
    const locale = localeOf(input.requestEnvelope);
    if (isSpanish(locale))
      input.attributesManager.getRequestAttributes()[CONTENT_ATTRIBUTE] = await loadContent(locale);
  },
};

/** The content every reply to this request is built from. */
export function contentOf(input: HandlerInput): LocaleContent {
  return (input.attributesManager.getRequestAttributes()[CONTENT_ATTRIBUTE] as LocaleContent | undefined) ?? english;
}
