import type { IsoDate, Period } from '../dates';
import type { Body, DocumentKind, Instrument, Mandate, Meeting } from '../model';

/** Everything an answer says, in one language. Sentences end with a full stop. */
export interface Phrases {
  ordinal(n: number): string;
  /** the ordinal and a space ("11th "), or nothing when no document states it */
  nth(n: number | undefined): string;
  /** "3–4 April 2024" / "3 et 4 avril 2024" */
  dateRange(start: IsoDate, end: IsoDate): string;
  day(iso: IsoDate): string;
  /** "As of 4 July 2024:", before an answer given as of that day */
  asOf(iso: IsoDate): string;
  period(p: Period): string;
  place(m: Meeting): string;
  meeting(m: Meeting, body: Body, now: IsoDate): string;
  count(n: number, bodies: Body[], period: Period | null): string;
  noMeeting(bodies: Body[], period: Period | null): string;
  /** the period named is all on the other side of today: "None of the meetings recorded in 2023 is still to come." */
  noneOnSide(side: 'past' | 'future', bodies: Body[], period: Period, now: IsoDate): string;
  /** "2 meetings … are recorded as held in 2024:" (the sources say they took place) */
  heldCount(n: number, bodies: Body[], period: Period | null): string;
  /** "2 more, whose dates have passed, were only announced; no source says they took place:" */
  onlyAnnounced(n: number): string;
  noOrdinal(n: number, session: boolean, bodies: Body[]): string;
  noUpcoming(bodies: Body[], now: IsoDate, sourceDate: IsoDate): string;
  noPast(bodies: Body[], now: IsoDate): string;
  report(m: Meeting, body: Body): string;
  noReport(m: Meeting, body: Body): string;
  symbol(symbol: string, m: Meeting, body: Body, kind: DocumentKind): string;
  unknownSymbol(symbol: string): string;
  mandate(effect: Mandate['effect'], instrument: Mandate['instrument'], number: string, bodies: Body[]): string;
  instrument(i: Instrument): string;
  noMandate(bodies: Body[]): string;
  /** "I know 3 resolutions of the Conference:" (none: "I know no …") */
  instrumentsLead(n: number, kinds: Array<'decision' | 'resolution'>): string;
  bodiesList(bodies: Body[]): string;
  /** the answer to a yes/no question, before the meetings that show it */
  yesNo(yes: boolean): string;
  /** "which met first, A or B": the one that comes first (or last) of those compared */
  comparisonLead(body: Body, which: 'first' | 'last'): string;
  /** what one body is: its id, full name in both languages, former names */
  aboutBody(body: Body): string;
  unknownBody(name: string, bodies: Body[]): string;
  whichBody(bodies: Body[]): string;
  help(examples: string[]): string;
  notUnderstood(examples: string[]): string;
  /** a code in the question the bot cannot read ("fy24") */
  notUnderstoodTerm(term: string): string;
  placesLead(n: number, places: string[]): string;
  /** a greeting or thanks, answered in kind */
  greeting(kind: 'hello' | 'thanks'): string;
  /** a short form that names several bodies */
  clarify(text: string, bodies: Body[]): string;
  /** nothing recorded at a place; where meetings are recorded instead */
  noPlace(place: string, known: string[], bodies: Body[], period: Period | null): string;
  /** the meeting another one is placed against ("after the COP") */
  relationNone(direction: 'after' | 'before' | 'since' | 'same-week' | 'between', anchor: Meeting | null, body: Body, window?: { count: number; unit: 'day' | 'week' | 'month' | 'year' }): string;
}

/** "a, b and c" / "a, b et c" */
export function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** a meeting's provisional agendas (its other documents are listed on request) */
export const agendas = (m: Meeting) => (m.documents ?? []).filter((d) => d.kind === 'provisional-agenda');
