import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { CtocError } from '../../lambda/core/errors';
import { DATA_FILES, parseDataset } from '../../lambda/core/model';
import { DATA_DIR, OWN_NOTE, SEED_ABSENT, SEED_FILE, SEED_PRESENT, dataset, rawData } from '../helpers/data';

describe.each([
  { name: "the repository's own note in the source's layout", file: OWN_NOTE, present: true },
  { name: 'the source note', file: SEED_FILE, present: SEED_PRESENT },
])('data/ against $name', ({ file, present }) => {
  const seed = present ? readFileSync(file, 'utf8') : '';
  const data = dataset();
  beforeEach((ctx) => {
    ctx.skip(!present, SEED_ABSENT);
  });

  it('has every document symbol the note cites, and no other', () => {
    const inNote = new Set([...seed.matchAll(/CTOC\/COP\/[A-Z0-9./]*\d/g)].map((m) => m[0]));
    const inData = new Set(data.meetings.flatMap((m) => [...(m.report ? [m.report] : []), ...(m.documents ?? []).map((d) => d.symbol)]));
    expect([...inData].sort()).toEqual([...inNote].sort());
  });

  it('has the six bodies with their symbol prefixes', () => {
    expect(data.bodies.map((b) => [b.id, b.symbolPrefix])).toEqual([
      ['COP', 'CTOC/COP'],
      ['WG.2', 'CTOC/COP/WG.2'],
      ['WG.3', 'CTOC/COP/WG.3'],
      ['WG.4', 'CTOC/COP/WG.4'],
      ['WG.6', 'CTOC/COP/WG.6'],
      ['WG.7', 'CTOC/COP/WG.7'],
    ]);
  });

  it('each meeting report sits in the paragraph its provenance names', () => {
    const paragraphs = new Map<number, string>();
    for (const m of seed.matchAll(/^(\d{1,2})\.\s+(.*)$/gm)) paragraphs.set(Number(m[1]), m[2] ?? '');
    for (const m of data.meetings.filter((x) => x.report)) {
      expect(paragraphs.get(m.source.paragraph ?? -1), m.id).toContain(m.report);
    }
  });

  it('each mandate cites an instrument its paragraph names', () => {
    const paragraphs = new Map<number, string>();
    for (const m of seed.matchAll(/^(\d{1,2})\.\s+(.*)$/gm)) paragraphs.set(Number(m[1]), m[2] ?? '');
    for (const b of data.bodies) {
      for (const md of b.mandates) {
        const word = md.instrument === 'decision' ? 'décision' : 'résolution';
        expect(paragraphs.get(md.source.paragraph ?? -1), `${b.id} ${md.number}`).toContain(`${word} ${md.number}`);
      }
    }
  });

  it('statuses follow the note: "tiendra" is scheduled, the rest held', () => {
    expect(data.meetings.filter((m) => m.status === 'scheduled').map((m) => m.id).sort()).toEqual(['COP-12', 'WG.4-14', 'WG.7-11']);
  });

  it('the 12th session of the COP: Vienna, 14-18 October 2024, provisional agenda CTOC/COP/2024/1', () => {
    const cop = data.meetings.find((m) => m.id === 'COP-12');
    expect(cop).toMatchObject({ start: '2024-10-14', end: '2024-10-18', location: { en: 'Vienna' }, documents: [{ symbol: 'CTOC/COP/2024/1' }] });
    expect(seed).toContain('Vienne, 14-18 octobre 2024');
  });
});

describe('data validation', () => {
  type Rec = Record<string, unknown>;
  const rec = (raw: ReturnType<typeof rawData>, file: 'meetings.json' | 'bodies.json', i: number) => (raw[file] as Rec[])[i] as Rec;
  const broken = (mutate: (raw: ReturnType<typeof rawData>) => void) => {
    const raw = rawData();
    mutate(raw);
    try {
      parseDataset(raw);
    } catch (e) {
      expect(e).toBeInstanceOf(CtocError);
      return (e as CtocError).message;
    }
    throw new Error('expected the dataset to be rejected');
  };

  it('names the file, the record and the field', () => {
    expect(
      broken((r) => {
        rec(r, 'meetings.json', 3).start = '2024-02-30';
      }),
    ).toBe('meetings.json: record 3 (id "WG.3-14") field "start": not a real calendar date');
    expect(
      broken((r) => {
        rec(r, 'bodies.json', 4).names = { en: 'Firearms' };
      }),
    ).toMatch(/^bodies\.json: record 4 \(id "WG\.6"\) field "names\.fr": /);
    expect(
      broken((r) => {
        rec(r, 'meetings.json', 1).body = 'WG.9';
      }),
    ).toBe('meetings.json: record 1 (id "WG.2-14") field "body": unknown body "WG.9"');
    expect(
      broken((r) => {
        rec(r, 'meetings.json', 1).end = '2023-05-01';
      }),
    ).toBe('meetings.json: record 1 (id "WG.2-14") field "end": end is before start');
    expect(
      broken((r) => {
        rec(r, 'meetings.json', 2).id = 'WG.2-14';
      }),
    ).toBe('meetings.json: record 2 (id "WG.2-14") field "id": duplicate id');
  });

  it('a file that is not JSON, or missing, is one clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctoc-data-'));
    for (const f of DATA_FILES) writeFileSync(join(dir, f), readFileSync(join(DATA_DIR, f)));
    writeFileSync(join(dir, 'meetings.json'), '[{"id": ');
    await expect(loadDataDir(dir)).rejects.toThrow(/meetings\.json: not valid JSON/);
    await expect(loadDataDir(join(dir, 'nope'))).rejects.toThrow(/sources\.json: cannot read \(ENOENT\)/);
    expect(existsSync(dir)).toBe(true);
  });

  it('the committed files load', async () => {
    const d = await loadDataDir();
    expect(d.meetings).toHaveLength(11);
  });
});
