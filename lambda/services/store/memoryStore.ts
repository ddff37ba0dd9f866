import { StoreError } from './storeError';
import type { RecordBackend, StoredRecord } from './versionedPersistenceAdapter';

/** SKILL_STORE=memory: records live as long as the process (tests, a quick console session). */
export class MemoryRecordBackend implements RecordBackend {
  private readonly records = new Map<string, StoredRecord>();

  async read(key: string): Promise<StoredRecord | undefined> {
    const found = this.records.get(key);
    return found && structuredClone(found);
  }

  async write(key: string, record: StoredRecord, expectedVersion: number): Promise<void> {
    if ((this.records.get(key)?.version ?? 0) !== expectedVersion) throw new StoreError('Memory', 'conflict');
    this.records.set(key, structuredClone(record));
  }

  async remove(key: string): Promise<void> {
    this.records.delete(key);
  }
}
