import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTable } from '../adapters/dynamodb/create-table';
import { loadDataDir } from '../adapters/memory/load-data';
import { type SeedOutcome, seedWithChanges } from './seed-with-changes';

/**
 * The seed use case: validates data/ first (bad data: nothing is written), optionally
 * creates the table, then makes the table's reference items match data/ and the
 * documents added from Slack.
 */
export async function seed(o: { client: DynamoDBDocumentClient; tableName: string; dataDir?: string; create?: boolean }): Promise<SeedOutcome & { created: boolean }> {
  const dataset = await loadDataDir(o.dataDir);
  const created = o.create ? await createTable(o.client as unknown as DynamoDBClient, o.tableName) : false;
  const r = await seedWithChanges(o.client, o.tableName, dataset);
  return { ...r, created };
}
