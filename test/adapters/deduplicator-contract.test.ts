import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDeduplicator } from '../../lambda/adapters/dynamodb/dynamo-deduplicator';
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

/** a deduplicator on a clock the test moves */
type Make = (nowMs: () => number) => EventDeduplicator;

function contract(name: string, make: Make) {
  describe(`EventDeduplicator contract: ${name}`, () => {
    let t = 1_800_000_000_000;
    const clock = () => t;
    const id = (s: string) => `Ev-${name.slice(0, 3)}-${s}`;

    it('the first claim of an id wins; a repeat, even after the lease, does not once completed', async () => {
      const d = make(clock);
      const c = await d.claim(id('1'), { leaseMs: 1000 });
      expect(c).not.toBeNull();
      expect(await d.claim(id('1'), { leaseMs: 1000 })).toBeNull();
      expect(await d.claim(id('1-other'))).not.toBeNull();
      await c?.complete();
      t += 60_000;
      expect(await d.claim(id('1'), { leaseMs: 1000 })).toBeNull();
    });

    it('of concurrent claims, exactly one wins', async () => {
      const d = make(clock);
      const results = await Promise.all(Array.from({ length: 6 }, () => d.claim(id('race'))));
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    });

    it('a released claim (failure before answering) lets the retry answer, once', async () => {
      const d = make(clock);
      await (await d.claim(id('rel')))?.release();
      expect(await d.claim(id('rel'))).not.toBeNull();
      expect(await d.claim(id('rel'))).toBeNull();
    });

    it('a claim neither completed nor released (its call died) is taken again after its lease, not before', async () => {
      const d = make(clock);
      const first = await d.claim(id('died'), { leaseMs: 15_000 });
      expect(first).not.toBeNull();
      t += 14_000;
      expect(await d.claim(id('died'), { leaseMs: 15_000 })).toBeNull();
      t += 2_000;
      const again = await d.claim(id('died'), { leaseMs: 15_000 });
      expect(again).not.toBeNull();
      // the first call, if it comes back and releases, must not free the second one's claim
      await first?.release();
      expect(await d.claim(id('died'))).toBeNull();
    });

    it('a lease longer than its record ends with the record', async () => {
      const d = make(clock);
      expect(await d.claim(id('short'), { leaseMs: 60_000, ttlSeconds: 10 })).not.toBeNull();
      t += 5_000;
      expect(await d.claim(id('short'), { leaseMs: 60_000, ttlSeconds: 10 })).toBeNull();
      t += 6_000;
      expect(await d.claim(id('short'), { leaseMs: 60_000, ttlSeconds: 10 })).not.toBeNull();
    });

    it('an answered id can be claimed again once its record has expired', async () => {
      const d = make(clock);
      await (await d.claim(id('ttl'), { ttlSeconds: 60 }))?.complete();
      t += 61_000;
      expect(await d.claim(id('ttl'), { ttlSeconds: 60 })).not.toBeNull();
    });
  });
}

contract('memory', (now) => new MemoryDeduplicator(now));
contract('DynamoDB (dynalite)', (now) => new DynamoDeduplicator(table.client, table.tableName, now));

describe('de-duplication in the table', () => {
  it('a claim is one conditional PutItem in the EVENT# partition, with a TTL', async () => {
    const before = { ...table.calls };
    const c = await new DynamoDeduplicator(table.client, table.tableName).claim('Ev-one-write', { ttlSeconds: 120 });
    expect(c).not.toBeNull();
    const sent = Object.entries(table.calls).filter(([k, v]) => v !== (before[k] ?? 0)).map(([k, v]) => [k, v - (before[k] ?? 0)]);
    expect(sent).toEqual([['PutItemCommand', 1]]);
    const r = await table.client.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'PK = :pk AND SK = :sk', ExpressionAttributeValues: { ':pk': 'EVENT#slack', ':sk': 'Ev-one-write' } }));
    const now = Math.floor(Date.now() / 1000);
    expect(Number(r.Items?.[0]?.expiresAt)).toBeGreaterThan(now + 100);
  });

  it('a missing table is a clear error', async () => {
    await expect(new DynamoDeduplicator(table.client, 'no-such-table').claim('x')).rejects.toMatchObject({ code: 'STORAGE_MISSING_TABLE' });
  });
});
