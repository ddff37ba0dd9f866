import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { storeConfig } from '../../config';

/**
 * The persistence adapter given to the skill builder. It holds nothing until a handler first
 * reads or writes persistent attributes (only the texting path does); then it imports the
 * store chosen by SKILL_STORE. A content answer never loads a store or the AWS SDK.
 *
 * One store per distinct configuration, kept for the life of the container (so the memory
 * store keeps its records between requests, and a test that changes SKILL_STORE gets a new one).
 */
export class LazyPersistenceAdapter implements PersistenceAdapter {
  private readonly stores = new Map<string, Promise<PersistenceAdapter>>();

  private store(): Promise<PersistenceAdapter> {
    const config = storeConfig();
    const key = JSON.stringify(config);
    let found = this.stores.get(key);
    if (!found) {
      found = import('./createPersistenceAdapter').then((m) => m.createPersistenceAdapter(config));
      // A failed import is not remembered: the next request tries again.
      found.catch(() => this.stores.delete(key));
      this.stores.set(key, found);
    }
    return found;
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return (await this.store()).getAttributes(envelope);
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    return (await this.store()).saveAttributes(envelope, attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const store = await this.store();
    await store.deleteAttributes?.(envelope);
  }
}
