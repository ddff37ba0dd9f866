import type { PersistenceAdapter } from 'ask-sdk-core';
import type { StoreConfig } from '../../config';
import { VersionedPersistenceAdapter } from './versionedPersistenceAdapter';

/** The store chosen by SKILL_STORE. DynamoDB (and its SDK) is its own chunk, loaded only when chosen. */
export async function createPersistenceAdapter(config: StoreConfig): Promise<PersistenceAdapter> {
  switch (config.kind) {
    case 'dynamodb': {
      const { DynamoDbRecordBackend } = await import('./dynamoDbStore');
      return new VersionedPersistenceAdapter(new DynamoDbRecordBackend(config.table, config.timeoutMs));
    }
    case 'file': {
      const { FileRecordBackend } = await import('./fileStore');
      return new VersionedPersistenceAdapter(new FileRecordBackend(config.dataDir));
    }
    case 'memory': {
      const { MemoryRecordBackend } = await import('./memoryStore');
      return new VersionedPersistenceAdapter(new MemoryRecordBackend());
    }
  }
}
