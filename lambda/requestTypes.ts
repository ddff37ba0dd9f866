import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Which requests Alexa lets a skill answer with speech. A response with outputSpeech, a card or
 * a reprompt to any of the others is an invalid response (Alexa's request and interface
 * references): playback and skill events, messages, error reports and the end of a session are
 * notifications, and a CanFulfillIntentRequest must not be noticed by the listener at all.
 */
const SPOKEN_TO = new Set([
  'LaunchRequest',
  'IntentRequest',
  'SessionResumedRequest',
  'Alexa.Presentation.APL.UserEvent',
  'Connections.Response',
  'Display.ElementSelected',
]);

const NOTIFICATIONS = new Set([
  'SessionEndedRequest',
  'CanFulfillIntentRequest',
  'System.ExceptionEncountered',
  'Alexa.Presentation.APL.RuntimeError',
  'Alexa.Presentation.APL.LoadIndexListData',
  'Alexa.Presentation.APL.LoadTokenListData',
]);

const NOTIFICATION_FAMILIES = [
  'AudioPlayer.',
  'PlaybackController.',
  'Messaging.',
  'AlexaSkillEvent.',
  'AlexaHouseholdListEvent.',
  'Reminders.',
];

/**
 * True when the listener may hear an answer to this request. A type the skill has never heard
 * of is answered if it comes in a session (someone is talking to the skill) and not otherwise.
 */
export function takesSpeech(envelope: RequestEnvelope): boolean {
  const type = envelope.request.type;
  if (SPOKEN_TO.has(type)) return true;
  if (NOTIFICATIONS.has(type) || NOTIFICATION_FAMILIES.some((family) => type.startsWith(family))) return false;
  return envelope.session !== undefined;
}

// The checks below read character codes instead of using regular expressions: every request's log
// line runs them, and V8 compiles a regular expression on its first use and again, to machine code,
// on its second, ~0.1-0.2 ms of a cold start for these four patterns together. Each comment gives
// the pattern a check implements (test/requestTypes.test.ts holds them to it).

/** Lower-cases ASCII letters only, as a case-insensitive pattern without the u flag compares them. */
const asciiLower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);
const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;
const isAsciiUpper = (code: number): boolean => code >= 65 && code <= 90;
const isAsciiLetter = (code: number): boolean => isAsciiLower(asciiLower(code));
const isHexDigit = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 97 && code <= 102);

/** True when `test` holds for every character (its code and index) of `text` from `start` to `end`. */
function all(text: string, start: number, end: number, test: (code: number, index: number) => boolean): boolean {
  for (let i = start; i < end; i++) if (!test(text.charCodeAt(i), i)) return false;
  return true;
}

/**
 * A request type or intent name as it may go into a log line: intent names are letters,
 * periods and underscores (Alexa's rule for them), so anything else (digits, spaces, a phone
 * number in a made-up event) is logged as a placeholder, never as given.
 */
export function loggableName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  // /^[A-Za-z][A-Za-z_.]*$/, at most 100 characters.
  const ok =
    name.length > 0 &&
    name.length <= 100 &&
    isAsciiLetter(name.charCodeAt(0)) &&
    all(name, 1, name.length, (c) => isAsciiLetter(c) || c === 95 /* _ */ || c === 46 /* . */);
  return ok ? name : '(not a name)';
}

const REQUEST_ID_PREFIX = 'amzn1.echo-api.request.';
/** Where a UUID (8-4-4-4-12 hexadecimal digits) has its hyphens. */
const UUID_HYPHENS = [8, 13, 18, 23];

/**
 * Alexa's request ids (`amzn1.echo-api.request.<uuid>`) as they may go into a log line. Only that
 * exact shape is logged as given: a UUID leaves no room for a user or device id, and no free text
 * for a phone number, in a forged id (`amzn1.ask.account.…` would otherwise carry a user id into
 * the logs). Anything else is logged as a placeholder.
 */
export function loggableRequestId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  // /^amzn1\.echo-api\.request\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
  const start = REQUEST_ID_PREFIX.length;
  const ok =
    id.length === start + 36 &&
    all(id, 0, start, (c, i) => asciiLower(c) === REQUEST_ID_PREFIX.charCodeAt(i)) &&
    all(id, start, id.length, (c, i) => (UUID_HYPHENS.includes(i - start) ? c === 45 : isHexDigit(asciiLower(c))));
  return ok ? id : '(not an id)';
}

/** A locale such as `en-US`; anything else is not logged as given. */
export function loggableLocale(locale: unknown): string | undefined {
  if (typeof locale !== 'string') return undefined;
  // /^[a-z]+-[A-Z]+$/, at most 6 characters.
  const dash = locale.indexOf('-');
  const ok =
    locale.length <= 6 &&
    dash > 0 &&
    dash < locale.length - 1 &&
    all(locale, 0, dash, isAsciiLower) &&
    all(locale, dash + 1, locale.length, isAsciiUpper);
  return ok ? locale : '(not a locale)';
}
