import type { StoreConfig } from '../../config';
import { StoreError } from './storeError';
import type { RecordBackend } from './versionedPersistenceAdapter';

/**
 * A count that all listeners share, kept in the same store as their records under a key of its
 * own (never a hashed user id: those are 64 hex digits). The skill-wide daily text cap
 * (SMS_GLOBAL_DAILY_LIMIT, lambda/texting/skillWideTexts.ts) counts with it.
 */
export interface SharedCounter {
  /** Adds one to the count at `key` unless it has reached `limit`. True when one was added. */
  take(key: string, limit: number): Promise<boolean>;
  /** Takes one back (never below zero). */
  giveBack(key: string): Promise<void>;
}

/** How many times a read-then-write counter re-reads after another request wrote first. */
const CONFLICT_RETRIES = 5;

/**
 * The file and memory stores: a record `{ count }` written with the backend's optimistic locking.
 * (DynamoDB counts with one conditional update instead: lambda/services/store/dynamoDbCounter.ts.)
 */
export class RecordCounter implements SharedCounter {
  constructor(private readonly backend: RecordBackend) {}

  private async change(key: string, next: (count: number) => number | undefined): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      const stored = await this.backend.read(key);
      const count = typeof stored?.attributes.count === 'number' ? stored.attributes.count : 0;
      const updated = next(count);
      if (updated === undefined) return false;
      const version = stored?.version ?? 0;
      try {
        await this.backend.write(key, { version: version + 1, attributes: { count: updated } }, version);
        return true;
      } catch (err) {
        if (err instanceof StoreError && err.failure === 'conflict' && attempt < CONFLICT_RETRIES) continue;
        throw err;
      }
    }
  }

  take(key: string, limit: number): Promise<boolean> {
    return this.change(key, (count) => (count < limit ? count + 1 : undefined));
  }

  async giveBack(key: string): Promise<void> {
    await this.change(key, (count) => (count > 0 ? count - 1 : undefined));
  }
}

/** The shared counter of the store chosen by SKILL_STORE (its SDK loaded only when chosen). */
export async function createSharedCounter(config: StoreConfig): Promise<SharedCounter> {
  switch (config.kind) {
    case 'dynamodb': {
      const { DynamoDbCounter } = await import('./dynamoDbCounter');
      return new DynamoDbCounter(config.table, config.timeoutMs);
    }
    case 'file': {
      const { FileRecordBackend } = await import('./fileStore');
      return new RecordCounter(new FileRecordBackend(config.dataDir));
    }
    case 'memory': {
      const { MemoryRecordBackend } = await import('./memoryStore');
      return new RecordCounter(new MemoryRecordBackend());
    }
  }
}
