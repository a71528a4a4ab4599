import type { Dataset, Instrument, Mandate, Meeting, Source } from '../model';
import type { IngestedDocument, KeptDisagreement } from './merge';

/** One field of a meeting that a document changes. */
export interface FieldChange {
  field: 'number' | 'dates' | 'location' | 'status' | 'report' | 'documents' | 'kind';
  before: string;
  after: string;
}

/** What adding a document would change, for a person to review before it counts. */
export interface ChangeReview {
  source: Source;
  newMeetings: Meeting[];
  changedMeetings: Array<{ before: Meeting; after: Meeting; changes: FieldChange[] }>;
  /** meetings the document states exactly as the bot already has them */
  confirmed: number;
  /** report and document symbols the bot did not have */
  newDocuments: Array<{ symbol: string; meeting: Meeting }>;
  newMandates: Array<Mandate & { body: string }>;
  newInstruments: Instrument[];
  unplaced: string[];
  /** where the document disagrees with the bot and the bot keeps what it has, and why */
  kept: Array<KeptDisagreement & { recordedMeeting: Meeting }>;
  /** true when adding the document would change no fact */
  empty: boolean;
  /** short names of the bodies and month names, to render the review in either language */
  bodyNames: Record<string, { en: string; fr: string }>;
  monthNames: { en: string[]; fr: string[] };
}

const symbolsOf = (m: Meeting) => [...(m.report ? [m.report] : []), ...(m.documents ?? []).map((d) => d.symbol)];
const mandateKey = (m: Mandate & { body: string }) => `${m.body}|${m.instrument}|${m.number}|${m.effect}`;

function fieldChanges(a: Meeting, b: Meeting): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: FieldChange['field'], before: string, after: string) => {
    if (before !== after) out.push({ field, before, after });
  };
  add('number', a.number ? String(a.number) : '', b.number ? String(b.number) : '');
  add('dates', a.start === a.end ? a.start : `${a.start}/${a.end}`, b.start === b.end ? b.start : `${b.start}/${b.end}`);
  add('location', a.location?.en ?? '', b.location?.en ?? '');
  add('status', a.status, b.status);
  add('report', a.report ?? '', b.report ?? '');
  add('documents', (a.documents ?? []).map((d) => d.symbol).join(' '), (b.documents ?? []).map((d) => d.symbol).join(' '));
  add('kind', a.kind, b.kind);
  return out;
}

/**
 * Compares the dataset before and after a document is merged: new and changed meetings
 * (field by field), new document symbols, mandates and instruments, and what the document
 * could not place. Pure.
 */
export function reviewChange(before: Dataset, after: Dataset, doc: IngestedDocument, kept: KeptDisagreement[] = []): ChangeReview {
  const old = new Map(before.meetings.map((m) => [m.id, m]));
  // a meeting that gained its ordinal has a new id: it is the same meeting (same body and dates)
  const sameMeeting = (m: Meeting) => old.get(m.id) ?? before.meetings.find((b) => b.body === m.body && b.start === m.start && b.end === m.end && !after.meetings.some((a) => a.id === b.id));
  const statedHere = (m: Meeting) => [m.source, ...(m.alsoIn ?? [])].some((r) => r.document === doc.source.id);
  const newMeetings: Meeting[] = [];
  const changedMeetings: ChangeReview['changedMeetings'] = [];
  let confirmed = 0;
  for (const m of after.meetings) {
    const was = sameMeeting(m);
    if (!was) newMeetings.push(m);
    else {
      const changes = fieldChanges(was, m);
      if (changes.length) changedMeetings.push({ before: was, after: m, changes });
      else if (statedHere(m)) confirmed++;
    }
  }
  const knownSymbols = new Set(before.meetings.flatMap(symbolsOf));
  const newDocuments = after.meetings.flatMap((m) => symbolsOf(m).filter((s) => !knownSymbols.has(s)).map((symbol) => ({ symbol, meeting: m })));
  const knownMandates = new Set(before.bodies.flatMap((b) => b.mandates.map((m) => mandateKey({ ...m, body: b.id }))));
  const newMandates = after.bodies.flatMap((b) => b.mandates.map((m) => ({ ...m, body: b.id }))).filter((m) => !knownMandates.has(mandateKey(m)));
  const knownInstruments = new Set(before.instruments.map((i) => i.id));
  const newInstruments = after.instruments.filter((i) => !knownInstruments.has(i.id));
  const empty = newMeetings.length === 0 && changedMeetings.length === 0 && newDocuments.length === 0 && newMandates.length === 0 && newInstruments.length === 0;
  const bodyNames = Object.fromEntries(after.bodies.map((b) => [b.id, b.short]));
  const keptWith = kept.flatMap((d) => {
    const recordedMeeting = after.meetings.find((m) => m.id === d.meeting);
    return recordedMeeting ? [{ ...d, recordedMeeting }] : [];
  });
  return { source: doc.source, newMeetings, changedMeetings, confirmed, newDocuments, newMandates, newInstruments, unplaced: doc.unplaced, kept: keptWith, empty, bodyNames, monthNames: after.vocabulary.monthNames };
}
