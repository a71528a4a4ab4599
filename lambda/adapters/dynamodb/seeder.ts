import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { IngestedDocument } from '../../core/changes/merge';
import type { ChangeLogEntry } from '../../core/changes/pending';
import type { AppliedDocument } from '../../core/changes/replay';
import type { Dataset } from '../../core/model';
import { type WriteRequest, batchWrite } from './batch-write';
import { mapDynamoError } from './errors';
import { toItems } from './items';
import { CHANGE_LOG_PK, REF_PK } from './keys';

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
  await batchWrite(client, tableName, requests, options);
  return { written: items.length, deleted: stale.length, version: String(items[0]?.version) };
}

/** The documents editors added from Slack, from the change log (PK=CHANGE), oldest first. */
export async function appliedDocuments(client: DynamoDBDocumentClient, tableName: string): Promise<AppliedDocument[]> {
  const out: AppliedDocument[] = [];
  try {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': CHANGE_LOG_PK }, ExclusiveStartKey: start }));
      for (const i of page.Items ?? []) {
        const entry = i.record as ChangeLogEntry | undefined;
        if (entry) out.push({ changeId: entry.changeId, approvedAt: entry.approvedAt, document: i.document as IngestedDocument | undefined, documentId: entry.document });
      }
      start = page.LastEvaluatedKey;
    } while (start);
  } catch (e) {
    throw mapDynamoError(e, tableName);
  }
  return out;
}
