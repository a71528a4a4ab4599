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

/** The dataset once a document is added, and what of the document was not taken. */
export interface DocumentMerge {
  dataset: Dataset;
  /** where the document disagrees with a newer source the bot has: the bot keeps what it has */
  kept: Disagreement[];
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
  const kept: Disagreement[] = [];
  const revised = new Set<string>();
  for (const d of out.disagreements) {
    const i = meetings.findIndex((m) => m.id === d.meeting);
    const was = meetings[i];
    const stated = was && statedFor(doc.meetings, was, d);
    // dates and place can be revised by a newer document; an ordinal or a report symbol is never re-assigned
    if (!was || !stated || !newer(d) || (d.field !== 'dates' && d.field !== 'location')) {
      kept.push(d);
      continue;
    }
    if (revised.has(was.id)) continue;
    revised.add(was.id);
    // the newer document's record, under the meeting's id, with the older sources kept as provenance
    const refs = [was.source, ...(was.alsoIn ?? [])].filter((r) => r.document !== doc.source.id);
    meetings[i] = { ...was, ...stated, id: was.id, number: stated.number ?? was.number, report: stated.report ?? was.report, source: stated.source, alsoIn: [...(stated.alsoIn ?? []), ...refs] };
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

/** the document's record a disagreement is about: same body, and same ordinal or overlapping dates */
function statedFor(stated: Meeting[], m: Meeting, d: Disagreement): Meeting | undefined {
  const mine = stated.filter((r) => r.body === m.body);
  if (d.field === 'dates') return mine.find((r) => (r.start === r.end ? r.start : `${r.start}/${r.end}`) === d.stated);
  return mine.find((r) => r.start === m.start && r.end === m.end);
}
