import { DeleteCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../lambda/adapters/dynamodb/client';
import { DynamoRepository } from '../../lambda/adapters/dynamodb/dynamo-repository';
import { seedTable } from '../../lambda/adapters/dynamodb/seeder';
import { FixedClock } from '../../lambda/adapters/system-clock';
import { AskService } from '../../lambda/app/ask';
import { seed } from '../../lambda/app/seed';
import { CtocError } from '../../lambda/core/errors';
import { DATA_FILES } from '../../lambda/core/model';
import { DATA_DIR, dataset } from '../helpers/data';
import { type TestTable, startTestTable } from '../helpers/dynamo';

let table: TestTable | undefined;
afterEach(async () => {
  await table?.close();
  table = undefined;
});

const scanAll = async (t: TestTable) => {
  const r = await t.client.send(new ScanCommand({ TableName: t.tableName }));
  return (r.Items ?? []).sort((a, b) => `${a.PK}|${a.SK}`.localeCompare(`${b.PK}|${b.SK}`));
};

function dataCopy(mutate?: (files: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctoc-seed-'));
  const files: Record<string, unknown> = {};
  for (const f of DATA_FILES) files[f] = JSON.parse(readFileSync(join(DATA_DIR, f), 'utf8'));
  mutate?.(files);
  for (const f of DATA_FILES) writeFileSync(join(dir, f), JSON.stringify(files[f]));
  return dir;
}

describe('warm path', () => {
  it('answers on a warm cache with zero DynamoDB requests, checks the data version every few seconds, and re-reads once the TTL expires', async () => {
    table = await startTestTable();
    let now = 1_000_000;
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName, cacheTtlMs: 300_000, versionCheckMs: 5000, nowMs: () => now, pageSize: 4 });
    const service = new AskService(repo, new FixedClock('2024-07-15'));
    for (const k of Object.keys(table.calls)) delete table.calls[k];

    await service.ask('when did the firearms group meet in 2024?');
    const cold = { ...table.calls };
    // the data version before and after the paginated read: one consistent snapshot
    expect(cold.GetItemCommand).toBe(2);
    expect(cold.QueryCommand).toBeGreaterThan(1); // paginated, 4 items a page

    for (let i = 0; i < 50; i++) await service.ask('quelles réunions en juin 2024 ?');
    expect(table.calls).toEqual(cold);

    // past the check interval: one GetItem of the version item, no re-read while it is unchanged
    now += 6_000;
    for (let i = 0; i < 10; i++) await service.ask('next meeting');
    expect(table.calls).toEqual({ ...cold, GetItemCommand: 3 });

    // questions arriving together past the interval (serve) share one check
    now += 6_000;
    await Promise.all(Array.from({ length: 10 }, () => service.ask('next meeting')));
    expect(table.calls).toEqual({ ...cold, GetItemCommand: 4 });

    now += 288_000;
    const a = await service.ask('next meeting');
    expect(a.meetings.map((m) => m.id)).toEqual(['COP-12']);
    expect(table.calls.QueryCommand).toBe((cold.QueryCommand ?? 0) * 2);
  });
});

describe('seeding', () => {
  it('is idempotent: twice leaves the table identical', async () => {
    table = await startTestTable();
    const first = await scanAll(table);
    const r = await seed({ client: table.client, tableName: table.tableName });
    expect(r.deleted).toBe(0);
    expect(await scanAll(table)).toEqual(first);
    expect(first.filter((i) => i.type === 'meeting')).toHaveLength(11);
  });

  it('removes a meeting that left data/, and never touches subscriptions', async () => {
    table = await startTestTable();
    await table.client.send(new PutCommand({ TableName: table.tableName, Item: { PK: 'SUB#C123', SK: 'SUB#all', GSI1PK: 'SUBSCRIPTION', GSI1SK: 'C123#all' } }));
    const dir = dataCopy((f) => {
      f['meetings.json'] = (f['meetings.json'] as Array<{ id: string }>).filter((m) => m.id !== 'WG.6-10');
    });
    const r = await seed({ client: table.client, tableName: table.tableName, dataDir: dir });
    expect(r.deleted).toBe(2); // the meeting and its report item
    const items = await scanAll(table);
    expect(items.some((i) => String(i.SK).includes('CTOC/COP/WG.6/2023/5'))).toBe(false);
    expect(items.some((i) => i.PK === 'SUB#C123')).toBe(true);
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName });
    expect((await repo.meetingsOfBody('WG.6')).map((m) => m.id)).toEqual(['WG.6-11']);
  });

  it('stores and reads back a meeting no document places (location null)', async () => {
    table = await startTestTable();
    const dir = dataCopy((f) => {
      const ms = f['meetings.json'] as Array<Record<string, unknown>>;
      const m = ms.find((x) => x.id === 'WG.6-10');
      if (m) m.location = null;
    });
    await seed({ client: table.client, tableName: table.tableName, dataDir: dir });
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName });
    const m = (await repo.meetingsOfBody('WG.6')).find((x) => x.id === 'WG.6-10');
    expect(m?.location).toBeNull();
    const a = await new AskService(repo, new FixedClock('2024-07-15')).ask('where did the firearms group meet in 2023?');
    expect(a.text).toContain('no place stated');
  });

  it('validates data/ first: bad data writes nothing', async () => {
    table = await startTestTable({ seeded: false });
    const dir = dataCopy((f) => {
      (f['meetings.json'] as Array<Record<string, unknown>>)[0] = { id: 'broken' };
    });
    await expect(seed({ client: table.client, tableName: table.tableName, dataDir: dir, create: true })).rejects.toThrow(/meetings\.json: record 0 \(id "broken"\)/);
    expect(table.calls.QueryCommand).toBeUndefined();
    expect(table.calls.CreateTableCommand).toBeUndefined();
    expect(table.calls.BatchWriteItemCommand).toBeUndefined();
  });

  it('retries unprocessed items with backoff until all are written', async () => {
    table = await startTestTable({ seeded: false });
    await seed({ client: table.client, tableName: table.tableName, create: true, dataDir: dataCopy((f) => (f['meetings.json'] = [])) });
    // DynamoDB may accept only part of a batch: the first two batches here hand back half
    let squeezed = 0;
    table.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'BatchWriteItemCommand' || squeezed >= 2) return next(args);
        squeezed++;
        const input = (args as { input: { RequestItems: Record<string, unknown[]> } }).input;
        const all = input.RequestItems[table?.tableName ?? ''] ?? [];
        const keep = all.slice(0, Math.ceil(all.length / 2));
        const later = all.slice(keep.length);
        input.RequestItems = { [table?.tableName ?? '']: keep };
        const out = await next(args);
        (out.output as { UnprocessedItems?: Record<string, unknown[]> }).UnprocessedItems = later.length ? { [table?.tableName ?? '']: later } : {};
        return out;
      },
      { step: 'initialize', name: 'squeeze' },
    );
    const r = await seedTable(table.client, table.tableName, dataset(), { baseDelayMs: 1 });
    expect(squeezed).toBe(2);
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName });
    expect((await repo.load()).dataset.meetings).toHaveLength(11);
    expect(r.written).toBeGreaterThan(25);
  });

  it('--create on an existing table leaves it as it is', async () => {
    table = await startTestTable();
    const r = await seed({ client: table.client, tableName: table.tableName, create: true });
    expect(r.created).toBe(false);
  });
});

describe('faults', () => {
  it('a missing table is a clear STORAGE_MISSING_TABLE error', async () => {
    table = await startTestTable();
    const repo = new DynamoRepository({ client: table.client, tableName: 'no-such-table' });
    await expect(repo.load()).rejects.toMatchObject({ code: 'STORAGE_MISSING_TABLE', message: expect.stringContaining('"no-such-table" does not exist') });
  });

  it('throttling is a clear STORAGE_THROTTLED error (after the SDK\'s own retries)', async () => {
    table = await startTestTable();
    let attempts = 0;
    table.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'QueryCommand') {
          attempts++;
          throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ThrottlingException', $metadata: {} });
        }
        return next(args);
      },
      { step: 'finalizeRequest', name: 'throttle' },
    );
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName });
    await expect(repo.load()).rejects.toMatchObject({ code: 'STORAGE_THROTTLED', message: `DynamoDB is throttling requests to "${table.tableName}"; try again shortly` });
    expect(attempts).toBeGreaterThanOrEqual(1);
  });

  it('an empty table says to seed it', async () => {
    table = await startTestTable({ seeded: false });
    await seed({ client: table.client, tableName: table.tableName, create: true, dataDir: dataCopy() });
    await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: { PK: 'REF', SK: 'META' } }));
    await expect(new DynamoRepository({ client: table.client, tableName: table.tableName }).load()).rejects.toMatchObject({ code: 'STORAGE_EMPTY' });
  });

  it('reference data changed in the table after seeding is one clear error, never half-trusted', async () => {
    const t = await startTestTable();
    table = t;
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    const repo = () => new DynamoRepository({ client: t.client, tableName: t.tableName });
    expect((await repo().load()).dataset.meetings).toHaveLength(11);
    // a body's kind replaced by a number
    await table.client.send(new UpdateCommand({ TableName: table.tableName, Key: { PK: 'REF', SK: 'BODY#WG.6' }, UpdateExpression: 'SET #r.#k = :v', ExpressionAttributeNames: { '#r': 'record', '#k': 'kind' }, ExpressionAttributeValues: { ':v': 42 } }));
    await expect(repo().load()).rejects.toMatchObject({ code: 'DATA_INVALID', message: `DynamoDB table "${table.tableName}" holds reference data that is not what was validated and seeded (edited by hand, half-written, or seeded by an older version); seed it again: ctoc-bot seed --table ${table.tableName}` });
    await seed({ client: table.client, tableName: table.tableName });
    expect((await repo().load()).dataset.bodies.find((b) => b.id === 'WG.6')?.kind).toBe('working-group');
  });

  it("a server's warm-up reads the table once, like a first question, and changes no answer", async () => {
    table = await startTestTable();
    const fresh = new AskService(new DynamoRepository({ client: table.client, tableName: table.tableName }), new FixedClock('2024-07-15'));
    const expected = await fresh.ask('when did the firearms group meet in 2024?');
    for (const k of Object.keys(table.calls)) delete table.calls[k];
    const warmed = new AskService(new DynamoRepository({ client: table.client, tableName: table.tableName }), new FixedClock('2024-07-15'));
    await warmed.warmUp();
    const afterWarmUp = { ...table.calls };
    expect(afterWarmUp.QueryCommand).toBe(1);
    expect(await warmed.ask('when did the firearms group meet in 2024?')).toEqual(expected);
    expect(table.calls).toEqual(afterWarmUp);
  });

  it('DynamoDB stopping mid-run: STORAGE_UNAVAILABLE, then the warm cache still answers', async () => {
    table = await startTestTable();
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName });
    const service = new AskService(repo, new FixedClock('2024-07-15'));
    expect((await service.ask('when did the firearms group meet in 2024?')).meetings).toHaveLength(1);
    await table.db.close();
    // warm: no request needed
    expect((await service.ask('when did the firearms group meet in 2024?')).meetings).toHaveLength(1);
    // cold: a fresh repository must go to the table, which is gone
    const cold = new DynamoRepository({ client: createDocumentClient({ endpoint: table.db.endpoint, region: 'eu-central-1' }), tableName: table.tableName });
    const err = await cold.load().catch((e) => e);
    expect(err).toBeInstanceOf(CtocError);
    expect(err.code).toBe('STORAGE_UNAVAILABLE');
    expect(err.message).toMatch(/unreachable/);
  });

  it('past the cache TTL with DynamoDB down, the expired copy still answers (and the table is tried again)', async () => {
    table = await startTestTable();
    let now = 0;
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName, cacheTtlMs: 1000, nowMs: () => now });
    const service = new AskService(repo, new FixedClock('2024-07-15'));
    expect((await service.ask('when did the firearms group meet in 2024?')).meetings).toHaveLength(1);
    const before = table.calls.GetItemCommand ?? 0;
    await table.db.close();
    now += 5000;
    expect((await service.ask('when did the firearms group meet in 2024?')).meetings.map((m) => m.id)).toEqual(['WG.6-11']);
    expect(table.calls.GetItemCommand ?? 0).toBeGreaterThan(before);
  });
});
