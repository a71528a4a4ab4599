import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../lambda/adapters/memory/memory-repository';
import { openStorage, openTable, settingsFrom } from '../lambda/composition';

describe('the composition root', () => {
  it('reads settings once, with defaults, and names the bad variable', async () => {
    expect(await settingsFrom({}, { data: 'x' })).toEqual({
      storage: { tableName: undefined, endpoint: undefined, region: 'eu-central-1', cacheTtlMs: 300_000, versionCheckMs: 5000 },
      timeZone: 'Europe/Vienna',
      dataDir: 'x',
      localDbDir: undefined,
      catchUpDays: undefined,
      calendarUrl: undefined,
      editors: [],
    });
    const s = await settingsFrom({ TABLE_NAME: 'env-table', CTOC_TIME_ZONE: 'UTC', CTOC_CATCH_UP_DAYS: '3', CTOC_CALENDAR_URL: 'https://x/calendar.ics', CTOC_EDITORS: 'U0EDITOR1,U0EDITOR2' }, { table: 'flag-table' });
    expect(s).toMatchObject({ storage: { tableName: 'flag-table' }, timeZone: 'UTC', catchUpDays: 3, calendarUrl: 'https://x/calendar.ics', editors: ['U0EDITOR1', 'U0EDITOR2'] });
    await expect(settingsFrom({ CTOC_EDITORS: 'bob' })).rejects.toThrow(/^invalid configuration: CTOC_EDITORS: /);
    await expect(settingsFrom({ CTOC_TIME_ZONE: 'Mars/Olympus' })).rejects.toThrow(/^invalid configuration: CTOC_TIME_ZONE: /);
    await expect(settingsFrom({ CTOC_CATCH_UP_DAYS: 'two' })).rejects.toThrow(/^invalid configuration: CTOC_CATCH_UP_DAYS: /);
    await expect(settingsFrom({ TABLE_NAME: 'a b' })).rejects.toThrow(/^invalid configuration: TABLE_NAME: /);
  });

  it('no table: data/ in memory for the CLI, an error for a Lambda', async () => {
    const s = await settingsFrom({});
    const storage = await openStorage(s, 'memory');
    expect(storage.repository).toBeInstanceOf(MemoryRepository);
    expect(storage.table).toBeUndefined();
    await expect(openTable(s)).rejects.toThrow('TABLE_NAME is not set');
  });

  it('each Lambda handler is a few lines that call the composition root', () => {
    const dir = new URL('../lambda/handlers/', import.meta.url);
    for (const f of readdirSync(dir)) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      expect(src, f).toMatch(/from '\.\.\/composition'/);
      expect(src.match(/^import (?!type)/gm), f).toHaveLength(1);
      expect(src.split('\n').length, f).toBeLessThan(25);
    }
  });
});
