import { join } from 'node:path';
import { createDocumentClient } from '../adapters/dynamodb/client';
import type { StorageConfig } from '../adapters/dynamodb/config';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../adapters/dynamodb/embedded';
import { DEFAULT_DATA_DIR } from '../adapters/memory/load-data';
import { MemoryRepository } from '../adapters/memory/memory-repository';
import type { MeetingRepository } from '../core/ports';
import { seed } from './seed';

/** data/ when no table is configured, DynamoDB otherwise. */
export function repositoryFor(config: StorageConfig, dataDir?: string): MeetingRepository {
  if (!config.tableName) return new MemoryRepository(dataDir);
  return new DynamoRepository({ client: createDocumentClient(config), tableName: config.tableName, cacheTtlMs: config.cacheTtlMs, versionCheckMs: config.versionCheckMs });
}

export const LOCAL_TABLE = 'ctoc-bot-local';
export const LOCAL_DB_DIR = join(DEFAULT_DATA_DIR, '..', '.local', 'dynalite');

/**
 * The local default for `npm start`: an embedded DynamoDB whose files live in .local/
 * (git-ignored, so local subscriptions survive a restart), seeded from data/ at start.
 */
export async function startLocalStorage(o: { dataDir?: string; dbDir?: string; region: string; cacheTtlMs: number; versionCheckMs?: number }): Promise<{ repository: DynamoRepository; db: EmbeddedDynamo; config: StorageConfig }> {
  const db = await startEmbeddedDynamo({ path: o.dbDir ?? LOCAL_DB_DIR });
  try {
    const config: StorageConfig = { tableName: LOCAL_TABLE, endpoint: db.endpoint, region: o.region, cacheTtlMs: o.cacheTtlMs, versionCheckMs: o.versionCheckMs ?? 5000 };
    const client = createDocumentClient(config);
    await seed({ client, tableName: LOCAL_TABLE, dataDir: o.dataDir, create: true });
    return { repository: new DynamoRepository({ client, tableName: LOCAL_TABLE, cacheTtlMs: o.cacheTtlMs, versionCheckMs: config.versionCheckMs }), db, config };
  } catch (e) {
    await db.close();
    throw e;
  }
}
