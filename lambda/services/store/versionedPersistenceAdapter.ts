import { createHash } from 'node:crypto';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/** What a store keeps per listener: their persistent attributes and a version for optimistic locking. */
export interface StoredRecord {
  version: number;
  attributes: Record<string, unknown>;
}

/** A place to keep records by key (DynamoDB, a folder of files, memory). */
export interface RecordBackend {
  read(key: string): Promise<StoredRecord | undefined>;
  /**
   * Writes `record` if the stored version still equals `expectedVersion` (0: no record yet);
   * otherwise throws a StoreError with failure `conflict`.
   */
  write(key: string, record: StoredRecord, expectedVersion: number): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * The key for a listener: a SHA-256 of the Alexa user id, so the store (and anything that
 * reads it) never holds the id itself.
 */
export function listenerKey(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) throw new Error('request carries no user id');
  return createHash('sha256').update(userId).digest('hex');
}

/**
 * ask-sdk's PersistenceAdapter over a RecordBackend, with optimistic locking: a save only
 * succeeds if nobody wrote the record since this request read it. The attributes manager
 * passes the same request envelope to get and save, so the version read is remembered per
 * envelope. Two concurrent requests (a "yes" retried while the first is still running)
 * cannot both reserve the same text.
 */
export class VersionedPersistenceAdapter implements PersistenceAdapter {
  private readonly versionsRead = new WeakMap<RequestEnvelope, number>();

  constructor(private readonly backend: RecordBackend) {}

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const record = await this.backend.read(listenerKey(envelope));
    this.versionsRead.set(envelope, record?.version ?? 0);
    return record?.attributes ?? {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const key = listenerKey(envelope);
    // Saved without reading first: take the current version (last writer wins for that case).
    const expected = this.versionsRead.get(envelope) ?? (await this.backend.read(key))?.version ?? 0;
    const next = expected + 1;
    await this.backend.write(key, { version: next, attributes }, expected);
    this.versionsRead.set(envelope, next);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await this.backend.remove(listenerKey(envelope));
    this.versionsRead.delete(envelope);
  }
}
