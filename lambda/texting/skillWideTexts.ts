import { storeConfig } from '../config';
import { logWithMetrics } from '../log';
import { skillWideLimitMetrics } from '../metrics';
import type { SharedCounter } from '../services/store/sharedCounter';

/**
 * The skill-wide daily cap (SMS_GLOBAL_DAILY_LIMIT): texts sent today by all listeners together,
 * one count per UTC day in the store (DynamoDB when deployed), so every Lambda container sees
 * the same count. It holds the day and a number; nothing about any listener.
 *
 * One counter per store configuration, kept for the life of the container (so the memory store
 * keeps its count between requests, and a test that changes SKILL_STORE gets a new one).
 */
const counters = new Map<string, Promise<SharedCounter>>();

function counter(): Promise<SharedCounter> {
  const config = storeConfig();
  const key = JSON.stringify(config);
  let found = counters.get(key);
  if (!found) {
    found = import('../services/store/sharedCounter').then((m) => m.createSharedCounter(config));
    found.catch(() => counters.delete(key));
    counters.set(key, found);
  }
  return found;
}

/** The store key of `day`'s count (not a hashed user id, which is 64 hex digits). */
export function skillWideKey(day: string): string {
  return `skill-wide-texts#${day}`;
}

/** Takes one of `day`'s `limit` texts. False when all are used (logged, with a metric for the alarm). */
export async function takeSkillWideText(day: string, limit: number): Promise<boolean> {
  const taken = await (await counter()).take(skillWideKey(day), limit);
  if (!taken) {
    logWithMetrics(
      'warn',
      'skillWideTextLimit',
      () => ({ limit }),
      () => skillWideLimitMetrics(),
    );
  }
  return taken;
}

/** Gives back one of `day`'s texts (the provider proved it did not send). */
export async function giveBackSkillWideText(day: string): Promise<void> {
  await (await counter()).giveBack(skillWideKey(day));
}
