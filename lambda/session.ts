import type { HandlerInput } from 'ask-sdk-core';
import { topics, type Card, type FollowUp, type Offer, type TopicId } from '../content';
import type { Screen } from './screens/screen';

/** Items read per turn before "want to hear more?" (VOICE-DESIGN: at most three). */
export const LIST_PAGE_SIZE = 3;

/** What the skill remembers within one session (session attributes). Nothing personal. */
export interface SkillSession {
  /** The not-medical-advice line has been said in this session. */
  disclaimerGiven?: boolean;
  /** The last answer, for Repeat. */
  last?: { speech: string; followUp?: FollowUp; card?: Card; screen?: Screen };
  /** What "yes" accepts: the offer made by the last question. */
  pending?: Offer;
  /** Where we are in a list read three items at a time. */
  list?: { topic: TopicId; page: number };
  /** A brand's note ("Ozobax is liquid baclofen") has been said in this session. */
  brandNoted?: boolean;
}

/**
 * The session as the skill left it. Alexa hands back what the last response set, but a request
 * may come without a session (AudioPlayer and other out-of-session events) or with attributes of
 * another shape (an older version of the skill, a hand-written test event): anything that is
 * not what this version writes is dropped here, so no handler ever trips over it.
 */
export function readSession(input: HandlerInput): SkillSession {
  if (!input.requestEnvelope.session) return {};
  const stored: unknown = input.attributesManager.getSessionAttributes();
  if (!isObject(stored)) return {};
  // Each part is checked when a handler reads it: most answers read only `disclaimerGiven`, and
  // a cold start should not pay for checking offers and list positions nobody asked about.
  return {
    get disclaimerGiven() {
      return stored.disclaimerGiven === true ? true : undefined;
    },
    get last() {
      return checkedLast(stored.last);
    },
    get pending() {
      return checkedOffer(stored.pending);
    },
    get list() {
      return checkedList(stored.list);
    },
    get brandNoted() {
      return stored.brandNoted === true ? true : undefined;
    },
  };
}

/** Out of a session there is nothing to write to (ask-sdk throws): the reply is spoken and forgotten. */
export function writeSession(input: HandlerInput, session: SkillSession): void {
  if (!input.requestEnvelope.session) return;
  input.attributesManager.setSessionAttributes(session);
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(topics, value);
}

function isListTopicId(value: unknown): value is TopicId {
  return isTopicId(value) && 'items' in topics[value];
}

function pageOf(topic: TopicId, value: unknown): number | undefined {
  const items = (topics[topic] as { items?: string[] }).items ?? [];
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) * LIST_PAGE_SIZE < items.length
    ? (value as number)
    : undefined;
}

export function checkedOffer(value: unknown): Offer | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case 'topic':
      return isTopicId(value.topic) ? { kind: 'topic', topic: value.topic } : undefined;
    case 'repeatNumber':
      return value.offerText === true ? { kind: 'repeatNumber', offerText: true } : { kind: 'repeatNumber' };
    case 'confirmText':
      return typeof value.id === 'string' && value.id.length > 0 && value.id.length <= 100
        ? { kind: 'confirmText', id: value.id }
        : undefined;
    case 'moreList':
    case 'readNumber':
    case 'readSamhsa':
    case 'textNumber':
    case 'repeat':
    case 'anythingElse':
      return { kind: value.kind };
    default:
      return undefined;
  }
}

function checkedFollowUp(value: unknown): FollowUp | undefined {
  if (!isObject(value) || typeof value.question !== 'string' || typeof value.reprompt !== 'string') return undefined;
  const offer = checkedOffer(value.offer);
  return offer && { question: value.question, reprompt: value.reprompt, offer };
}

function checkedCard(value: unknown): Card | undefined {
  return isObject(value) && typeof value.title === 'string' && typeof value.text === 'string'
    ? { title: value.title, text: value.text }
    : undefined;
}

function checkedScreen(value: unknown): Screen | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case 'home':
    case 'helpLine':
    case 'askYourDoctor':
    case 'emergency':
    case 'selfHarm':
      return { kind: value.kind };
    case 'topic':
      return isTopicId(value.topic) ? { kind: 'topic', topic: value.topic } : undefined;
    case 'list': {
      if (!isListTopicId(value.topic)) return undefined;
      const page = pageOf(value.topic, value.page);
      return page === undefined ? undefined : { kind: 'list', topic: value.topic, page };
    }
    default:
      return undefined;
  }
}

function checkedLast(value: unknown): SkillSession['last'] {
  // Each part that is present must be well formed: a half-remembered answer is not repeated.
  if (!isObject(value) || typeof value.speech !== 'string' || value.speech.trim() === '') return undefined;
  const followUp = checkedFollowUp(value.followUp);
  const card = checkedCard(value.card);
  const screen = checkedScreen(value.screen);
  if ((value.followUp !== undefined && !followUp) || (value.card !== undefined && !card)) return undefined;
  if (value.screen !== undefined && !screen) return undefined;
  return {
    speech: value.speech,
    ...(followUp ? { followUp } : {}),
    ...(card ? { card } : {}),
    ...(screen ? { screen } : {}),
  };
}

function checkedList(value: unknown): SkillSession['list'] {
  if (!isObject(value) || !isListTopicId(value.topic)) return undefined;
  const page = pageOf(value.topic, value.page);
  return page === undefined ? undefined : { topic: value.topic, page };
}
