import { type DynamoDBDocumentClient, GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { CtocError } from '../../core/errors';
import type { ChangeSet } from './change-set';
import { overlay } from './change-set';
import { mapDynamoError } from './errors';
import type { RefItem } from './items';
import { META_SK, PENDING_SK, REF_PK, pendingPk } from './keys';

/** The META item: the data version, and the change being written, if any. */
export interface MetaItem {
  version?: string;
  applying?: { changeId: string; to: string; at: number };
}

export async function readMeta(client: DynamoDBDocumentClient, table: string): Promise<MetaItem | null> {
  try {
    const r = await client.send(new GetCommand({ TableName: table, Key: { PK: REF_PK, SK: META_SK }, ConsistentRead: true, ProjectionExpression: 'version, applying' }));
    return (r.Item as MetaItem | undefined) ?? null;
  } catch (e) {
    throw mapDynamoError(e, table);
  }
}

export async function queryAll(client: DynamoDBDocumentClient, table: string, input: Omit<QueryCommandInput, 'TableName'>, pageSize?: number): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  try {
    do {
      const page = await client.send(new QueryCommand({ ...input, TableName: table, ExclusiveStartKey: start, ...(pageSize ? { Limit: pageSize } : {}) }));
      out.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
  } catch (e) {
    throw mapDynamoError(e, table);
  }
  return out;
}

/** The change set a pending change is writing (kept on its item while it is applied). */
export async function changeSetOf(client: DynamoDBDocumentClient, table: string, changeId: string): Promise<ChangeSet | null> {
  try {
    const r = await client.send(new GetCommand({ TableName: table, Key: { PK: pendingPk(changeId), SK: PENDING_SK }, ConsistentRead: true, ProjectionExpression: 'changeSet' }));
    return (r.Item?.changeSet as ChangeSet | undefined) ?? null;
  } catch (e) {
    throw mapDynamoError(e, table);
  }
}

const sameMeta = (a: MetaItem | null, b: MetaItem | null) => a?.version === b?.version && a?.applying?.changeId === b?.applying?.changeId;

/**
 * Every reference item, as one version: the META item is read before and after the
 * paginated Query; when they differ a change was committed meanwhile and the read is
 * repeated (at most 3 times). While a change is being written (META names it), its change
 * set is laid over what was read, so a reader sees the new data whole, never a mix.
 */
export async function readReferenceItems(client: DynamoDBDocumentClient, table: string, pageSize?: number): Promise<RefItem[]> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const first = await readMeta(client, table);
    const items = (await queryAll(client, table, { KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': REF_PK }, ConsistentRead: true }, pageSize)) as unknown as RefItem[];
    const second = await readMeta(client, table);
    if (!sameMeta(first, second)) continue;
    const applying = second?.applying;
    if (!applying) return items;
    const set = await changeSetOf(client, table, applying.changeId);
    return set ? overlay(items, set) : items;
  }
  throw new CtocError('STORAGE_UNAVAILABLE', `the reference data in "${table}" kept changing while it was read; try again`);
}
