import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTable } from '../adapters/dynamodb/create-table';
import { type SeedResult, seedTable } from '../adapters/dynamodb/seeder';
import { loadDataDir } from '../adapters/memory/load-data';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * The seed use case: validates data/ first (bad data: nothing is written), optionally
 * creates the table, then makes the table's reference items match data/.
 */
export async function seed(o: { client: DynamoDBDocumentClient; tableName: string; dataDir?: string; create?: boolean }): Promise<SeedResult & { created: boolean }> {
  const dataset = await loadDataDir(o.dataDir);
  const created = o.create ? await createTable(o.client as unknown as DynamoDBClient, o.tableName) : false;
  const r = await seedTable(o.client, o.tableName, dataset);
  return { ...r, created };
}
