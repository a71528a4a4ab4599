import { type Disagreement, type IngestedData, mergeIngested } from '../ingest/merge';
import type { IngestResult } from '../ingest/result';
import { type Dataset, type Instrument, type Mandate, type Meeting, type Source, validateDataset } from '../model';

/** What one document yields, in the data/ format: the records a change set adds or replaces. */
export interface IngestedDocument {
  source: Source;
  meetings: Meeting[];
  /** mandates with the body they concern */
  mandates: Array<Mandate & { body: string }>;
  instruments: Instrument[];
  /** pieces found but not recorded, and why */
  unplaced: string[];
}

/**
 * Why the bot keeps what it has where a document disagrees: its sources are as recent or
 * newer; an ordinal or report symbol is never re-assigned; a held meeting's dates are
 * facts; the new dates would fall on another meeting of the body; or the document's
 * record could not be told apart.
 */
export type KeptReason = 'older' | 'fixed' | 'held' | 'clash' | 'unsure';

export interface KeptDisagreement extends Disagreement {
  reason: KeptReason;
}

/** The dataset once a document is added, and what of the document was not taken. */
export interface DocumentMerge {
  dataset: Dataset;
  /** where the document disagrees with the bot and the bot keeps what it has, and why */
  kept: KeptDisagreement[];
}

/**
 * The dataset once a document is added, by the same rule as `ctoc-bot ingest`
 * (`mergeIngested`): a meeting is the same meeting when its body and dates are the same
 * (the document adds its provenance, ordinal, documents, report, and makes it held if it
 * says so), and re-adding a document first withdraws what it said before. Where the
 * CLI keeps the data and reports a disagreement, an upload is reviewed by an editor
 * before it counts, so a document newer than every source of the meeting revises its
 * dates or place (a postponed or moved meeting, shown before → after in the review); an
 * older document never overrides a newer one, and an ordinal or report symbol is never
 * re-assigned: the data is kept and the review lists the disagreement. Mandates of a body the dataset does not
 * know are left out. The result is validated like data/. Pure.
 */
export function mergeDocumentOutcome(base: Dataset, doc: IngestedDocument): DocumentMerge {
  const data: IngestedData = {
    sources: base.sources,
    meetings: base.meetings,
    mandates: base.bodies.flatMap((b) => b.mandates.map((m) => ({ ...m, body: b.id }))),
    instruments: base.instruments,
  };
  const result: IngestResult = { source: doc.source, meetings: doc.meetings, mandates: doc.mandates, instruments: doc.instruments, bodies: [], newBodies: [], unplaced: doc.unplaced, notes: [] };
  const out = mergeIngested(data, result);
  const dateOf = new Map(out.data.sources.map((s) => [s.id, s.date]));
  // (a web page has no date: it is newer than nothing, so it revises nothing)
  const docDate = doc.source.date;
  const newer = (d: Disagreement) => docDate !== undefined && d.recordedIn.every((s) => s !== doc.source.id && (dateOf.get(s) ?? '') < docDate);
  const meetings = [...out.data.meetings];
  const kept: KeptDisagreement[] = [];
  for (const d of out.disagreements) {
    const i = meetings.findIndex((m) => m.id === d.meeting);
    const was = meetings[i];
    const stated = was && statedFor(doc.meetings, was, d);
    const reason = !was || !stated ? 'unsure' : whyKept(d, was, stated, newer(d), meetings);
    if (reason || !was || !stated) {
      kept.push({ ...d, reason: reason ?? 'unsure' });
      continue;
    }
    // only the disputed field changes; the newer document becomes the meeting's source, the older ones stay as provenance
    const refs = [was.source, ...(was.alsoIn ?? [])].filter((r) => r.document !== doc.source.id);
    // new dates come with the place the document gives them
    const field = d.field === 'dates' ? { start: stated.start, end: stated.end, location: stated.location } : { location: stated.location };
    meetings[i] = { ...was, ...field, source: stated.source, alsoIn: refs };
  }
  const mandates = out.data.mandates;
  const merged = {
    sources: out.data.sources,
    bodies: base.bodies.map((b) => ({ ...b, mandates: mandates.filter((m) => m.body === b.id).map(({ body: _b, ...m }) => m) })),
    meetings,
    instruments: out.data.instruments,
    vocabulary: base.vocabulary,
  };
  return { dataset: validateDataset(merged, `document ${doc.source.id}`), kept };
}

/** The dataset once a document is added (see `mergeDocumentOutcome`). */
export const mergeDocument = (base: Dataset, doc: IngestedDocument): Dataset => mergeDocumentOutcome(base, doc).dataset;

/** why a disagreement may not revise the meeting; null when a newer document may change its dates or place */
function whyKept(d: Disagreement, was: Meeting, stated: Meeting, newer: boolean, meetings: Meeting[]): KeptReason | null {
  if (d.field !== 'dates' && d.field !== 'location') return 'fixed';
  if (typeof stated.number === 'number' && typeof was.number === 'number' && stated.number !== was.number) return 'fixed';
  if (!newer) return 'older';
  if (d.field === 'dates' && was.status === 'held') return 'held';
  if (d.field === 'dates' && meetings.some((m) => m.id !== was.id && m.body === was.body && m.start <= stated.end && stated.start <= m.end)) return 'clash';
  return null;
}

/** the document's record a disagreement is about: same body, and same ordinal or overlapping dates */
function statedFor(stated: Meeting[], m: Meeting, d: Disagreement): Meeting | undefined {
  const mine = stated.filter((r) => r.body === m.body);
  if (d.field === 'dates') return mine.find((r) => (r.start === r.end ? r.start : `${r.start}/${r.end}`) === d.stated);
  return mine.find((r) => r.start === m.start && r.end === m.end);
}
