import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SubscriptionStore } from '../../core/ports';
import type { Subscription } from '../../core/reminders';
import { mapDynamoError } from './errors';
import { SUBSCRIPTION_GSI1PK, subscriptionPk, subscriptionSk } from './keys';

const SCOPE = 'all';

/** Subscriptions in the table: PK=SUB#<subscriber>; all of them through GSI1. */
export class DynamoSubscriptionStore implements SubscriptionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private key(subscriber: string) {
    return { PK: subscriptionPk(subscriber), SK: subscriptionSk(SCOPE) };
  }

  private async run<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw mapDynamoError(e, this.tableName);
    }
  }

  get(subscriber: string): Promise<Subscription | null> {
    return this.run(async () => {
      const r = await this.client.send(new GetCommand({ TableName: this.tableName, Key: this.key(subscriber) }));
      return (r.Item?.record as Subscription | undefined) ?? null;
    });
  }

  put(s: Subscription): Promise<void> {
    return this.run(async () => {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: { ...this.key(s.subscriber), GSI1PK: SUBSCRIPTION_GSI1PK, GSI1SK: `${s.subscriber}#${SCOPE}`, type: 'subscription', record: s } }),
      );
    });
  }

  delete(subscriber: string): Promise<void> {
    return this.run(async () => {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: this.key(subscriber) }));
    });
  }

  all(): Promise<Subscription[]> {
    return this.run(async () => {
      const out: Subscription[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.client.send(
          new QueryCommand({ TableName: this.tableName, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': SUBSCRIPTION_GSI1PK }, ExclusiveStartKey: start }),
        );
        for (const i of page.Items ?? []) out.push(i.record as Subscription);
        start = page.LastEvaluatedKey;
      } while (start);
      return out;
    });
  }

  disable(subscriber: string, reason: string, at: string): Promise<void> {
    return this.run(async () => {
      await this.client
        .send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: this.key(subscriber),
            UpdateExpression: 'SET #r.#d = :d',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeNames: { '#r': 'record', '#d': 'disabled' },
            ExpressionAttributeValues: { ':d': { reason, at } },
          }),
        )
        .catch((e) => {
          // unsubscribed meanwhile: nothing to disable
          if ((e as { name?: string }).name !== 'ConditionalCheckFailedException') throw e;
        });
    });
  }
}
