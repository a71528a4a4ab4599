import { describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../lambda/core/changes/merge';
import { replayChanges } from '../../lambda/core/changes/replay';
import type { Meeting } from '../../lambda/core/model';
import { dataset } from '../helpers/data';

const base = dataset();
const wg6 = base.meetings.find((m) => m.id === 'WG.6-11') as Meeting;
const note = (id: string, date: string, meetings: Meeting[]): IngestedDocument => ({
  source: { id, kind: 'note', date, language: 'en', file: `${id}.txt`, title: { en: id } },
  meetings: meetings.map((m) => ({ ...m, source: { document: id, paragraph: 1 } })),
  mandates: [],
  instruments: [],
  unplaced: [],
});
const twelfth: Meeting = { ...wg6, id: 'WG.6-12', number: 12, start: '2026-05-29', end: '2026-05-30', status: 'scheduled', report: null, documents: undefined };

describe('re-applying the documents added from Slack on top of data/', () => {
  it('in the order approved: a later revision wins, whatever order the log is read in', () => {
    const first = { changeId: 'c1', approvedAt: '2026-06-13T08:00:00Z', document: note('note-2026-06-12', '2026-06-12', [twelfth]) };
    const second = { changeId: 'c2', approvedAt: '2026-06-20T08:00:00Z', document: note('note-2026-06-19', '2026-06-19', [{ ...twelfth, start: '2026-05-27', end: '2026-05-28' }]) };
    const r = replayChanges(base, [second, first]);
    expect(r.replayed).toEqual(['c1', 'c2']);
    expect(r.skipped).toEqual([]);
    const m = r.dataset.meetings.find((x) => x.id === 'WG.6-12');
    expect([m?.start, m?.end]).toEqual(['2026-05-27', '2026-05-28']);
    expect(r.dataset.meetings).toHaveLength(base.meetings.length + 1);
  });

  it('a document data/ holds now (ingested there since) is data/’s: the Slack copy is not re-applied over it', () => {
    // data/'s own note, as an editor once uploaded it with a misread place
    const seedNote = base.sources[0];
    if (!seedNote) throw new Error('no source in data/');
    const misread = { ...note(seedNote.id, seedNote.date ?? '2024-07-04', [{ ...wg6, location: { en: 'Geneva', fr: 'Genève' } }]), source: seedNote };
    const r = replayChanges(base, [{ changeId: 'old', approvedAt: '2024-07-10T08:00:00Z', document: misread }]);
    expect([r.replayed, r.inData, r.skipped]).toEqual([[], ['old'], []]);
    expect(r.dataset).toBe(base);
    expect(replayChanges(base, []).dataset).toBe(base);
  });

  it('a damaged log item (no source, meetings not a list) is skipped and reported; the seed goes on', () => {
    const damaged = { meetings: 'x' } as unknown as IngestedDocument;
    const good = note('note-2026-06-12', '2026-06-12', [twelfth]);
    const r = replayChanges(base, [
      { changeId: 'bad', approvedAt: '2026-06-02T08:00:00Z', document: damaged, documentId: 'note-x' },
      { changeId: 'good', approvedAt: '2026-06-13T08:00:00Z', document: good },
    ]);
    expect(r.replayed).toEqual(['good']);
    expect(r.skipped.map((k) => [k.changeId, k.document])).toEqual([['bad', 'note-x']]);
  });

  it('a log entry written before documents were kept is reported, not silently dropped', () => {
    const r = replayChanges(base, [{ changeId: 'early', approvedAt: '2026-01-01T00:00:00Z', documentId: 'note-2025-12-01' }]);
    expect(r.skipped).toEqual([{ changeId: 'early', document: 'note-2025-12-01', reason: 'added before the change log kept documents; upload it again' }]);
  });

  it('a change data/ now contradicts is skipped and reported; the others are kept', () => {
    // a meeting of a body data/ does not have: the merged data would not validate
    const bad = note('note-bad', '2026-06-01', [{ ...twelfth, id: 'WG.99-1', body: 'WG.99', number: 1 }]);
    const good = note('note-2026-06-12', '2026-06-12', [twelfth]);
    const r = replayChanges(base, [
      { changeId: 'bad', approvedAt: '2026-06-02T08:00:00Z', document: bad },
      { changeId: 'good', approvedAt: '2026-06-13T08:00:00Z', document: good },
    ]);
    expect(r.replayed).toEqual(['good']);
    expect(r.skipped.map((s) => [s.changeId, s.document])).toEqual([['bad', 'note-bad']]);
    expect(r.skipped[0]?.reason).toMatch(/WG\.99/);
    expect(r.dataset.meetings.some((m) => m.id === 'WG.6-12')).toBe(true);
  });
});
