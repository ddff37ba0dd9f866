import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { clientPerEnvironment } from '../awsClient';
import { expiresAtFor, RECORD_LIFETIME_SECONDS } from './lifetime';
import { StoreError } from './storeError';
import type { RecordBackend, StoredRecord } from './versionedPersistenceAdapter';

/**
 * SKILL_STORE=dynamodb: one item per listener in SKILL_TABLE, on AWS SDK v3.
 *
 * Item: `id` (partition key, string: the hashed user id), `attributes` (map), `version`
 * (number, for optimistic locking) and `expiresAt` (epoch seconds; the table's TTL attribute).
 * The skill keeps only a daily count of texts, so an item can go once it is a few days old.
 */
export const ITEM_LIFETIME_SECONDS = RECORD_LIFETIME_SECONDS;

// Two attempts: a throttled or dropped read is worth one retry inside the store deadline.
export const documentClient = clientPerEnvironment('AWS_ENDPOINT_URL_DYNAMODB', () =>
  DynamoDBDocumentClient.from(new DynamoDBClient({ maxAttempts: 2 }), {
    marshallOptions: { removeUndefinedValues: true },
  }),
);

export class DynamoDbRecordBackend implements RecordBackend {
  constructor(
    private readonly table: string,
    private readonly timeoutMs: number,
  ) {}

  private async call<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      return await work(signal);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      if (signal.aborted) throw new StoreError('DynamoDb', 'timeout', 'Deadline');
      const name = err instanceof Error ? err.name : 'Unknown';
      if (name === 'ConditionalCheckFailedException') throw new StoreError('DynamoDb', 'conflict', name);
      throw new StoreError('DynamoDb', 'unavailable', name);
    }
  }

  async read(key: string): Promise<StoredRecord | undefined> {
    const out = await this.call((abortSignal) =>
      documentClient().send(new GetCommand({ TableName: this.table, Key: { id: key }, ConsistentRead: true }), {
        abortSignal,
      }),
    );
    if (!out.Item) return undefined;
    return {
      version: Number(out.Item.version ?? 0),
      attributes: (out.Item.attributes ?? {}) as Record<string, unknown>,
    };
  }

  async write(key: string, record: StoredRecord, expectedVersion: number): Promise<void> {
    const expiresAt = expiresAtFor(Date.now());
    await this.call((abortSignal) =>
      documentClient().send(
        new PutCommand({
          TableName: this.table,
          Item: { id: key, attributes: record.attributes, version: record.version, expiresAt },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(id)' }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
        { abortSignal },
      ),
    );
  }

  async remove(key: string): Promise<void> {
    await this.call((abortSignal) =>
      documentClient().send(new DeleteCommand({ TableName: this.table, Key: { id: key } }), { abortSignal }),
    );
  }
}
