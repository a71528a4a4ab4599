import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { IngestError, ingestDocument } from '../../lambda/core/ingest';
import type { Dataset } from '../../lambda/core/model';
import { DATA_DIR } from '../helpers/data';

/**
 * Corpora in the layouts of real documents, written by other people than the reader's
 * author (no UN text): each file with the meetings it states, judged as the held-out
 * sets are — body, start, end, place and status, exactly, and nothing else — and the
 * documents that must be refused. documents-h2 to documents-h7
 * are six authors' sets. A meeting the reader still misses is listed in KNOWN_MISSES, by file, with
 * why: the file must give every other meeting exactly and nothing more, and the test fails
 * as soon as a listed meeting is found (so the list only shrinks).
 */
const CORPORA = ['documents-h2', 'documents-h3', 'documents-h4', 'documents-h5', 'documents-h6', 'documents-h7'];
const KNOWN_MISSES: Record<string, string[]> = {
  // "The group came together … on 10 and 11 October 2006": "the group" in lower case after an unnamed "interim working group of government experts" is no known body
  'documents-h4/en04_wg2_background_2008.txt': ['WG.2 2006-10-10 2006-10-11 Vienna held'],
};
const data: Dataset = await loadDataDir(DATA_DIR);

interface Entry {
  file: string;
  kind: string;
  symbol: string | null;
  date: string | null;
  meetings: Array<{ body: string; start: string; end: string; place: string; status: 'held' | 'scheduled' }>;
  reject?: boolean;
}
const key = (m: { body: string; start: string; end: string; place: string; status: string }) => `${m.body} ${m.start} ${m.end} ${m.place} ${m.status}`;

describe.each(CORPORA)('the corpus %s (another author): every meeting exactly, none spurious', (corpus) => {
  const dir = fileURLToPath(new URL(`../fixtures/${corpus}/`, import.meta.url));
  const expected: Entry[] = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const read = (file: string) => ingestDocument(readFileSync(join(dir, file), 'utf8'), { fileName: file, bodies: data.bodies, vocabulary: data.vocabulary });

  it('has documents to judge and documents to refuse', () => {
    expect(expected.filter((e) => !e.reject).length).toBeGreaterThan(10);
    expect(expected.some((e) => e.reject)).toBe(true);
  });

  it.each(expected.filter((e) => !e.reject))('$file ($kind)', (e) => {
    const r = read(e.file);
    const missed = KNOWN_MISSES[`${corpus}/${e.file}`] ?? [];
    expect(r.meetings.map((m) => key({ ...m, place: m.location.en })).sort()).toEqual(
      e.meetings
        .map(key)
        .filter((k) => !missed.includes(k))
        .sort(),
    );
    expect(r.source.symbol ?? null).toBe(e.symbol);
    // a web page has no date; the others have the masthead's
    expect(r.source.date ?? null).toBe(e.date);
  });

  it.each(expected.filter((e) => e.reject))('refuses $file ($kind)', (e) => {
    expect(() => read(e.file)).toThrow(IngestError);
  });
});
