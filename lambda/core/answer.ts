import { daysBetween, type IsoDate, MAX_DATE, type Period, overlaps } from './dates';
import type { Body, Dataset, DocumentKind, Lang, Meeting, Source } from './model';
import { englishPhrases } from './phrases/en';
import { frenchPhrases } from './phrases/fr';
import type { Phrases } from './phrases/phrases';
import type { Intent, Question } from './question/question';
import { accentInsensitive, cleanSlackText, tokenize } from './question/normalize';
import { PhraseSet } from './question/phrase-set';
import { createQuestionSplitter } from './question/split';
import { createUnderstander } from './question/understand';
import { considersAnswer, documentsAnswer } from './answer-documents';
import { selectPosition } from './selection/position';
import { selectRelation } from './selection/relation';

/** A structured answer: renderers (plain text, JSON, Block Kit) read it; none is built in. */
export interface Answer {
  question: string;
  lang: Lang;
  intent: Intent;
  /** the whole answer as plain sentences on one line */
  text: string;
  /** the first line: what was found (or not), before the items */
  lead: string;
  /** one sentence per meeting, mandate or body */
  items: string[];
  /** exactly the meetings the answer states as responsive */
  meetings: Meeting[];
  /** ids of the bodies the answer is about */
  bodies: string[];
  /** document symbols the answer cites */
  reports: string[];
  /** ids of the decisions and resolutions the answer cites ("resolution-7/1") */
  instruments: string[];
  /** something asked about that the data does not have (a body, a place, a meeting number) */
  unknown: string | null;
  period: Period | null;
  now: IsoDate;
  sources: Source[];
}

const REFERS_BACK = /\b(?:one|ones|about|celle|celui|celles|ceux|pour)\b/i;
const RANGE_WORD = /\b(?:between|entre|from|du|de)\b[^,;?]*\b(?:and|et|to|au|à|a)\b\s*\d|\b(?:between|entre)\b/i;
const byStart = (a: Meeting, b: Meeting) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.body < b.body ? -1 : 1);
const unique = <T>(xs: T[]) => Array.from(new Set(xs));
/** The first sentence as the lead, the others as items (plain slices: destructuring with a rest element is a costly path for the JIT). */
const leadAndRest = (xs: string[]) => ({ lead: xs[0] ?? '', rest: xs.slice(1) });

/**
 * Builds the answerer for one dataset: understanding and phrasing are compiled once;
 * each call is pure and never throws on any input text.
 */
export function createAnswerer(data: Dataset) {
  const understand = createUnderstander(data);
  const phrases: Record<Lang, Phrases> = {
    en: englishPhrases(data.vocabulary.monthNames.en),
    fr: frenchPhrases(data.vocabulary.monthNames.fr),
  };
  const bodies = new Map(data.bodies.map((b) => [b.id, b]));
  const meetings = [...data.meetings].sort(byStart);
  const bySymbol = new Map<string, { m: Meeting; kind: DocumentKind }>();
  for (const m of meetings) {
    if (m.report) bySymbol.set(m.report, { m, kind: 'report' });
    for (const d of m.documents ?? []) bySymbol.set(d.symbol, { m, kind: d.kind });
  }
  const sourceDate = data.sources.flatMap((s) => (s.date ? [s.date] : [])).sort().pop() ?? '1970-01-01';
  const body = (id: string) => bodies.get(id) as Body;
  const conference = data.bodies.find((b) => b.kind === 'conference') ?? (data.bodies[0] as Body);
  // a meeting's sentence depends only on the language and on whether now is before,
  // during or after it: build each once (answers repeat the same meetings a lot)
  const sentences = new Map<string, string>();
  const sentence = (p: Phrases, lang: Lang, m: Meeting, now: IsoDate) => {
    const tense = m.end < now ? 'past' : m.start <= now ? 'now' : 'future';
    const key = `${lang}|${tense}|${m.id}`;
    let s = sentences.get(key);
    if (s === undefined) {
      s = p.meeting(m, body(m.body), now);
      sentences.set(key, s);
    }
    return s;
  };

  // answers that do not depend on the question: built once per language
  const fixed = Object.fromEntries(
    (['en', 'fr'] as const).map((lang) => {
      const p = phrases[lang];
      const examples = data.vocabulary.help.examples[lang];
      return [lang, { help: p.help(examples), notUnderstood: p.notUnderstood(examples), bodies: p.bodiesList(data.bodies), whichBody: p.whichBody(data.bodies) }];
    }),
  ) as Record<Lang, { help: string; notUnderstood: string; bodies: string; whichBody: string }>;
  const allIds = data.bodies.map((b) => b.id);
  const knownPlaces = {
    en: unique(meetings.flatMap((m) => (m.location ? [m.location.en] : []))),
    fr: unique(meetings.flatMap((m) => (m.location ? [m.location.fr] : []))),
  };
  // "the next meeting", "la prochaine réunion": one asked for, whatever period it is in
  const singularNext = /\bnext\s+(?:[\p{L}.]+\s+){0,2}(?:meeting|session|mtg|sitting|one)\b|\bprochaine?\s+(?:[\p{L}.]+\s+){0,2}(?:r[ée]union|session|s[ée]ance)\b|\b(?:r[ée]union|session|s[ée]ance)\s+prochaine\b/iu;
  /** whether any meeting is under way on that day (most days: none) */
  const spansDay = (day: IsoDate) => meetings.some((m) => m.start <= day && m.end >= day);
  const split = createQuestionSplitter(data.vocabulary.questionBreaks, data.vocabulary.positions);
  // "…and when does it meet next?": a later part that refers back to the body asked about before
  const backReferences = new PhraseSet([...data.vocabulary.questionBreaks.en.backReferences, ...data.vocabulary.questionBreaks.fr.backReferences]);
  const refersBackTo = (part: string) => {
    const ws = tokenize(part).map((t) => t.norm);
    return backReferences.test(new Set(ws), ` ${ws.join(' ')} `, () => ` ${part.toLowerCase()} `);
  };
  // a question word of its own ("when is the COP?"): a part that asks its own question
  const breaks = data.vocabulary.questionBreaks;
  const opensQuestion = new RegExp(
    `(?<![\\p{L}])(?:${[...breaks.en.starters, ...breaks.fr.starters, ...data.vocabulary.interrogatives.en, ...data.vocabulary.interrogatives.fr].map(accentInsensitive).join('|')})(?![\\p{L}])`,
    'iu',
  );

  type Reply = Omit<Answer, 'question' | 'lang' | 'intent' | 'text' | 'period' | 'now' | 'sources' | 'instruments' | 'unknown'> & { instruments?: string[] };
  /** what every intent's answer reads: the question, today, its language's phrases and the bodies it names */
  interface Ask {
    q: Question;
    now: IsoDate;
    p: Phrases;
    qBodies: Body[];
  }
  // one small function per intent rather than one large switch: the JIT compiles only the
  // intents in use, each quickly (a large function is recompiled whole, at a high CPU cost)
  // answers are built as plain literals: spreading one object into another is a slow path in V8
  const leadOnly = (lead: string, bodies: string[] = []): Reply => ({ lead, items: [], meetings: [], bodies, reports: [] });
  const inScope = (q: Question, m: Meeting) =>
    (q.bodies.length === 0 || q.bodies.includes(m.body)) &&
    (!q.period || q.periods.some((p) => overlaps(m, p))) &&
    (q.places.length === 0 || (m.location !== null && q.places.includes(m.location.en))) &&
    (q.status === null || m.status === q.status) &&
    !q.unknownPlace;
  /** every meeting's report and document symbols, in order */
  const reportsOf = (ms: Meeting[]) => {
    const out: string[] = [];
    for (const m of ms) {
      if (m.report) out.push(m.report);
      for (const d of m.documents ?? []) out.push(d.symbol);
    }
    return out;
  };
  const scoped = (q: Question) => meetings.filter((m) => inScope(q, m));
  // nothing recorded: at a place, say where meetings are; otherwise what was looked for
  const none = ({ q, p, qBodies, now }: Ask) =>
    q.sideEmpty && q.tense && q.period
      ? p.noneOnSide(q.tense, qBodies, q.period, now)
      : q.unknownPlace || q.places.length
      ? p.noPlace(q.unknownPlace ?? q.places.join(', '), knownPlaces[q.lang], qBodies, q.period)
      : p.noMeeting(qBodies, q.period);
  const listing = ({ q, now, p }: Ask, lead: string, ms: Meeting[]) => ({
    lead,
    items: ms.map((m) => sentence(p, q.lang, m, now)),
    meetings: ms,
    bodies: unique(ms.map((m) => m.body)),
    reports: reportsOf(ms),
  });
  const oneOrMany = (a: Ask, ms: Meeting[]) => {
    const l = listing(a, '', ms);
    const { lead, rest: items } = leadAndRest(l.items);
    return { lead, items, meetings: l.meetings, bodies: l.bodies, reports: l.reports };
  };
  const withOrdinal = (q: Question, ms: Meeting[]) =>
    q.ordinal === null ? ms : ms.filter((m) => m.number === q.ordinal && (!q.session || q.bodies.length > 0 || m.kind === 'session'));
  /** "the report of the last TA meeting", "où aura lieu la prochaine": a position narrows what is asked about, body by body */
  const positioned = (q: Question, ms: Meeting[], now: IsoDate) => {
    if (!q.position || q.ordinal !== null) return ms;
    if (q.bodies.length <= 1 || q.across) return selectPosition(ms, q, now);
    return q.bodies.flatMap((b) => selectPosition(ms.filter((m) => m.body === b), q, now)).sort(byStart);
  };

  const meetingsAnswer = (a: Ask): Reply => {
    if (a.q.status === 'held') return heldAnswer(a);
    const ms = scoped(a.q);
    if (ms.length === 0 && a.q.tense === 'past' && a.q.untensed && a.q.bodies.length === 1) {
      // "has the SOM group met yet this year?": not yet — and when it is to meet in that period
      const later = scoped({ ...a.q, period: a.q.untensed[0] ?? null, periods: a.q.untensed, tense: null });
      if (later.length > 0) return { ...listing(a, none(a), later) };
    }
    if (ms.length === 0) return leadOnly(none(a));
    // "when does the TIP group meet?": its meetings to come (one under way included), when it has some
    if (a.q.present && !a.q.period && a.q.bodies.length > 0 && !a.q.groups) {
      const coming = ms.filter((m) => m.end >= a.now);
      if (coming.length > 0) return oneOrMany(a, a.q.plural ? coming : firstPerBody(coming, a.q.bodies));
    }
    if (a.q.bodies.length === 1) return oneOrMany(a, ms);
    return listing(a, a.p.count(ms.length, a.qBodies, a.q.period), ms);
  };
  // "which 2024 meetings were actually held", "a-t-elle bien eu lieu ?": those the sources say
  // were held, then those whose dates have passed but that were only announced (said as such)
  const heldAnswer = (a: Ask): Reply => {
    const { q, p, now } = a;
    const held = scoped(q);
    const announced = scoped({ ...q, status: null }).filter((m) => m.status === 'scheduled' && m.end < now);
    if (held.length === 0 && announced.length === 0) return leadOnly(p.heldCount(0, a.qBodies, q.period));
    const l = listing(a, p.heldCount(held.length, a.qBodies, q.period), held);
    if (announced.length === 0) return l;
    const all = [...held, ...announced];
    return {
      lead: l.lead,
      items: [...l.items, p.onlyAnnounced(announced.length), ...announced.map((m) => sentence(p, q.lang, m, now))],
      meetings: all,
      bodies: unique(all.map((m) => m.body)),
      reports: reportsOf(all),
    };
  };
  const handlers: Partial<Record<Intent, (a: Ask) => Reply>> = {
    help: ({ q }) => leadOnly(fixed[q.lang].help),
    greeting: ({ q, p }) => leadOnly(p.greeting(q.greeting ?? 'hello')),
    clarify: ({ q, p }) => leadOnly(p.clarify(q.ambiguous?.text ?? '', (q.ambiguous?.bodies ?? []).map(body))),
    position: (a) => {
      const { q } = a;
      if (q.comparison && q.position) {
        // each body's meeting at that position, the one asked for first ("first": the earliest)
        // (a body named with its number is that meeting: "the 11th firearms meeting or the 14th TA one")
        const each = q.bodies.flatMap((b) => {
          const n = q.comparisonOrdinals[b];
          return n !== undefined ? meetings.filter((m) => m.body === b && m.number === n) : selectPosition(withOrdinal({ ...q, ordinal: null }, scoped({ ...q, bodies: [b] })), q, a.now);
        });
        if (each.length >= 2) {
          const ordered = [...each].sort(byStart);
          if (q.position.from !== 'first') ordered.reverse();
          const r = oneOrMany(a, ordered);
          return { ...r, lead: `${a.p.comparisonLead(body((ordered[0] as Meeting).body), q.position.from === 'first' ? 'first' : 'last')} ${r.lead}` };
        }
      }
      const ms = selectPosition(withOrdinal(q, scoped(q)), q, a.now);
      return ms.length === 0 ? leadOnly(none(a)) : oneOrMany(a, ms);
    },
    relation: (a) => {
      const { q, p } = a;
      const { anchor, meetings: ms } = selectRelation(meetings, q, a.now);
      // "did the firearms group meet before the TA group in 2024?": yes or no, with both meetings
      const r = q.relation;
      if (q.yesNo && anchor && r && (r.direction === 'before' || r.direction === 'after') && !r.window && q.bodies.length > 0) {
        const own = meetings.filter(
          (m) => q.bodies.includes(m.body) && (r.subjectOrdinal !== undefined ? m.number === r.subjectOrdinal : q.periods.length === 0 || q.periods.some((x) => overlaps(m, x))),
        );
        // with no period, the subject's meeting nearest the anchor
        const near = q.periods.length ? own : own.sort((x, y) => Math.abs(daysBetween(x.start, anchor.start)) - Math.abs(daysBetween(y.start, anchor.start))).slice(0, 1);
        if (near.length) {
          const yes = near.some((m) => (r.direction === 'before' ? m.end < anchor.start : m.start > anchor.end));
          const both = [...near, anchor].sort(byStart);
          const out = oneOrMany(a, both);
          return { ...out, lead: `${p.yesNo(yes)} ${out.lead}` };
        }
      }
      if (ms.length === 0) return leadOnly(p.relationNone(q.relation?.direction ?? 'after', anchor, body(q.relation?.body ?? ''), q.relation?.window));
      return oneOrMany(a, ms);
    },
    documents: (a) => {
      const ms = positioned(a.q, withOrdinal(a.q, scoped(a.q)), a.now);
      return ms.length === 0 ? leadOnly(none(a)) : documentsAnswer(ms, a.q.lang, a.p, body, a.q.documentKinds);
    },
    considers: ({ q, now, p }) => {
      const sessions = meetings.filter((m) => m.body === conference.id && m.considers?.length);
      const byPeriod = q.ordinal === null && q.period ? sessions.find((m) => q.periods.some((x) => overlaps(m, x))) : undefined;
      const session =
        q.ordinal !== null ? meetings.find((m) => m.body === conference.id && m.number === q.ordinal) : (byPeriod ?? sessions.find((m) => m.end >= now) ?? sessions[sessions.length - 1]);
      // the groups named, and a period that did not pick the session, narrow the documents
      const groups = q.bodies.filter((b) => b !== conference.id);
      const inPeriod = (m: Meeting | undefined) => m !== undefined && q.periods.some((x) => overlaps(m, x));
      // a period that picked the session also narrows its reports when some are of it ("the 2024 reports going to the COP")
      const reportsInPeriod = byPeriod !== undefined && (session?.considers ?? []).some((c) => inPeriod(bySymbol.get(c.symbol)?.m) && bySymbol.get(c.symbol)?.m !== session);
      const wanted = (m: Meeting | undefined) =>
        (groups.length === 0 || (m !== undefined && groups.includes(m.body))) &&
        (q.meetingOrdinal === null || m?.number === q.meetingOrdinal) &&
        (!q.period || (byPeriod !== undefined && !reportsInPeriod) || inPeriod(m));
      return considersAnswer(session, q.ordinal, q.lang, p, { body, conference, bySymbol, now, wanted });
    },
    unknown: ({ q, p }) => leadOnly(q.unknownTerm ? p.notUnderstoodTerm(q.unknownTerm) : fixed[q.lang].notUnderstood),
    bodies: ({ q, p, qBodies }) => {
      // bodies named, not a list asked for: what each one is
      if (q.identity) {
        const items = qBodies.map((b) => [p.aboutBody(b), ...b.mandates.map((md) => p.mandate(md.effect, md.instrument, md.number, [b]))].join(' '));
        const { lead, rest } = leadAndRest(items);
        return { lead, items: rest, meetings: [], bodies: qBodies.map((b) => b.id), reports: [] };
      }
      if (q.groups && q.bodies.length < allIds.length) return leadOnly(p.bodiesList(qBodies), q.bodies);
      return leadOnly(fixed[q.lang].bodies, allIds);
    },
    'unknown-body': ({ q, p }) => leadOnly(q.unknownBody ? p.unknownBody(q.unknownBody, data.bodies) : fixed[q.lang].whichBody),
    symbol: ({ q, p }) => {
      const items: string[] = [];
      const ms: Meeting[] = [];
      for (const s of q.symbols) {
        const hit = bySymbol.get(s);
        if (!hit) {
          items.push(p.unknownSymbol(s));
          continue;
        }
        items.push(p.symbol(s, hit.m, body(hit.m.body), hit.kind));
        if (!ms.includes(hit.m)) ms.push(hit.m);
      }
      const { lead, rest } = leadAndRest(items);
      return { lead, items: rest, meetings: ms, bodies: unique(ms.map((m) => m.body)), reports: q.symbols.filter((s) => bySymbol.has(s)) };
    },
    mandate: ({ q, p, qBodies }) => {
      const scope = qBodies.length ? qBodies : data.bodies;
      // plain loops: flatMap is a slow path in V8
      const wanted: Array<{ b: Body; md: Body['mandates'][number] }> = [];
      for (const b of scope)
        for (const md of b.mandates)
          if ((q.instruments.length === 0 || q.instruments.some((i) => i.number === md.number)) && effectMatches(q.mandateEffect, md.effect)) wanted.push({ b, md });
      // one sentence per instrument and effect: "Resolution 7/1 made A, B and C permanent"
      const groups = new Map<string, { md: (typeof wanted)[number]['md']; bs: Body[] }>();
      for (const { b, md } of wanted) {
        const key = `${md.instrument} ${md.number} ${md.effect}`;
        const g = groups.get(key) ?? { md, bs: [] };
        g.bs.push(b);
        groups.set(key, g);
      }
      // loops into arrays made here: arrays from filter/map of an empty list have another
      // element kind, and methods called on both deoptimize this function again and again
      const sentences: string[] = [];
      for (const i of data.instruments) if (q.instruments.some((x) => x.number === i.number)) sentences.push(p.instrument(i));
      for (const g of groups.values()) sentences.push(p.mandate(g.md.effect, g.md.instrument, g.md.number, g.bs));
      if (sentences.length === 0) return leadOnly(p.noMandate(qBodies));
      const cited = new Set<string>();
      for (const i of q.instruments) cited.add(i.number);
      for (const w of wanted) cited.add(w.md.number);
      const instruments: string[] = [];
      for (const i of data.instruments) if (cited.has(i.number)) instruments.push(i.id);
      const named = new Set<string>();
      for (const w of wanted) named.add(w.b.id);
      return { lead: sentences[0] ?? '', items: sentences.slice(1), meetings: [], bodies: Array.from(named), reports: [], instruments };
    },
    instruments: ({ q, p }) => {
      const list = data.instruments.filter((i) => q.instrumentKinds.includes(i.instrument));
      const items = list.map((i) => p.instrument(i));
      return { lead: p.instrumentsLead(list.length, q.instrumentKinds), items, meetings: [], bodies: [], reports: [], instruments: list.map((i) => i.id) };
    },
    count: (a) => {
      const ms = withOrdinal(a.q, scoped(a.q));
      return listing(a, a.p.count(ms.length, a.qBodies, a.q.period), ms);
    },
    report: (a) => {
      const { q, p } = a;
      const ms = positioned(q, withOrdinal(q, scoped(q)), a.now);
      if (ms.length === 0) {
        const lead = q.ordinal !== null ? p.noOrdinal(q.ordinal, q.session, a.qBodies) : none(a);
        return leadOnly(lead);
      }
      const items = ms.map((m) => (m.report ? p.report(m, body(m.body)) : p.noReport(m, body(m.body))));
      const { lead, rest } = leadAndRest(items);
      return { lead, items: rest, meetings: ms, bodies: unique(ms.map((m) => m.body)), reports: reportsOf(ms) };
    },
    next: (a) => {
      const { q, now } = a;
      const upcoming = withOrdinal(q, meetings.filter((m) => inScope(q, m) && m.start > now));
      // a meeting under way today is said too ("is holding"), before the next one
      const underway = spansDay(now) ? withOrdinal(q, meetings.filter((m) => inScope(q, m) && m.start <= now && m.end >= now)) : [];
      if (upcoming.length === 0 && underway.length === 0) return leadOnly(q.sideEmpty ? none(a) : a.p.noUpcoming(a.qBodies, now, sourceDate));
      // "what's coming up in the next 30 days": a window asks for all that is in it
      const window = q.period !== null && q.period.end !== MAX_DATE && !q.position?.explicit && q.tense !== 'past' && !singularNext.test(q.text);
      const chosen = q.plural || window ? upcoming : firstPerBody(upcoming, q.across ? [] : q.bodies);
      return oneOrMany(a, underway.length ? unique([...underway, ...chosen]).sort(byStart) : chosen);
    },
    last: (a) => {
      const { q, now } = a;
      const past = withOrdinal(q, meetings.filter((m) => inScope(q, m) && m.end < now)).reverse();
      if (past.length === 0) return leadOnly(a.p.noPast(a.qBodies, now));
      const chosen = firstPerBody(past, q.across ? [] : q.plural && q.bodies.length === 0 ? allIds : q.bodies).sort(byStart);
      return oneOrMany(a, chosen);
    },
    ordinal: (a) => {
      const { q } = a;
      let ms = withOrdinal(q, scoped(q));
      // "the second meeting in 2024": no meeting has that number, so the position in the period
      if (ms.length === 0 && q.period && !q.session && q.ordinal !== null) ms = scoped(q).slice(q.ordinal - 1, q.ordinal);
      if (ms.length === 0) return leadOnly(a.p.noOrdinal(q.ordinal ?? 0, q.session, a.qBodies));
      return oneOrMany(a, ms);
    },
    place: (a) => {
      const ms = positioned(a.q, withOrdinal(a.q, scoped(a.q)), a.now);
      if (ms.length === 0) return leadOnly(none(a));
      const places = unique(ms.map((m) => a.p.place(m)));
      return listing(a, a.p.placesLead(ms.length, places), ms);
    },
  };

  function respond(q: Question, now: IsoDate): Reply {
    const a: Ask = { q, now, p: phrases[q.lang], qBodies: q.bodies.map(body) };
    return (handlers[q.intent] ?? meetingsAnswer)(a);
  }

  /** Whether a mandate has the effect asked about ("permanent" covers both ways of becoming so). */
  function effectMatches(asked: Question['mandateEffect'], effect: string): boolean {
    if (asked === 'permanent') return effect === 'made-permanent' || effect === 'established-as-permanent';
    if (asked === 'established') return effect === 'established' || effect === 'established-as-permanent';
    if (asked === 'encouraged') return effect.startsWith('encouraged');
    return true;
  }

  /** With named bodies, the first meeting of each; otherwise the first one only. */
  function firstPerBody(ms: Meeting[], ids: string[]): Meeting[] {
    if (ids.length === 0) return ms.slice(0, 1);
    return ids.map((id) => ms.find((m) => m.body === id)).filter((m): m is Meeting => Boolean(m));
  }

  function answer(question: string, now: IsoDate): Answer {
    const parts = split(question);
    if (parts.length > 1) return answerEach(question, parts, now);
    const q = understand(question, now);
    // "X in 2023, and Y in 2024": two questions when each part names a body and a period
    const atComma = split.atComma(question);
    if (atComma.length > 1 && atComma.length <= 4) {
      const read = atComma.map((part) => understand(part, now));
      if (read.every((r) => r.bodies.length > 0 && r.period !== null)) return answerEach(question, atComma, now);
    }
    // "le GT4 en 2023 et le GT3 en 2024", "the 13th TIP meeting and the 11th firearms meeting":
    // two questions when each part names its own body and its own period or number
    // (not inside a range: "entre mai et juin 2023", "between 2023 and 2024")
    const atJoin = q.bodies.length > 1 && !['considers', 'documents', 'mandate', 'symbol', 'bodies'].includes(q.intent) && !RANGE_WORD.test(question) ? split.atJoin(question) : [];
    if (atJoin.length > 1 && atJoin.length <= 4) {
      const read = atJoin.map((part) => understand(part, now));
      const own = read.every((r) => r.bodies.length > 0 && !r.groups && (r.period !== null || r.ordinal !== null) && r.intent !== 'unknown-body' && r.intent !== 'clarify');
      if (own && new Set(read.map((r) => r.bodies.join())).size === read.length) return answerEach(question, atJoin, now);
    }
    // "as at 4 July 2024": answered as of that day, and said so
    // a tense is a side of that day, not of today: read again as of it
    if (q.asOf) return asOf(q.tense ? { ...understand(question, q.asOf), asOf: q.asOf } : q, q.asOf);
    return assemble(q, respond(q, now), now);
  }

  function asOf(q: Question, day: IsoDate): Answer {
    const r = respond(q, day);
    const said = phrases[q.lang].asOf(day);
    return assemble(q, { ...r, lead: `${said} ${r.lead}` }, day);
  }

  /** what was asked about that the data does not have: a body, a place, a meeting number */
  function unknownOf(q: Question, found: Meeting[]): string | null {
    if (q.intent === 'unknown-body') return q.unknownBody;
    if (q.intent === 'unknown' && q.unknownTerm) return q.unknownTerm;
    // "what is CTOC/COP/WG.5/2023/2?": a symbol no document of the data has
    if (q.intent === 'symbol') return q.symbols.find((s) => !bySymbol.has(s)) ?? null;
    if (found.length > 0) return null;
    if (q.unknownPlace) return q.unknownPlace;
    const filters = q.intent === 'meetings' || q.intent === 'place' || q.intent === 'count' || q.intent === 'next' || q.intent === 'last' || q.intent === 'position';
    if (filters && q.places.length > 0) return q.places.join(', ');
    if (q.intent === 'mandate') {
      const missing = q.instruments.find((i) => !data.instruments.some((x) => x.number === i.number));
      return missing ? `${missing.kind} ${missing.number}` : null;
    }
    if (q.ordinal !== null && (q.intent === 'ordinal' || q.intent === 'report' || q.intent === 'count')) return String(q.ordinal);
    // "reports to be considered at COP 13": no such session is recorded
    if (q.intent === 'considers' && q.ordinal !== null && !meetings.some((m) => m.body === conference.id && m.number === q.ordinal)) return String(q.ordinal);
    return null;
  }

  function assemble(q: Question, r: ReturnType<typeof respond>, now: IsoDate): Answer {
    const text = r.items.length === 0 ? r.lead : `${r.lead} ${r.items.join(' ')}`;
    return {
      question: q.text,
      lang: q.lang,
      intent: q.intent,
      text,
      lead: r.lead,
      items: r.items,
      meetings: r.meetings,
      bodies: r.bodies,
      reports: r.reports.length > 1 ? unique(r.reports) : r.reports,
      instruments: r.instruments ?? [],
      unknown: unknownOf(q, r.meetings),
      period: q.period,
      now,
      sources: data.sources,
    };
  }

  /**
   * Two questions in one message: each is answered ("when did X meet last year and when
   * does it meet next"); a later part that names no body is about the earlier part's.
   * When a part is not a question about meetings, the message is read as one question.
   */
  function answerEach(question: string, parts: string[], now: IsoDate): Answer {
    const qs: Question[] = [];
    for (const part of parts) {
      const q = understand(part, now);
      const prev = qs[qs.length - 1];
      // (a part with a word the bot does not know may name another body: "and the cybercrime one?")
      // (a part with a meeting of its own and no word referring back is a question of its own:
      // "…? and which meeting is in October?", "… et quelle est la prochaine réunion ?")
      const ownQuestion = q.aboutMeetings && !refersBackTo(part);
      if (prev && q.bodies.length === 0 && prev.bodies.length > 0 && !q.groups && !q.unknownBody && q.unknownWords === 0 && !ownQuestion && !['greeting', 'help', 'bodies', 'symbol', 'mandate', 'unknown-body'].includes(q.intent)) {
        const again = understand(`${part} ${prev.bodies.join(' ')}`, now);
        // "…in 2024, and which ones?": a part with no time of its own keeps the period asked before
        // ("…pour la dernière fois, et où ?": and its position)
        const timeless = again.period === null && !again.position && again.ordinal === null && !again.tense && !again.present && again.intent !== 'next' && again.intent !== 'last';
        const kept = timeless ? { ...(prev.period ? { period: prev.period, periods: prev.periods } : {}), ...(prev.position ? { position: prev.position } : {}) } : {};
        qs.push({ ...again, ...kept, text: q.text, lang: prev.lang });
      } else if (prev && elliptic(q) && ['next', 'last', 'position', 'report', 'count', 'place', 'meetings'].includes(prev.intent)) {
        // "the next TIP meeting? and the firearms one?": a part naming only a body asks what the one before asked
        qs.push({ ...q, intent: prev.intent, position: prev.position, plural: prev.plural, period: prev.period, periods: prev.periods, tense: prev.tense, present: prev.present, lang: prev.lang });
      } else qs.push(q);
    }
    // every part answers in the message's language (a short part may look like the other one)
    const lang = understand(question, now).lang;
    for (const q of qs) q.lang = lang;
    const useful = qs.filter((q) => !['help', 'unknown', 'greeting'].includes(q.intent));
    // every part must be a question the bot can read, and not only a list of bodies
    // ("smuggling + trafficking reports to COP12": the bodies belong to the next part);
    // otherwise the message is one question
    // one question and chatter around it ("anything in the last 2 weeks? need it for my note"): that question
    // (a part that refers back — "and the cybercrime one?", "et celui sur …" — is no chatter: the message is read whole)
    const refersBack = (q: Question) => REFERS_BACK.test(q.text);
    if (useful.length === 1 && qs[0] === useful[0] && qs.every((q) => q === useful[0] || q.intent === 'unknown' || q.intent === 'greeting') && !qs.some((q) => q.unknownTerm)) {
      const only = useful[0] as Question;
      const r = respond(only, now);
      // a part that refers back to something the bot cannot read is said, not dropped
      const unread = qs.filter((q) => q !== only && q.intent === 'unknown' && refersBack(q)).map((q) => phrases[lang].notUnderstoodTerm(q.text.replace(/[?!.\s]+$/, '')));
      return assemble(only, unread.length ? { ...r, items: [...r.items, ...unread] } : r, now);
    }
    if (useful.length < 2 || qs.some((q, i) => q.intent === 'unknown-body' || q.intent === 'clarify' || q.intent === 'unknown' || (i < qs.length - 1 && onlyBodies(q) && !opensQuestion.test(q.text)))) {
      const q = understand(question, now);
      return assemble(q, respond(q, now), now);
    }
    const rs = useful.map((q) => respond(q, now));
    const asksDocuments = rs.filter((_, i) => ['report', 'documents', 'considers', 'symbol'].includes(useful[i]?.intent ?? ''));
    const first = useful[0] as Question;
    const merged = {
      lead: rs[0]?.lead ?? '',
      // a sentence two parts both give is said once (a lead announcing only such sentences then ends with a full stop)
      items: saidOnce(rs),
      meetings: unique(rs.flatMap((r) => r.meetings)),
      bodies: unique(rs.flatMap((r) => r.bodies)),
      // the reports asked about, when a part asks for some; otherwise every meeting's
      reports: unique((asksDocuments.length ? asksDocuments : rs).flatMap((r) => r.reports)),
      instruments: unique(rs.flatMap((r) => r.instruments ?? [])),
    };
    return assemble({ ...first, text: cleanSlackText(question) }, merged, now);
  }

  /** The sentences of every part after the first's lead, each said once. */
  function saidOnce(rs: Reply[]): string[] {
    const said = new Set<string>([rs[0]?.lead ?? '']);
    const out: string[] = [];
    rs.forEach((r, i) => {
      const fresh = r.items.filter((t) => !said.has(t));
      for (const t of fresh) said.add(t);
      if (i > 0 && !said.has(r.lead)) {
        said.add(r.lead);
        out.push(fresh.length === 0 && r.lead.endsWith(':') ? `${r.lead.slice(0, -1)}.` : r.lead);
      }
      out.push(...fresh);
    });
    return out;
  }

  /** A later part that names a body and asks nothing of its own ("et celle du GT armes ?", "and the firearms one?"). */
  function elliptic(q: Question): boolean {
    return q.intent === 'meetings' && q.bodies.length > 0 && !q.period && q.ordinal === null && !q.position && !q.relation && q.places.length === 0 && !opensQuestion.test(q.text);
  }

  /** A part that names bodies and nothing else: no period, place, number, position, relation or meeting word. */
  function onlyBodies(q: Question): boolean {
    return q.intent === 'meetings' && q.bodies.length > 0 && !q.period && !q.aboutMeetings && !q.plural && q.places.length === 0 && q.ordinal === null && !q.position && !q.relation;
  }

  /** the same reading of a question the answers use, for commands that take body names */
  return Object.assign(answer, { understand });
}

export type Answerer = ReturnType<typeof createAnswerer>;
