import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapDynamoError } from './errors';

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

/**
 * Writes requests 25 at a time with BatchWrite, retrying unprocessed items and throttling
 * with exponential backoff and jitter. Puts and deletes of whole items: running it again
 * leaves the same table.
 */
export async function batchWrite(client: DynamoDBDocumentClient, tableName: string, requests: WriteRequest[], options: { maxRetries?: number; baseDelayMs?: number } = {}): Promise<void> {
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
}
