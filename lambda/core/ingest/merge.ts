import type { Instrument, Meeting, MeetingDocument, Source, SourceRef } from '../model';
import { fold } from '../question/normalize';
import type { IngestResult, MandateRecord } from './result';

/** The ingested part of data/: what `ctoc-bot ingest` writes. */
export interface IngestedData {
  sources: Source[];
  meetings: Meeting[];
  mandates: MandateRecord[];
  instruments: Instrument[];
}

/** Two documents that say different things about one meeting: kept as recorded, for a person to decide. */
export interface Disagreement {
  meeting: string;
  field: 'dates' | 'number' | 'location' | 'report';
  recorded: string;
  recordedIn: string[];
  stated: string;
  statedIn: string;
}

export interface MergeOutcome {
  data: IngestedData;
  /** ids of meetings new to the data */
  added: string[];
  /** ids of meetings the document completed or confirmed */
  merged: string[];
  disagreements: Disagreement[];
}

const provenance = (m: Meeting): SourceRef[] => [m.source, ...(m.alsoIn ?? [])];
const sameRef = (a: SourceRef, b: SourceRef) => a.document === b.document && a.paragraph === b.paragraph && a.part === b.part;
const dates = (m: Meeting) => (m.start === m.end ? m.start : `${m.start}/${m.end}`);

/**
 * Merges one document's records into the ingested data. A meeting is the same meeting
 * when its body and dates are the same: the document then adds its provenance, its
 * ordinal if the data had none, its documents and report, and makes it held if it says
 * so. A document that gives other dates for the same ordinal, another ordinal or another
 * place is a disagreement: the data keeps what it had, and the disagreement is returned.
 * Re-merging a document first withdraws what it contributed, so merging is idempotent;
 * the earliest document stays a meeting's main source whatever the order of merging.
 * Pure: returns new data.
 */
export function mergeIngested(data: IngestedData, result: IngestResult): MergeOutcome {
  const id = result.source.id;
  const sources = [...data.sources.filter((s) => s.id !== id), result.source].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const byAge = (a: SourceRef, b: SourceRef) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || (a.paragraph ?? 0) - (b.paragraph ?? 0);
  const withRefs = (m: Meeting, refs: SourceRef[]): Meeting => {
    const sorted = refs.filter((r, i) => refs.findIndex((x) => sameRef(x, r)) === i).sort(byAge);
    const { alsoIn: _a, ...rest } = m;
    const [first, ...others] = sorted;
    return { ...rest, source: first ?? m.source, ...(others.length ? { alsoIn: others } : {}) };
  };

  // withdraw what this document said before
  const meetings: Meeting[] = [];
  for (const m of data.meetings) {
    const refs = provenance(m).filter((r) => r.document !== id);
    if (refs.length === 0) continue;
    const considers = m.considers?.filter((c) => c.source.document !== id);
    const { considers: _c, ...rest } = m;
    meetings.push(withRefs({ ...rest, ...(considers?.length ? { considers } : {}) }, refs));
  }
  const added: string[] = [];
  const merged: string[] = [];
  const disagreements: Disagreement[] = [];
  const disagree = (m: Meeting, field: Disagreement['field'], recorded: string, stated: string, ref: SourceRef) =>
    disagreements.push({ meeting: m.id, field, recorded, recordedIn: [...new Set(provenance(m).map((r) => r.document))], stated, statedIn: ref.document });

  for (const r of result.meetings) {
    const same = meetings.find((m) => m.body === r.body && m.start === r.start && m.end === r.end);
    if (!same) {
      const numbered = r.number !== undefined ? meetings.find((m) => m.body === r.body && m.number === r.number) : undefined;
      const overlapping = meetings.find((m) => m.body === r.body && m.start <= r.end && r.start <= m.end);
      const other = numbered ?? overlapping;
      if (other) {
        disagree(other, 'dates', dates(other), dates(r), r.source);
        continue;
      }
      meetings.push(r);
      added.push(r.id);
      continue;
    }
    let m = same;
    if (r.number !== undefined && m.number !== undefined && r.number !== m.number) disagree(m, 'number', String(m.number), String(r.number), r.source);
    else if (r.number !== undefined && m.number === undefined) m = { ...m, id: `${m.body}-${r.number}`, number: r.number, kind: r.kind };
    // a place stated fills in one no document stated (a session named in passing); two places stated must agree
    if (r.location && !m.location) m = { ...m, location: r.location };
    else if (r.location && m.location && fold(r.location.en) !== fold(m.location.en)) disagree(m, 'location', m.location.en, r.location.en, r.source);
    if (r.report && m.report && r.report !== m.report) disagree(m, 'report', m.report, r.report, r.source);
    const documents = unionDocuments(m.documents, r.documents);
    const considers = [...(m.considers ?? []), ...(r.considers ?? []).filter((c) => !m.considers?.some((x) => x.symbol === c.symbol))];
    m = {
      ...m,
      status: m.status === 'held' || r.status === 'held' ? 'held' : 'scheduled',
      report: m.report ?? r.report,
      ...(documents.length ? { documents } : {}),
      ...(considers.length ? { considers } : {}),
    };
    meetings[meetings.indexOf(same)] = withRefs(m, [...provenance(m), ...provenance(r)]);
    merged.push(m.id);
  }

  const mandates = [
    ...data.mandates.filter((x) => x.source.document !== id),
    ...result.mandates.filter((x) => !data.mandates.some((y) => y.source.document !== id && y.body === x.body && y.instrument === x.instrument && y.number === x.number && y.effect === x.effect)),
  ];
  const instruments = [...data.instruments.filter((x) => x.source.document !== id)];
  for (const ins of result.instruments) {
    const known = instruments.findIndex((x) => x.id === ins.id);
    if (known < 0) instruments.push(ins);
    else instruments[known] = { ...(instruments[known] as Instrument), subject: { ...ins.subject, ...(instruments[known] as Instrument).subject } };
  }
  return {
    data: {
      sources,
      meetings: meetings.map(withSortedDocuments).sort((a, b) => a.body.localeCompare(b.body) || a.start.localeCompare(b.start)),
      mandates: mandates.sort((a, b) => a.body.localeCompare(b.body) || a.source.document.localeCompare(b.source.document) || (a.source.paragraph ?? 0) - (b.source.paragraph ?? 0)),
      instruments: instruments.sort((a, b) => a.id.localeCompare(b.id)),
    },
    added,
    merged,
    disagreements,
  };
}

/** a meeting's documents in date order (undated last), whatever the order of merging */
function withSortedDocuments(m: Meeting): Meeting {
  if (!m.documents || m.documents.length < 2) return m;
  const key = (d: MeetingDocument) => `${d.date ?? '9999'} ${d.symbol}`;
  return { ...m, documents: [...m.documents].sort((a, b) => key(a).localeCompare(key(b))) };
}

/** documents of a meeting by symbol; the entry that says more wins */
function unionDocuments(a: MeetingDocument[] = [], b: MeetingDocument[] = []): MeetingDocument[] {
  const out = [...a];
  for (const d of b) {
    const i = out.findIndex((x) => x.symbol === d.symbol);
    if (i < 0) out.push(d);
    else out[i] = { ...d, ...(out[i] as MeetingDocument), ...(d.date ? { date: d.date } : {}), ...(d.language ? { language: d.language } : {}) };
  }
  return out;
}
