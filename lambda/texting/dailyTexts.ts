import { randomUUID } from 'node:crypto';
import type { AttributesManager } from 'ask-sdk-core';
import { smsConfig } from '../config';
import { StoreError } from '../services/store/storeError';
import { giveBackSkillWideText, takeSkillWideText } from './skillWideTexts';

/**
 * The daily texting limit, counted in the listener's persistent attributes so it holds across
 * Lambda containers. Stored: the UTC day, how many texts were sent that day, and for each text
 * the random id of the confirmation it answered (to refuse a second text for the same "yes") with
 * the random id of the attempt that reserved it (so a request recognises its own write).
 * Never the phone number, never what the listener asked.
 */
export interface DailyTexts {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  count: number;
  /** The "Should I text it…?" questions already answered with a text (today only). */
  confirmations: ConfirmationAnswered[];
}

export interface ConfirmationAnswered {
  /** The confirmation's id (the offer in the session). */
  id: string;
  /** The id of the reservation attempt that wrote it: one per "yes" request. */
  attempt: string;
}

export const DAILY_TEXTS_ATTRIBUTE = 'dailyTexts';

export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function confirmationAnswered(value: unknown): ConfirmationAnswered | undefined {
  // Records written before attempts were kept hold bare ids: answered, by nobody still asking.
  if (typeof value === 'string') return { id: value, attempt: '' };
  const { id, attempt } = (value ?? {}) as Partial<ConfirmationAnswered>;
  return typeof id === 'string' ? { id, attempt: typeof attempt === 'string' ? attempt : '' } : undefined;
}

function todays(attributes: Record<string, unknown>, day: string): DailyTexts {
  const stored = attributes[DAILY_TEXTS_ATTRIBUTE] as Partial<DailyTexts> | undefined;
  if (!stored || stored.day !== day) return { day, count: 0, confirmations: [] };
  return {
    day,
    count: typeof stored.count === 'number' ? stored.count : 0,
    confirmations: Array.isArray(stored.confirmations)
      ? stored.confirmations.flatMap((c) => confirmationAnswered(c) ?? [])
      : [],
  };
}

/** Texts already sent today (a fresh read of the store). */
export async function textsSentToday(attributes: AttributesManager): Promise<number> {
  return todays(await attributes.getPersistentAttributes(false), utcDay()).count;
}

/**
 * - `reserved`: one of today's texts is now this confirmation's, written by this request;
 * - `alreadySent`: another request (the same "yes" delivered twice, or retried) answered it;
 * - `limitReached`: today's texts are used up;
 * - `busy`: other requests kept writing the listener's record and this one gave up; nothing was
 *   reserved, so nothing will be sent.
 */
export type Reservation = 'reserved' | 'alreadySent' | 'limitReached' | 'busy';

/**
 * How many times a reservation writes. A request loses a race only to a write that reserved or gave
 * back a text, and every reservation brings the limit closer, so with a daily limit of 3 a request
 * decides within 4 writes at most unless texts are also being given back at the same moment.
 */
export const MAX_WRITES = 6;

/** A short random pause before trying again, growing with each lost race, so racing requests spread out. */
function pause(writes: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * writes));
}

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
 *
 * The record names the attempt that wrote it, so a write whose answer was lost is still known
 * as this request's own: when the AWS SDK retries a write that had landed, the retry fails its
 * own condition; when every attempt's answer is lost the write fails; either way a fresh read
 * shows this attempt's id, and the text is reserved (never "already sent", never "couldn't send").
 */
async function reserveListenerText(
  attributes: AttributesManager,
  confirmation: string,
  limit: number,
): Promise<Reservation> {
  const attempt = randomUUID();
  let failed: StoreError | undefined;
  for (let writes = 0; ;) {
    const stored = await attributes.getPersistentAttributes(false);
    const texts = todays(stored, utcDay());
    const answered = texts.confirmations.find((c) => c.id === confirmation);
    if (answered) return answered.attempt === attempt ? 'reserved' : 'alreadySent';
    if (texts.count >= limit) return 'limitReached';
    // The last write failed and did not land: the store is failing, not contended.
    if (failed) throw failed;
    if (writes >= MAX_WRITES) return 'busy';
    attributes.setPersistentAttributes({
      ...stored,
      [DAILY_TEXTS_ATTRIBUTE]: {
        day: texts.day,
        count: texts.count + 1,
        confirmations: [...texts.confirmations, { id: confirmation, attempt }],
      } satisfies DailyTexts,
    });
    writes += 1;
    try {
      await attributes.savePersistentAttributes();
      return 'reserved';
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      // `conflict`: another request wrote first, or this write landed and the SDK's retry of it
      // lost to it. `timeout` / `unavailable`: it may have landed with its answer lost. Read again.
      if (err.failure === 'conflict') await pause(writes);
      else failed = err;
    }
  }
}

async function releaseListenerText(attributes: AttributesManager, confirmation: string): Promise<void> {
  let failed: StoreError | undefined;
  let lost: StoreError | undefined;
  for (let writes = 0; ;) {
    const stored = await attributes.getPersistentAttributes(false);
    const texts = todays(stored, utcDay());
    // Not there (any more): nothing to give back, or a write of this release landed with its answer lost.
    if (!texts.confirmations.some((c) => c.id === confirmation)) return;
    if (failed) throw failed;
    // Still contended after a few tries: the text stays counted (logged by the caller).
    if (lost && writes >= MAX_WRITES) throw lost;
    attributes.setPersistentAttributes({
      ...stored,
      [DAILY_TEXTS_ATTRIBUTE]: {
        day: texts.day,
        count: Math.max(0, texts.count - 1),
        confirmations: texts.confirmations.filter((c) => c.id !== confirmation),
      } satisfies DailyTexts,
    });
    writes += 1;
    try {
      await attributes.savePersistentAttributes();
      return;
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      if (err.failure !== 'conflict') failed = err;
      else {
        lost = err;
        await pause(writes);
      }
    }
  }
}
