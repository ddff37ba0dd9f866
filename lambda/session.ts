import type { HandlerInput } from 'ask-sdk-core';
import type { Card, FollowUp, Offer, TopicId } from '../content';
import type { Screen } from './screens/screen';

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
}

export function readSession(input: HandlerInput): SkillSession {
  return input.attributesManager.getSessionAttributes<SkillSession>() ?? {};
}

export function writeSession(input: HandlerInput, session: SkillSession): void {
  input.attributesManager.setSessionAttributes(session);
}
