/**
 * How long a listener's record is kept after its last write, in every store. The skill keeps
 * only a daily count of texts, so a record can go once it is a few days old. DynamoDB items carry
 * it as `expiresAt` (epoch seconds, the table's TTL attribute); the file store keeps the same
 * field in each record and removes the record once that time has passed.
 */
export const RECORD_LIFETIME_SECONDS = 3 * 24 * 60 * 60;

/** `expiresAt` for a record written at `nowMs`: epoch seconds, as DynamoDB's TTL reads it. */
export function expiresAtFor(nowMs: number): number {
  return Math.floor(nowMs / 1000) + RECORD_LIFETIME_SECONDS;
}
