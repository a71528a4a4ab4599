import { describe, expect, it } from 'vitest';
import { type IngestedDocument, mergeDocument, mergeDocumentOutcome } from '../../lambda/core/changes/merge';
import { reviewChange } from '../../lambda/core/changes/review';
import { documentKind, screenUpload } from '../../lambda/core/changes/upload';
import type { Meeting } from '../../lambda/core/model';
import { dataset } from '../helpers/data';

const base = dataset();
const wg6 = base.meetings.find((m) => m.id === 'WG.6-11') as Meeting;
const source = { id: 'note-2026-06-12', kind: 'note', date: '2026-06-12', language: 'en' as const, file: 'n.txt', title: { en: 'A note' } };
const ref = (paragraph: number) => ({ document: source.id, paragraph });
const doc = (over: Partial<IngestedDocument> = {}): IngestedDocument => ({ source, meetings: [], mandates: [], instruments: [], unplaced: [], ...over });

describe('what a document would change', () => {
  it('a new meeting, a revised one (before → after, field by field), a confirmed one, new document symbols', () => {
    const wg4 = base.meetings.find((m) => m.id === 'WG.4-14') as Meeting;
    const revised: Meeting = { ...wg4, start: '2024-07-15', end: '2024-07-16', location: { en: 'Geneva', fr: 'Genève' }, report: null, documents: undefined, source: ref(3) };
    const fresh: Meeting = { ...wg6, id: 'WG.6-12', number: 12, start: '2026-05-29', end: '2026-05-30', report: 'CTOC/COP/WG.6/2026/2', documents: undefined, source: ref(4) };
    const same = base.meetings.find((m) => m.body === 'WG.7') as Meeting;
    const d = doc({ meetings: [revised, fresh, { ...same, source: ref(5) }] });
    const m = mergeDocumentOutcome(base, d);
    const r = reviewChange(base, m.dataset, d, m.kept);
    expect(r.newMeetings.map((x) => x.id)).toEqual(['WG.6-12']);
    expect(r.changedMeetings.map((c) => [c.after.id, c.changes])).toEqual([
      [
        'WG.4-14',
        [
          { field: 'dates', before: '2024-07-08/2024-07-09', after: '2024-07-15/2024-07-16' },
          { field: 'location', before: 'Vienna', after: 'Geneva' },
        ],
      ],
    ]);
    expect(r.kept).toEqual([]);
    expect(r.confirmed).toBe(1);
    expect(r.newDocuments.map((x) => x.symbol)).toEqual(['CTOC/COP/WG.6/2026/2']);
    expect(r.empty).toBe(false);
    // only the disputed fields changed: its report and documents from the older note stay; that note stays as provenance
    const after = m.dataset.meetings.find((x) => x.id === 'WG.4-14');
    expect([after?.report, after?.status, after?.source.document]).toEqual([wg4.report, 'scheduled', source.id]);
    expect(after?.alsoIn?.map((x) => x.document)).toContain(wg4.source.document);
    expect(m.dataset.meetings).toHaveLength(base.meetings.length + 1);
  });

  it('a newer document does not re-date a held meeting, nor move one onto another meeting of the body', () => {
    const held = { ...wg6, start: '2024-04-10', end: '2024-04-11', source: ref(2) };
    const m = mergeDocumentOutcome(base, doc({ meetings: [held] }));
    expect(m.dataset.meetings.find((x) => x.id === 'WG.6-11')?.start).toBe('2024-04-03');
    expect(m.kept.map((k) => [k.meeting, k.field, k.reason])).toEqual([['WG.6-11', 'dates', 'held']]);
    const wg7 = base.meetings.filter((x) => x.body === 'WG.7');
    const later = wg7.find((x) => x.status === 'scheduled') as Meeting;
    const earlier = wg7.find((x) => x.status === 'held') as Meeting;
    const onto = doc({ meetings: [{ ...later, start: earlier.start, end: earlier.end, source: ref(3) }] });
    const c = mergeDocumentOutcome(base, onto);
    expect(c.dataset.meetings.find((x) => x.id === later.id)?.start).toBe(later.start);
    expect(c.kept.map((k) => k.reason)).toContain('fixed');
  });

  it('the document’s own earlier records are replaced when it is read again', () => {
    const fresh: Meeting = { ...wg6, id: 'WG.6-12', number: 12, start: '2026-05-29', end: '2026-05-30', report: null, documents: undefined, source: ref(4) };
    const once = mergeDocument(base, doc({ meetings: [fresh] }));
    const again = mergeDocument(once, doc({ meetings: [{ ...fresh, start: '2026-05-28' }] }));
    expect(again.meetings.filter((m) => m.id === 'WG.6-12').map((m) => m.start)).toEqual(['2026-05-28']);
    const r = reviewChange(once, mergeDocument(once, doc({ meetings: [fresh] })), doc({ meetings: [fresh] }));
    expect(r.empty).toBe(true);
  });

  it('an older document never overrides a newer source, and an ordinal is never re-assigned: both are kept and listed', () => {
    const older = { ...source, id: 'note-2020-01-10', date: '2020-01-10' };
    const olderDoc = doc({ source: older, meetings: [{ ...wg6, start: '2024-04-10', end: '2024-04-11', source: { document: older.id, paragraph: 2 } }] });
    const m = mergeDocumentOutcome(base, olderDoc);
    expect(m.dataset.meetings.find((x) => x.id === 'WG.6-11')?.start).toBe('2024-04-03');
    const r = reviewChange(base, m.dataset, olderDoc, m.kept);
    expect(r.kept.map((k) => [k.meeting, k.field, k.recorded, k.stated, k.reason])).toEqual([['WG.6-11', 'dates', '2024-04-03/2024-04-04', '2024-04-10/2024-04-11', 'older']]);
    expect(r.empty).toBe(true);
    // same body and dates under another ordinal: the same meeting, its ordinal kept
    const renumbered = doc({ meetings: [{ ...wg6, id: 'WG.6-12', number: 12, source: ref(2) }] });
    const n = mergeDocumentOutcome(base, renumbered);
    expect(n.dataset.meetings.filter((x) => x.body === 'WG.6' && x.start === '2024-04-03').map((x) => [x.id, x.number])).toEqual([['WG.6-11', 11]]);
    expect(n.kept.map((k) => [k.field, k.recorded, k.stated, k.reason])).toEqual([['number', '11', '12', 'fixed']]);
  });

  it('a meeting first known without its ordinal keeps being the same meeting when a document states it', () => {
    const unnumbered: Meeting = { ...wg6, id: 'WG.6-2026-05-29', number: undefined, start: '2026-05-29', end: '2026-05-30', report: null, documents: undefined, source: ref(4) };
    const first = { ...source, id: 'agenda-2026-04-01', date: '2026-04-01' };
    const once = mergeDocument(base, doc({ source: first, meetings: [{ ...unnumbered, source: { document: first.id, paragraph: 1 } }] }));
    const d = doc({ meetings: [{ ...unnumbered, id: 'WG.6-12', number: 12, source: ref(4) }] });
    const r = reviewChange(once, mergeDocument(once, d), d);
    expect(r.newMeetings).toEqual([]);
    expect(r.changedMeetings.map((c) => [c.before.id, c.after.id, c.changes.map((x) => x.field)])).toEqual([['WG.6-2026-05-29', 'WG.6-12', ['number']]]);
  });
});

describe('which uploads are read at all', () => {
  it('PDF and text by MIME type, Slack file type or name; editors only; 20 MB at most', () => {
    expect(documentKind({ name: 'n.pdf', mimetype: 'application/pdf' })).toBe('pdf');
    expect(documentKind({ name: 'n', filetype: 'text' })).toBe('text');
    expect(documentKind({ name: 'n.txt' })).toBe('text');
    expect(documentKind({ name: 'photo.png', mimetype: 'image/png', filetype: 'png' })).toBeNull();
    expect(documentKind({ name: 'n.docx', mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBeNull();
    const f = { id: 'F1', name: 'n.pdf', mimetype: 'application/pdf', size: 20 * 1024 * 1024 };
    expect(screenUpload(f, 'U1', ['U1'])).toEqual({ ok: true, kind: 'pdf' });
    expect(screenUpload({ ...f, size: f.size + 1 }, 'U1', ['U1'])).toEqual({ ok: false, reason: 'too-large' });
    expect(screenUpload(f, 'U2', ['U1'])).toEqual({ ok: false, reason: 'not-editor' });
    expect(screenUpload({ ...f, mimetype: 'image/png', name: 'a.png' }, 'U1', ['U1'])).toEqual({ ok: false, reason: 'unsupported-type' });
  });
});
