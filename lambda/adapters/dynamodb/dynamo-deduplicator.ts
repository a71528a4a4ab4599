import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventClaim, EventDeduplicator } from '../../core/ports';
import { mapDynamoError } from './errors';
import { EVENT_PK, eventSk } from './keys';

const isConditionFailure = (e: unknown) => (e as { name?: string }).name === 'ConditionalCheckFailedException';

/**
 * Slack request de-duplication over the table with ONE conditional PutItem per request:
 * it succeeds when the id was never seen, or when its lease has run out — the call
 * holding it died, or its record has expired (completing extends the lease to the
 * record's expiry, and no lease outlasts its record). A
 * second write happens only off the fast path: `complete` when the reply was slow
 * enough for Slack to retry, `release` when the request failed before answering.
 */
export class DynamoDeduplicator implements EventDeduplicator {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly nowMs: () => number = Date.now,
  ) {}

  async claim(id: string, o: { leaseMs?: number; ttlSeconds?: number } = {}): Promise<EventClaim | null> {
    const now = this.nowMs();
    const expiresAt = Math.floor(now / 1000) + (o.ttlSeconds ?? 3600);
    // a lease never outlasts its record, so an expired record (which DynamoDB's TTL may
    // leave in place for a while) always has an expired lease: one condition covers both
    const leaseUntil = Math.min(now + (o.leaseMs ?? 15_000), expiresAt * 1000);
    const Key = { PK: EVENT_PK, SK: eventSk(id) };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...Key, type: 'event', leaseUntil, expiresAt },
          ConditionExpression: 'attribute_not_exists(PK) OR leaseUntil < :now',
          ExpressionAttributeValues: { ':now': now },
        }),
      );
    } catch (e) {
      if (isConditionFailure(e)) return null;
      throw mapDynamoError(e, this.tableName);
    }
    return {
      complete: async () => {
        try {
          // answered: the lease now lasts as long as the record
          await this.client.send(new UpdateCommand({ TableName: this.tableName, Key, UpdateExpression: 'SET leaseUntil = :end', ExpressionAttributeValues: { ':end': expiresAt * 1000 } }));
        } catch (e) {
          throw mapDynamoError(e, this.tableName);
        }
      },
      release: async () => {
        try {
          // only our own claim: a later one (after our lease) is someone else's
          await this.client.send(new DeleteCommand({ TableName: this.tableName, Key, ConditionExpression: 'leaseUntil = :mine', ExpressionAttributeValues: { ':mine': leaseUntil } }));
        } catch (e) {
          if (!isConditionFailure(e)) throw mapDynamoError(e, this.tableName);
        }
      },
    };
  }
}
