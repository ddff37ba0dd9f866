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

/**
 * A request type or intent name as it may go into a log line: intent names are letters,
 * periods and underscores (Alexa's rule for them), so anything else (digits, spaces, a phone
 * number in a made-up event) is logged as a placeholder, never as given.
 */
export function loggableName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  // Length apart from the pattern: a bounded quantifier ({0,99}) costs V8 a large regex to compile on a cold start.
  return name.length <= 100 && /^[A-Za-z][A-Za-z_.]*$/.test(name) ? name : '(not a name)';
}

const ALEXA_REQUEST_ID = /^amzn1\.echo-api\.request\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Alexa's request ids (`amzn1.echo-api.request.<uuid>`) as they may go into a log line. Only that
 * exact shape is logged as given: a UUID leaves no room for a user or device id, and no free text
 * for a phone number, in a forged id (`amzn1.ask.account.…` would otherwise carry a user id into
 * the logs). Anything else is logged as a placeholder.
 */
export function loggableRequestId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return ALEXA_REQUEST_ID.test(id) ? id : '(not an id)';
}

/** A locale such as `en-US`; anything else is not logged as given. */
export function loggableLocale(locale: unknown): string | undefined {
  if (typeof locale !== 'string') return undefined;
  return locale.length <= 6 && /^[a-z]+-[A-Z]+$/.test(locale) ? locale : '(not a locale)';
}
