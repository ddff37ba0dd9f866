import type { AttributesManager } from 'ask-sdk-core';
import { smsConfig } from '../config';
import { StoreError } from '../services/store/storeError';
import { giveBackSkillWideText, takeSkillWideText } from './skillWideTexts';

/**
 * The daily texting limit, counted in the listener's persistent attributes so it holds across
 * Lambda containers. Stored: the UTC day, how many texts were sent that day, and the random
 * ids of the confirmations they answered (to refuse a second text for the same "yes").
 * Never the phone number, never what the listener asked.
 */
export interface DailyTexts {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  count: number;
  /** Ids of the "Should I text it…?" questions already answered with a text (today only). */
  confirmations: string[];
}

export const DAILY_TEXTS_ATTRIBUTE = 'dailyTexts';

export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function todays(attributes: Record<string, unknown>, day: string): DailyTexts {
  const stored = attributes[DAILY_TEXTS_ATTRIBUTE] as Partial<DailyTexts> | undefined;
  if (!stored || stored.day !== day) return { day, count: 0, confirmations: [] };
  return {
    day,
    count: typeof stored.count === 'number' ? stored.count : 0,
    confirmations: Array.isArray(stored.confirmations) ? stored.confirmations.filter((c) => typeof c === 'string') : [],
  };
}

/** Texts already sent today (a fresh read of the store). */
export async function textsSentToday(attributes: AttributesManager): Promise<number> {
  return todays(await attributes.getPersistentAttributes(false), utcDay()).count;
}

export type Reservation = 'reserved' | 'alreadySent' | 'limitReached';

/** How many times a reservation re-reads after losing a race with another request. */
const CONFLICT_RETRIES = 2;

/**
 * Counts a text against today's limits before it is sent: the listener's (SMS_DAILY_LIMIT), then,
 * when SMS_GLOBAL_DAILY_LIMIT is set, all listeners' together. When the skill-wide count is used
 * up the listener's reservation is given back and the answer is `limitReached`.
 */
export async function reserveText(
  attributes: AttributesManager,
  confirmation: string,
  limit: number,
): Promise<Reservation> {
  const reservation = await reserveListenerText(attributes, confirmation, limit);
  const globalLimit = smsConfig().globalDailyLimit;
  if (reservation !== 'reserved' || globalLimit === undefined) return reservation;
  let taken = false;
  try {
    taken = await takeSkillWideText(utcDay(), globalLimit);
  } finally {
    // Not taken (or not known to be): nothing will be sent for this confirmation.
    if (!taken) await releaseListenerText(attributes, confirmation);
  }
  return taken ? 'reserved' : 'limitReached';
}

/** Gives back a reservation when the provider proved it did not take the message. */
export async function releaseText(attributes: AttributesManager, confirmation: string): Promise<void> {
  try {
    await releaseListenerText(attributes, confirmation);
  } finally {
    // reserveText took one of the skill-wide texts too (the flow gives back only what it reserved).
    if (smsConfig().globalDailyLimit !== undefined) await giveBackSkillWideText(utcDay());
  }
}

/**
 * Counts a text against the listener's limit before it is sent, keyed by the confirmation it answers.
 * Written first so that a crash, a timeout or a concurrent retry after this point can never
 * lead to a second text for the same confirmation.
 */
async function reserveListenerText(
  attributes: AttributesManager,
  confirmation: string,
  limit: number,
): Promise<Reservation> {
  for (let attempt = 0; ; attempt++) {
    const stored = await attributes.getPersistentAttributes(false);
    const texts = todays(stored, utcDay());
    if (texts.confirmations.includes(confirmation)) return 'alreadySent';
    if (texts.count >= limit) return 'limitReached';
    attributes.setPersistentAttributes({
      ...stored,
      [DAILY_TEXTS_ATTRIBUTE]: {
        day: texts.day,
        count: texts.count + 1,
        confirmations: [...texts.confirmations, confirmation],
      } satisfies DailyTexts,
    });
    try {
      await attributes.savePersistentAttributes();
      return 'reserved';
    } catch (err) {
      // Another request wrote first (maybe the same "yes", retried): read again and decide again.
      if (err instanceof StoreError && err.failure === 'conflict' && attempt < CONFLICT_RETRIES) continue;
      throw err;
    }
  }
}

async function releaseListenerText(attributes: AttributesManager, confirmation: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const stored = await attributes.getPersistentAttributes(false);
    const texts = todays(stored, utcDay());
    if (!texts.confirmations.includes(confirmation)) return;
    attributes.setPersistentAttributes({
      ...stored,
      [DAILY_TEXTS_ATTRIBUTE]: {
        day: texts.day,
        count: Math.max(0, texts.count - 1),
        confirmations: texts.confirmations.filter((c) => c !== confirmation),
      } satisfies DailyTexts,
    });
    try {
      await attributes.savePersistentAttributes();
      return;
    } catch (err) {
      if (err instanceof StoreError && err.failure === 'conflict' && attempt < CONFLICT_RETRIES) continue;
      throw err;
    }
  }
}
