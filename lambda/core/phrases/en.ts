import { type IsoDate, MAX_DATE, MIN_DATE, type Period, partsOf } from '../dates';
import type { Body, DocumentKind, Meeting } from '../model';
import { type Phrases, agendas, capitalize, joinList } from './phrases';

const DOC_KIND_EN: Record<DocumentKind, string> = {
  report: 'the report of',
  'provisional-agenda': 'the provisional agenda of',
  'background-paper': 'a background paper for',
  'conference-room-paper': 'a conference room paper for',
  'secretariat-report': 'a report of the Secretariat for',
  note: 'a note for',
  announcement: 'an announcement of',
  'draft-report': 'the draft report of',
  other: 'a document of',
};

/** English phrasing; month names come from the vocabulary. */
export function englishPhrases(months: string[]): Phrases {
  const mon = (m: number) => months[m - 1] ?? String(m);
  const ordinal = (n: number) => {
    const t = n % 100;
    const suffix = t >= 11 && t <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  };
  const day = (iso: IsoDate) => {
    const { y, m, d } = partsOf(iso);
    return `${d} ${mon(m)} ${y}`;
  };
  const dateRange = (start: IsoDate, end: IsoDate) => {
    const a = partsOf(start);
    const b = partsOf(end);
    if (start === end) return day(start);
    if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${mon(b.m)} ${b.y}`;
    if (a.y === b.y) return `${a.d} ${mon(a.m)}–${b.d} ${mon(b.m)} ${b.y}`;
    return `${day(start)}–${day(end)}`;
  };
  const period = (p: Period) => {
    // open ranges ("after June 2024", "still to come", "already held"): the bound that exists
    if (p.end === MAX_DATE) return p.start === MIN_DATE ? 'at any date' : `from ${day(p.start)} on`;
    if (p.start === MIN_DATE) return `up to ${day(p.end)}`;
    const a = partsOf(p.start);
    const b = partsOf(p.end);
    if (p.granularity === 'year') return a.y === b.y ? `in ${a.y}` : `between ${a.y} and ${b.y}`;
    if (p.granularity === 'month') {
      return a.y === b.y && a.m === b.m ? `in ${mon(a.m)} ${a.y}` : `between ${mon(a.m)} ${a.y} and ${mon(b.m)} ${b.y}`;
    }
    if (p.granularity === 'week') return `in the week of ${day(p.start)}`;
    return `on ${dateRange(p.start, p.end)}`;
  };
  const of = (bodies: Body[]) => (bodies.length ? ` of ${joinList(bodies.map((b) => b.short.en), 'or')}` : '');
  const kindWord = (m: Meeting) => (m.kind === 'session' ? 'session' : 'meeting');
  const docs = (m: Meeting) => {
    const parts: string[] = [];
    if (m.report) parts.push(`report ${m.report}`);
    for (const d of agendas(m)) parts.push(`provisional agenda ${d.symbol}`);
    return parts.length ? ` (${parts.join('; ')})` : '';
  };
  const nth = (n: number | undefined) => (n === undefined ? '' : `${ordinal(n)} `);
  return {
    ordinal,
    nth,
    dateRange,
    day,
    asOf: (iso) => `As of ${day(iso)}:`,
    period,
    place: (m) => m.location?.en ?? 'no place stated',
    meeting(m, body, now) {
      const when = `on ${dateRange(m.start, m.end)}${m.location ? ` in ${m.location.en}` : ' (no place stated)'}`;
      const what = m.number === undefined ? `a ${kindWord(m)}` : `its ${nth(m.number)}${kindWord(m)}`;
      const subject = capitalize(body.short.en);
      // held, by a source later than today: still ahead or under way as of today
      if (m.status === 'held' && m.end < now) return `${subject} held ${what} ${when}${docs(m)}.`;
      if (m.status === 'held') return `${subject} ${m.start <= now ? 'is holding' : 'is to hold'} ${what} ${when}${docs(m)}.`;
      const verb = m.end < now ? 'was scheduled to hold' : m.start <= now ? 'is holding' : 'is scheduled to hold';
      return `${subject} ${verb} ${what} ${when}${docs(m)}.`;
    },
    count: (n, bodies, p) => `${n} ${n === 1 ? 'meeting is' : 'meetings are'} recorded${of(bodies)}${p ? ` ${period(p)}` : ''}${n ? ':' : '.'}`,
    noneOnSide: (side, bodies, p, now) =>
      side === 'future'
        ? `Nothing${of(bodies)} ${period(p)} is still to come: that is all before today (${day(now)}).`
        : `Nothing${of(bodies)} ${period(p)} has taken place yet: that is all after today (${day(now)}).`,
    heldCount: (n, bodies, p) =>
      n === 0
        ? `No meeting${of(bodies)} is recorded as held${p ? ` ${period(p)}` : ''}.`
        : `${n} ${n === 1 ? 'meeting is' : 'meetings are'}${of(bodies)} recorded as held${p ? ` ${period(p)}` : ''}:`,
    onlyAnnounced: (n) =>
      `${n === 1 ? 'One more, whose dates have passed, was' : `${n} more, whose dates have passed, were`} only announced; no source I have says ${n === 1 ? 'it' : 'they'} took place:`,
    noMeeting: (bodies, p) => `No meeting${of(bodies)} is recorded${p ? ` ${period(p)}` : ''}.`,
    noOrdinal: (n, session, bodies) => `No ${ordinal(n)} ${session ? 'session' : 'meeting'}${of(bodies)} is recorded.`,
    noUpcoming: (bodies, now, src) =>
      `No upcoming meeting${of(bodies)} is recorded after ${day(now)}; my information comes from the Secretariat's note of ${day(src)}.`,
    noPast: (bodies, now) => `No meeting${of(bodies)} is recorded before ${day(now)}.`,
    report: (m, body) =>
      `The report of the ${nth(m.number)}${kindWord(m)} of ${body.short.en} (${dateRange(m.start, m.end)}, ${m.location?.en ?? 'no place stated'}) is ${m.report}.`,
    noReport: (m, body) => {
      const agenda = agendas(m).map((d) => ` Its provisional agenda is ${d.symbol}.`).join('');
      return `No report is recorded for the ${nth(m.number)}${kindWord(m)} of ${body.short.en} (${dateRange(m.start, m.end)}, ${m.location?.en ?? 'no place stated'}).${agenda}`;
    },
    symbol: (symbol, m, body, kind) =>
      `${symbol} is ${DOC_KIND_EN[kind]} the ${nth(m.number)}${kindWord(m)} of ${body.short.en} (${dateRange(m.start, m.end)}, ${m.location?.en ?? 'no place stated'}).`,
    unknownSymbol: (symbol) => `${symbol} is not a document I have on record.`,
    mandate(effect, instrument, number, bodies) {
      const by = `${instrument} ${number}`;
      const list = joinList(bodies.map((b) => b.short.en), 'and');
      switch (effect) {
        case 'established':
          return `${capitalize(list)} ${bodies.length > 1 ? 'were' : 'was'} established by ${by} of the Conference.`;
        case 'established-as-permanent':
          return `${capitalize(list)} ${bodies.length > 1 ? 'were' : 'was'} established as a permanent element of the Conference by ${by}.`;
        case 'made-permanent':
          return `${capitalize(by)} made ${list} ${bodies.length > 1 ? 'permanent elements' : 'a permanent element'} of the Conference.`;
        default:
          return `${capitalize(by)} encouraged ${list} to consider meeting every year, back to back where appropriate.`;
      }
    },
    instrument: (i) => (i.subject.en ? `${capitalize(i.instrument)} ${i.number} of the Conference is on ${i.subject.en}.` : `${capitalize(i.instrument)} ${i.number} is a ${i.instrument} of the Conference.`),
    instrumentsLead: (n, kinds) => {
      const word = kinds.length > 1 ? (n === 1 ? 'decision or resolution' : 'decisions and resolutions') : `${kinds[0]}${n === 1 ? '' : 's'}`;
      return n === 0 ? `I know no ${word} of the Conference.` : `I know ${n} ${word} of the Conference:`;
    },
    noMandate: (bodies) => `My source records no founding decision or resolution${of(bodies)}.`,
    aboutBody: (b) =>
      `${b.id} is the ${b.names.en} (in French: ${b.names.fr}).${b.formerNames?.en.length ? ` It was formerly called the ${joinList(b.formerNames.en, 'or')}.` : ''}`,
    comparisonLead: (b, which) => `${which === 'first' ? 'First' : 'Last'} of them: ${b.short.en}.`,
    yesNo: (yes) => (yes ? 'Yes.' : 'No.'),
    bodiesList: (bodies) => `I know ${bodies.length} bodies: ${bodies.map((b) => `${b.names.en} (${b.id})`).join('; ')}.`,
    unknownBody: (name, bodies) =>
      `I have no record of "${name}". I know: ${bodies.map((b) => `${b.names.en} (${b.id})`).join('; ')}.`,
    whichBody: (bodies) => `Which body do you mean? I know: ${bodies.map((b) => `${b.names.en} (${b.id})`).join('; ')}.`,
    help: (ex) =>
      `I answer questions about the meetings, reports and mandates of the Conference of the Parties to UNTOC and its working groups, in English or French. Try: ${ex.map((e) => `"${e}"`).join(', ')}.`,
    notUnderstoodTerm: (t) => `I don't know what "${t}" means, so I can't say which meetings you mean. Ask with dates, a month or a year ("in 2024", "between March and June 2024").`,
    notUnderstood: (ex) => `Sorry, I did not understand the question. Try: ${ex.map((e) => `"${e}"`).join(', ')}.`,
    placesLead: (n, places) => `${n === 1 ? 'This meeting is' : `These ${n} meetings are`} recorded in ${joinList(places, 'and')}:`,
    greeting: (kind) =>
      kind === 'thanks' ? "You're welcome! Ask me anything about the COP and its working groups." : 'Hello! Ask me about the meetings, reports and mandates of the COP and its working groups.',
    clarify: (text, bodies) => `"${text}" could mean ${joinList(bodies.map((b) => `${b.names.en} (${b.id})`), 'or')}. Which one do you mean?`,
    noPlace: (place, known, bodies, p) =>
      `No meeting${of(bodies)} is recorded in ${place}${p ? ` ${period(p)}` : ''}; the meetings I know of are in ${joinList(known, 'and')}.`,
    relationNone: (direction, anchor, body, w) =>
      anchor
        ? `No meeting is recorded ${w ? `in the ${w.count > 1 ? `${w.count} ${w.unit}s` : w.unit} ` : ''}${direction === 'before' ? 'before' : direction === 'same-week' ? 'in the same week as' : direction === 'between' ? 'between the meetings named, after' : 'after'} the ${nth(anchor.number)}${kindWord(anchor)} of ${body.short.en} (${dateRange(anchor.start, anchor.end)}).`
        : `No meeting of ${body.short.en} is recorded.`,
  };
}
