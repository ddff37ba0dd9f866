import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Card, FollowUp, TopicId } from '../content';
import { contentOf } from './locale';
import { SCREEN_ATTRIBUTE, supportsApl, type Screen } from './screens/screen';
import { readSession, writeSession } from './session';

/**
 * What a handler decides; `respond` turns it into a response the same way for everyone,
 * so the certification rules live in one place: a question keeps the session open and
 * carries a reprompt; no question ends the session.
 */
export interface Reply {
  speech: string;
  followUp?: FollowUp;
  card?: Card;
  /** Medical information: the first one in a session is prefixed by the disclaimer. */
  informational?: boolean;
  /** The speech already carries the disclaimer (launch, ask-your-doctor). */
  disclaimerIncluded?: boolean;
  /** A brand's note said before the answer ("Ozobax is liquid baclofen"), once per session. */
  brandNote?: string;
  /** The list page this reply reads, remembered for "more". */
  list?: { topic: TopicId; page: number };
  /** What an APL device shows with this answer (rendered by the ScreenRenderer response interceptor). */
  screen?: Screen;
  /** For logs and metrics: what the listener got (e.g. "topic:sideEffects", "emergency"). */
  outcome: string;
}

/** Request attribute the request log reads. */
export const OUTCOME_ATTRIBUTE = 'outcome';

export function respond(input: HandlerInput, reply: Reply): Response {
  const session = readSession(input);
  const noteBrand = reply.brandNote !== undefined && !session.brandNoted;
  const answer = noteBrand ? `${reply.brandNote} ${reply.speech}` : reply.speech;
  const spoken = reply.followUp ? `${answer} ${reply.followUp.question}` : answer;
  const withDisclaimer =
    reply.informational && !session.disclaimerGiven ? `${contentOf(input).prompts.disclaimer} ${spoken}` : spoken;

  const builder = input.responseBuilder.speak(withDisclaimer);
  if (reply.followUp) builder.reprompt(reply.followUp.reprompt);
  else builder.withShouldEndSession(true);
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  // Only devices that report APL get a screen; the others have the card in the Alexa app.
  if (reply.screen && supportsApl(input)) {
    input.attributesManager.getRequestAttributes()[SCREEN_ATTRIBUTE] = reply.screen;
  }

  writeSession(input, {
    disclaimerGiven: Boolean(session.disclaimerGiven || reply.informational || reply.disclaimerIncluded),
    last: { speech: reply.speech, followUp: reply.followUp, card: reply.card, screen: reply.screen },
    pending: reply.followUp?.offer,
    list: reply.list,
    brandNoted: Boolean(session.brandNoted || noteBrand) || undefined,
  });
  input.attributesManager.getRequestAttributes()[OUTCOME_ATTRIBUTE] = reply.outcome;
  return builder.getResponse();
}

/** Pick one of several wordings; facts never vary between them. */
export function pick<T>(variants: readonly T[]): T {
  return variants[Math.floor(Math.random() * variants.length)];
}
