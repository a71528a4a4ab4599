import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PowertoolsDeduplicator } from '../../lambda/adapters/dynamodb/powertools-deduplicator';
import { MemoryDeduplicator } from '../../lambda/adapters/memory/memory-deduplicator';
import type { EventDeduplicator } from '../../lambda/core/ports';
import { type TestTable, startTestTable } from '../helpers/dynamo';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(async () => {
  await table.close();
});

function contract(name: string, make: () => EventDeduplicator) {
  describe(`EventDeduplicator contract: ${name}`, () => {
    it('the first sighting of an id is first; later ones are not', async () => {
      const d = make();
      const id = `Ev-${name}-1`;
      expect(await d.firstSeen(id)).toBe(true);
      expect(await d.firstSeen(id)).toBe(false);
      expect(await d.firstSeen(`${id}-other`)).toBe(true);
    });

    it('of concurrent sightings, exactly one is first', async () => {
      const d = make();
      const results = await Promise.all(Array.from({ length: 6 }, () => d.firstSeen(`Ev-${name}-race`)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}

contract('memory', () => new MemoryDeduplicator());
contract('Powertools idempotency on DynamoDB (dynalite)', () => new PowertoolsDeduplicator(table.client, table.tableName));

describe('Powertools records in the table', () => {
  it('live in the EVENT# partition with a TTL', async () => {
    await new PowertoolsDeduplicator(table.client, table.tableName).firstSeen('Ev-ttl', 120);
    const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
    const r = await table.client.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'EVENT#slack' } }));
    expect(r.Items?.length).toBeGreaterThan(0);
    const now = Math.floor(Date.now() / 1000);
    for (const i of r.Items ?? []) expect(Number(i.expiresAt)).toBeGreaterThan(now);
  });

  it('a missing table is a clear error', async () => {
    await expect(new PowertoolsDeduplicator(table.client, 'no-such-table').firstSeen('x')).rejects.toMatchObject({ code: 'STORAGE_MISSING_TABLE' });
  });
});
