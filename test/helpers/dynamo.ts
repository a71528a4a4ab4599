import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../lambda/adapters/dynamodb/client';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../lambda/adapters/dynamodb/embedded';
import { seed } from '../../lambda/app/seed';

export interface TestTable {
  db: EmbeddedDynamo;
  client: DynamoDBDocumentClient;
  tableName: string;
  /** SDK commands sent through `client`, by name */
  calls: Record<string, number>;
  close(): Promise<void>;
}

/** dynalite in memory on 127.0.0.1, a created and seeded table, and a call counter. */
export async function startTestTable(o: { seeded?: boolean; tableName?: string } = {}): Promise<TestTable> {
  const db = await startEmbeddedDynamo();
  const client = createDocumentClient({ endpoint: db.endpoint, region: 'eu-central-1' });
  const calls: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName);
      calls[name] = (calls[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  const tableName = o.tableName ?? 'ctoc-test';
  if (o.seeded !== false) await seed({ client, tableName, create: true });
  return {
    db,
    client,
    tableName,
    calls,
    close: async () => {
      client.destroy();
      await db.close();
    },
  };
}
