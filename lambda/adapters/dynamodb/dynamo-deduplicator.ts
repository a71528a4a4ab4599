import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EventDeduplicator } from '../../core/ports';
import { mapDynamoError } from './errors';
import { eventPk } from './keys';
import { TABLE_SCHEMA } from './table-schema';

/**
 * De-duplication records in the table: a conditional put that fails when the id was
 * seen; DynamoDB's TTL removes the records later. (A record past its expiry but not
 * yet removed by TTL is treated as absent.)
 */
export class DynamoDeduplicator implements EventDeduplicator {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly nowMs: () => number = Date.now,
  ) {}

  async firstSeen(id: string, ttlSeconds = 3600): Promise<boolean> {
    const now = Math.floor(this.nowMs() / 1000);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { PK: eventPk(id), SK: 'EVENT', [TABLE_SCHEMA.ttlAttribute]: now + ttlSeconds },
          ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now',
          ExpressionAttributeNames: { '#ttl': TABLE_SCHEMA.ttlAttribute },
          ExpressionAttributeValues: { ':now': now },
        }),
      );
      return true;
    } catch (e) {
      if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw mapDynamoError(e, this.tableName);
    }
  }
}
