import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { IngestError, ingestDocument } from '../../lambda/core/ingest';
import type { Dataset } from '../../lambda/core/model';
import { DATA_DIR } from '../helpers/data';

/**
 * A second corpus in the layouts of real documents, written by another person than the
 * reader's author (no UN text): each file with the meetings it states, judged as the
 * held-out sets are — body, start, end, place and status, exactly, and nothing else —
 * and the documents that must be refused.
 */
const DIR = fileURLToPath(new URL('../fixtures/documents-h2/', import.meta.url));
const data: Dataset = await loadDataDir(DATA_DIR);

interface Entry {
  file: string;
  kind: string;
  symbol: string | null;
  date: string | null;
  meetings: Array<{ body: string; start: string; end: string; place: string; status: 'held' | 'scheduled' }>;
  reject?: boolean;
}
const expected: Entry[] = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const read = (file: string) => ingestDocument(readFileSync(join(DIR, file), 'utf8'), { fileName: file, bodies: data.bodies, vocabulary: data.vocabulary });
const key = (m: { body: string; start: string; end: string; place: string; status: string }) => `${m.body} ${m.start} ${m.end} ${m.place} ${m.status}`;

describe('a second corpus of documents (another author): every meeting exactly, none spurious', () => {
  it.each(expected.filter((e) => !e.reject))('$file ($kind)', (e) => {
    const r = read(e.file);
    expect(r.meetings.map((m) => key({ ...m, place: m.location.en })).sort()).toEqual(e.meetings.map(key).sort());
    expect(r.source.symbol ?? null).toBe(e.symbol);
    // a web page has no date; the others have the masthead's
    expect(r.source.date ?? null).toBe(e.date);
  });

  it.each(expected.filter((e) => e.reject))('refuses $file ($kind)', (e) => {
    expect(() => read(e.file)).toThrow(IngestError);
  });
});
