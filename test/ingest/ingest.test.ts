import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { DynamoRepository } from '../../lambda/adapters/dynamodb/dynamo-repository';
import { ingestFile } from '../../lambda/app/ingest';
import { seed } from '../../lambda/app/seed';
import { createAnswerer } from '../../lambda/core/answer';
import { CtocError } from '../../lambda/core/errors';
import { INGESTED_FILES } from '../../lambda/core/model';
import { DATA_DIR, OWN_NOTE, SEED_ABSENT, SEED_FILE, SEED_PRESENT } from '../helpers/data';
import { startTestTable } from '../helpers/dynamo';

const NOTES = fileURLToPath(new URL('../fixtures/notes/', import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), 'ctoc-ingest-'));
const read = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** Ingests a note into an empty folder and compares it with the committed records of that note (the file name aside). */
async function expectSameAsData(note: string) {
  const out = tmp();
  const run = await ingestFile(note, { outDir: out });
  const id = run.result.source.id;
  expect(id).toBe('note-2024-07-04');
  const withoutFile = (f: string, rs: Array<Record<string, unknown>>) => (f === 'sources.json' ? rs.map(({ file: _file, ...r }) => r) : rs);
  for (const f of INGESTED_FILES) {
    const committed = (read(DATA_DIR, f) as Array<{ id?: string; source?: { document: string } }>).filter((r) => (f === 'sources.json' ? r.id === id : r.source?.document === id));
    expect(withoutFile(f, read(out, f)), f).toEqual(withoutFile(f, committed as Array<Record<string, unknown>>));
    expect(committed.length, f).toBeGreaterThan(0);
  }
  expect(run.result.unplaced).toEqual([]);
  expect(run.summary).toContain('meetings: 11 (8 held, 3 scheduled); reports and documents: 11');
  return run;
}

describe('ingesting the note data/ comes from', () => {
  it("the repository's own note in the source's layout and facts gives exactly the committed data/ records", async () => {
    expect(read(DATA_DIR, 'sources.json')[0].file).not.toBe(basename(OWN_NOTE));
    await expectSameAsData(OWN_NOTE);
  });

  it('the source note itself gives exactly the committed data/ records (when it is beside the repository)', async (ctx) => {
    ctx.skip(!SEED_PRESENT, SEED_ABSENT);
    const run = await expectSameAsData(SEED_FILE);
    expect(run.result.source.file).toBe(read(DATA_DIR, 'sources.json')[0].file);
  });
});

describe('ingesting notes written for the tests', () => {
  it('an English note: other dates and places, "2 and 3 October", "from 8 to 9 June", "29-30 May", a new body, missing pieces', async () => {
    const out = tmp();
    const { result, summary } = await ingestFile(join(NOTES, 'en-note-2026.txt'), { outDir: out });
    expect(result.source).toMatchObject({ id: 'note-2026-06-12', language: 'en', date: '2026-06-12', kind: 'note-by-the-secretariat' });
    const ms = Object.fromEntries(result.meetings.map((m) => [m.id, m]));
    expect(Object.keys(ms).sort()).toEqual(['COP-13', 'WG.4-15', 'WG.4-16', 'WG.6-12']);
    expect(ms['COP-13']).toMatchObject({ kind: 'session', start: '2026-10-12', end: '2026-10-16', status: 'scheduled', documents: [{ symbol: 'CTOC/COP/2026/1', kind: 'provisional-agenda' }], location: { en: 'Vienna', fr: 'Vienne' } });
    expect(ms['WG.4-15']).toMatchObject({ start: '2025-10-02', end: '2025-10-03', status: 'held', report: 'CTOC/COP/WG.4/2025/5', source: { paragraph: 2 } });
    expect(ms['WG.4-16']).toMatchObject({ start: '2026-06-08', end: '2026-06-09', status: 'scheduled', report: 'CTOC/COP/WG.4/2026/3' });
    // "29-30 May" with no year: the year of the note
    expect(ms['WG.6-12']).toMatchObject({ start: '2026-05-29', end: '2026-05-30', status: 'held', location: { en: 'Geneva', fr: 'Genève' }, report: 'CTOC/COP/WG.6/2026/2' });
    expect(result.mandates).toEqual([{ body: 'WG.4', instrument: 'decision', number: '4/4', effect: 'established', source: { document: 'note-2026-06-12', paragraph: 1 } }]);
    expect(result.instruments[0]?.subject).toEqual({ en: 'trafficking in human beings' });
    expect(result.newBodies).toEqual([{ id: 'WG.9', symbolPrefix: 'CTOC/COP/WG.9', name: 'Working Group on Cybercrime', paragraphs: [5] }]);
    expect(summary).toContain('could not place: paragraph 4, its thirteenth meeting: no dates');
    expect(summary).toContain('could not place: paragraph 5, its first meeting: no known body (add it to bodies.json)');
    expect(read(out, 'review.json').newBodies).toHaveLength(1);
  });

  it('a French note: "du 8 au 9 juillet", "les 2 et 3 octobre", "les 29-30 mai", a resolution that made a group permanent', async () => {
    const { result } = await ingestFile(join(NOTES, 'fr-note-2026.txt'), { outDir: tmp() });
    expect(result.source).toMatchObject({ id: 'note-2026-02-03', language: 'fr' });
    expect(result.meetings.map((m) => [m.id, m.start, m.end, m.status, m.location?.fr, m.report])).toEqual([
      ['WG.3-16', '2026-05-29', '2026-05-30', 'scheduled', 'Genève', null],
      ['WG.7-12', '2025-07-08', '2025-07-09', 'held', 'Vienne', 'CTOC/COP/WG.7/2025/9'],
      ['WG.7-13', '2025-10-02', '2025-10-03', 'held', 'Vienne', 'CTOC/COP/WG.7/2025/12'],
    ]);
    expect(result.mandates).toEqual([{ body: 'WG.3', instrument: 'resolution', number: '11/2', effect: 'made-permanent', source: { document: 'note-2026-02-03', paragraph: 2 } }]);
    expect(result.instruments[0]?.subject).toEqual({ fr: 'coopération internationale en matière pénale' });
    expect(result.notes).toContain('paragraph 3, sa seizième réunion: no report symbol found');
  });

  it('merges: a second note adds its records and keeps the others; ingesting again replaces its own', async () => {
    const out = tmp();
    await ingestFile(OWN_NOTE, { outDir: out });
    await ingestFile(join(NOTES, 'fr-note-2026.txt'), { outDir: out });
    const once = INGESTED_FILES.map((f) => read(out, f));
    await ingestFile(join(NOTES, 'fr-note-2026.txt'), { outDir: out });
    expect(INGESTED_FILES.map((f) => read(out, f))).toEqual(once);
    expect(read(out, 'sources.json').map((s: { id: string }) => s.id)).toEqual(['note-2024-07-04', 'note-2026-02-03']);
    expect(read(out, 'meetings.json')).toHaveLength(14);
  });

  it('the result loads, answers and seeds like data/', async () => {
    const dir = tmp();
    cpSync(DATA_DIR, dir, { recursive: true });
    await ingestFile(join(NOTES, 'fr-note-2026.txt'), { outDir: dir });
    const d = await loadDataDir(dir);
    expect(d.meetings).toHaveLength(14);
    const ask = createAnswerer(d);
    expect(ask('when did the smuggling group meet in 2025?', '2026-03-01').meetings.map((m) => m.id)).toEqual(['WG.7-12', 'WG.7-13']);
    expect(ask('which resolution made the international cooperation group permanent?', '2026-03-01').text).toContain('Resolution 11/2 made the Working Group on International Cooperation a permanent element');
    expect(ask('next meeting of the international cooperation group', '2026-03-01').text).toBe(
      'The Working Group on International Cooperation is scheduled to hold its 16th meeting on 29–30 May 2026 in Geneva.',
    );
    const table = await startTestTable({ seeded: false });
    try {
      const r = await seed({ client: table.client, tableName: table.tableName, dataDir: dir, create: true });
      expect(r.deleted).toBe(0);
      const repo = new DynamoRepository({ client: table.client, tableName: table.tableName });
      expect((await repo.meetingsOfBody('WG.7')).map((m) => m.id)).toEqual(['WG.7-10', 'WG.7-11', 'WG.7-12', 'WG.7-13']);
    } finally {
      await table.close();
    }
  });
});

describe('what ingest refuses', () => {
  const nothingWritten = (out: string) => expect(readdirSync(out)).toEqual([]);

  it('a missing file: a clear error, nothing written', async () => {
    const out = tmp();
    await expect(ingestFile(join(out, 'nope.txt'), { outDir: out })).rejects.toThrow(/nope\.txt: cannot read \(ENOENT\)/);
    nothingWritten(out);
  });

  it('a binary file', async () => {
    const out = tmp();
    const f = join(tmp(), 'x.pdf');
    writeFileSync(f, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe]));
    await expect(ingestFile(f, { outDir: out })).rejects.toThrow('not a UTF-8 text file');
    nothingWritten(out);
  });

  it('a text with nothing recognisable', async () => {
    const out = tmp();
    const f = join(tmp(), 'memo.txt');
    writeFileSync(f, 'Memo\n\n3 March 2025\n\n1. Lunch is at noon.\n2. The printer is fixed.\n');
    let err: unknown;
    try {
      await ingestFile(f, { outDir: out });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CtocError);
    expect((err as Error).message).toBe(`${f}: not a document of the Conference or its working groups (no UN symbol, no Distr. line, no body of data/bodies.json named); nothing written for it`);
    nothingWritten(out);
  });

  it('a note with no date', async () => {
    const out = tmp();
    const f = join(tmp(), 'undated.txt');
    writeFileSync(f, readFileSync(join(NOTES, 'fr-note-2026.txt'), 'utf8').replace('3 février 2026', ''));
    await expect(ingestFile(f, { outDir: out })).rejects.toThrow(/no date in the note's header/);
    nothingWritten(out);
    expect(existsSync(join(out, 'meetings.json'))).toBe(false);
  });
});
