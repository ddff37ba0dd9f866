export type StoreScope = 'DynamoDb' | 'File' | 'Memory';

/**
 * - `conflict`: someone else wrote the record since we read it (optimistic locking);
 * - `timeout`: no answer within STORE_TIMEOUT_MS;
 * - `unavailable`: any other failure (table missing, no credentials, network).
 */
export type StoreFailure = 'conflict' | 'timeout' | 'unavailable';

export class StoreError extends Error {
  constructor(
    readonly scope: StoreScope,
    readonly failure: StoreFailure,
    readonly code?: string,
  ) {
    super(`${failure}${code ? ` (${code})` : ''}`);
    this.name = `Store.${scope} Error`;
  }
}
