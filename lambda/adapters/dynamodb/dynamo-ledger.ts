import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ReminderLedger } from '../../core/ports';
import { mapDynamoError } from './errors';
import { sentPk, sentSk } from './keys';

type Key = { item: string; subscriber: string; lead: number };

/**
 * Sent-markers with conditional writes (never read-then-write): a claim succeeds only if
 * no marker exists, or if a pending one's lease has run out (its run died).
 */
export class DynamoReminderLedger implements ReminderLedger {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private key(k: Key) {
    return { PK: sentPk(k.item), SK: sentSk(k.subscriber, k.lead) };
  }

  async claim(k: Key, nowMs: number, leaseMs: number): Promise<'claimed' | 'skip'> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...this.key(k), type: 'sent', status: 'pending', claimedAt: nowMs },
          ConditionExpression: 'attribute_not_exists(PK) OR (#s = :pending AND claimedAt < :stale)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending', ':stale': nowMs - leaseMs },
        }),
      );
      return 'claimed';
    } catch (e) {
      if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return 'skip';
      throw mapDynamoError(e, this.tableName);
    }
  }

  async complete(k: Key, nowMs: number, slackTs?: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.key(k),
          UpdateExpression: 'SET #s = :sent, sentAt = :now, slackTs = :ts',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':sent': 'sent', ':now': nowMs, ':ts': slackTs ?? null },
        }),
      );
    } catch (e) {
      throw mapDynamoError(e, this.tableName);
    }
  }

  async release(k: Key, _nowMs: number): Promise<void> {
    try {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: this.key(k), ConditionExpression: '#s = :pending', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':pending': 'pending' } }));
    } catch (e) {
      if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return;
      throw mapDynamoError(e, this.tableName);
    }
  }
}
