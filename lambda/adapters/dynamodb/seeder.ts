import { BatchWriteCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Dataset } from '../../core/model';
import { mapDynamoError } from './errors';
import { toItems } from './items';
import { REF_PK } from './keys';

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

export interface SeedResult {
  written: number;
  deleted: number;
  version: string;
}

/**
 * Makes the table's reference items exactly the dataset's: puts every item, deletes
 * reference items the dataset no longer has (subscriptions and markers live in other
 * partitions and are never touched). Running it twice leaves the table identical.
 */
export async function seedTable(
  client: DynamoDBDocumentClient,
  tableName: string,
  dataset: Dataset,
  options: { maxRetries?: number; baseDelayMs?: number } = {},
): Promise<SeedResult> {
  const items = toItems(dataset);
  const wanted = new Set(items.map((i) => i.SK));
  const existing: string[] = [];
  try {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': REF_PK }, ProjectionExpression: 'SK', ExclusiveStartKey: start }),
      );
      for (const i of page.Items ?? []) existing.push(String(i.SK));
      start = page.LastEvaluatedKey;
    } while (start);
  } catch (e) {
    throw mapDynamoError(e, tableName);
  }
  const stale = existing.filter((sk) => !wanted.has(sk));
  const requests: WriteRequest[] = [
    ...items.map((i) => ({ PutRequest: { Item: i as unknown as Record<string, unknown> } })),
    ...stale.map((sk) => ({ DeleteRequest: { Key: { PK: REF_PK, SK: sk } } })),
  ];
  const maxRetries = options.maxRetries ?? 8;
  const base = options.baseDelayMs ?? 50;
  for (let i = 0; i < requests.length; i += 25) {
    let batch = requests.slice(i, i + 25);
    for (let attempt = 0; batch.length > 0; attempt++) {
      if (attempt > maxRetries) throw mapDynamoError(Object.assign(new Error(`${batch.length} items still unprocessed after ${maxRetries} retries`), { name: 'ThrottlingException' }), tableName);
      if (attempt > 0) await new Promise((r) => setTimeout(r, base * 2 ** (attempt - 1) * (0.5 + Math.random() / 2)));
      try {
        const r = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: batch } }));
        batch = (r.UnprocessedItems?.[tableName] as WriteRequest[] | undefined) ?? [];
      } catch (e) {
        const name = (e as { name?: string }).name;
        if (name !== 'ProvisionedThroughputExceededException' && name !== 'ThrottlingException') throw mapDynamoError(e, tableName);
      }
    }
  }
  return { written: items.length, deleted: stale.length, version: String(items[0]?.version) };
}
