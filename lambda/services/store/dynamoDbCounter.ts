import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, ITEM_LIFETIME_SECONDS } from './dynamoDbStore';
import type { SharedCounter } from './sharedCounter';
import { StoreError } from './storeError';

/**
 * A shared count in SKILL_TABLE: item `{ id: key, count, expiresAt }`, changed by one conditional
 * UpdateItem each time, so any number of concurrent requests count exactly without re-reading
 * (no optimistic-locking retries on a key every listener writes). Expires like the listeners'
 * items. If an update's reply is lost and the SDK retries it, the count is one too high: the
 * cap errs on the side of fewer texts.
 */
export class DynamoDbCounter implements SharedCounter {
  constructor(
    private readonly table: string,
    private readonly timeoutMs: number,
  ) {}

  /** One conditional update: true if it was made, false if its condition failed. */
  private async update(
    key: string,
    expression: Pick<UpdateCommand['input'], 'UpdateExpression' | 'ConditionExpression'>,
    values: Record<string, number>,
  ): Promise<boolean> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      await documentClient().send(
        new UpdateCommand({
          TableName: this.table,
          Key: { id: key },
          ...expression,
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: values,
        }),
        { abortSignal: signal },
      );
      return true;
    } catch (err) {
      const name = err instanceof Error ? err.name : 'Unknown';
      if (name === 'ConditionalCheckFailedException') return false;
      if (signal.aborted) throw new StoreError('DynamoDb', 'timeout', 'Deadline');
      throw new StoreError('DynamoDb', 'unavailable', name);
    }
  }

  take(key: string, limit: number): Promise<boolean> {
    return this.update(
      key,
      {
        UpdateExpression: 'SET #count = if_not_exists(#count, :zero) + :one, expiresAt = :expiresAt',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      },
      { ':zero': 0, ':one': 1, ':limit': limit, ':expiresAt': Math.floor(Date.now() / 1000) + ITEM_LIFETIME_SECONDS },
    );
  }

  async giveBack(key: string): Promise<void> {
    await this.update(
      key,
      { UpdateExpression: 'SET #count = #count - :one', ConditionExpression: '#count > :zero' },
      { ':zero': 0, ':one': 1 },
    );
  }
}
