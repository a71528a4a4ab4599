import type { IsoDate, Period } from '../dates';
import type { Lang, Vocabulary } from '../model';
import { accentInsensitive, fold, maskSpans, ordinalSuffixPattern } from '../question/normalize';
import type { FoundPeriod } from '../question/periods';
import { type BodyNameFinder, complementHead, conferenceReference, groupReferencePattern, groupReferred } from './body-names';
import { SYMBOL_ANY, firstDay, yearInDoubt } from './masthead';
import type { OtherOrganFinder } from './other-organs';
import { cancelledAt, createTenseReader, dayOfPattern, finiteHolding, reportOnPattern, statusOf } from './tense';

/** A meeting a clause states in passing: a body, its dates, and what the clause says of them. */
export interface ClauseMeeting {
  body: string;
  number: number | null;
  word: 'meeting' | 'session';
  period: Period;
  /** from the clause's tense, else its dates against the document's */
  held: boolean;
  /** where the dates are in the text */
  at: number;
  label: string;
  /** the clause (and its list's lead-in) and the sentence, to look for a place in, up to just after the dates */
  clause: string;
  sentence: string;
  /** the whole sentence, to tell a meeting held online ("… to take part in the seventh meeting of the Working Group, which was conducted entirely online") */
  wholeSentence: string;
}

export interface ClauseContext {
  lang: Lang;
  v: Vocabulary;
  /** the document's date; null for a web page, whose statuses then come from tenses alone */
  docDate: IsoDate | null;
  /** the day against which dates without a year are read */
  refDate: IsoDate;
  findPeriod: (text: string, lang: Lang, now: IsoDate) => FoundPeriod | null;
  findBodies: BodyNameFinder;
  conference: string | null;
  /** organs that are none of the known bodies ("the Ad Hoc Committee"): one named between a body and dates owns them */
  otherOrgans?: OtherOrganFinder;
}

export interface ClauseInput {
  /** spans of the text whose dates another reader has already taken (or refused) */
  consumed: Array<[number, number]>;
  /** the body "the Working Group" stands for at a place in the text, if any */
  groupAt: (at: number) => string | null;
  /** true when the dates are days of a meeting of that body already found (body null: the very dates of any meeting found) */
  known: (body: string | null, p: Period) => boolean;
  /** a page with no date that says what it is ("Closing remarks", "Programme"): its meeting held (true) or to come (false), when no tense says */
  occasion?: boolean | null;
}

/** how far after a meeting's dates its place may stand ("… 2023 at the Vienna International Centre"): not as far as another event's ("…, back to back with a workshop in Bangkok") */
export const PLACE_TAIL = 25;
const PLACE_TAIL_STOPS = /[,;.()]|\s(?:and|et|with|avec|back|followed|suivie?s?)\s/u;
/** where a meeting's place stops being sought after its dates: punctuation, or a word of `ingest.placeTailStops` */
export const placeTailStops = (v: Vocabulary, lang: Lang) => new RegExp(`[,;.()]|\\s(?:${words(v.ingest.placeTailStops[lang])})\\s`, 'iu');

/**
 * How much of the text after a meeting's dates may state its place: PLACE_TAIL, or on to
 * the end of their clause when that is near ("from 10 to 12 May in hybrid format at the
 * Vienna International Centre."), never past a comma, a bracket or "and" / "with", after
 * which another event's place may stand ("…, back to back with a workshop in Bangkok").
 */
export function placeTail(after: string, stops: RegExp = PLACE_TAIL_STOPS): number {
  const stop = after.search(stops);
  // (never within a word: "…, à\nVienne" cut at 25 is no "Vi")
  // (a stop word within the first PLACE_TAIL characters stops it there: "… 2040 ahead of the regional seminar hosted in Nairobi")
  let n = stop >= 0 && stop < PLACE_TAIL && !/^[,;.()]/.test(after.slice(stop)) ? stop : Math.max(PLACE_TAIL, Math.min(70, stop < 0 ? after.length : stop));
  while (n < after.length && /[\p{L}\p{M}]/u.test(after[n] ?? '') && /[\p{L}\p{M}]/u.test(after[n - 1] ?? '')) n++;
  return n;
}

const words = (ws: string[]) => ws.map(accentInsensitive).sort((a, b) => b.length - a.length).join('|');

/**
 * Builds the sentence-level reader of meetings mentioned in passing, in any wording: a
 * clause that names a body (by any of its names, "the Conference", or "the Working
 * Group" for the group the text is about), a date of days and a word of meeting (a noun
 * such as "meeting", "réunion", or a verb such as "gathered", "se réunira") states a
 * meeting of the body named nearest before the dates (or, when none is, of its list's
 * lead-in or of the subject after them: "At its meeting held on …, the Working Group …").
 * A body after a preposition of time ("during the third session of the Conference",
 * "immediately before the Working Group on …") is a reference, not the one that meets.
 * The status comes from the clause's tense and the dates against the document's date;
 * when they disagree, or neither says, the mention is not recorded but reported.
 */
export function createClauseReader(c: ClauseContext) {
  const { lang, v } = c;
  const tenseOf = createTenseReader(v, lang);
  const tailStops = placeTailStops(v, lang);
  const meetingWords = [...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]];
  const cue = new RegExp(`(?<![\\p{L}])(?:${words([...meetingWords, ...v.ingest.meetingVerbs[lang]])})(?![\\p{L}])`, 'iu');
  const notDates = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.notMeetingDates[lang])})\\s*(?:(?:on|the|le|du)\\s+)?(?:\\p{L}+,?\\s+)?$`, 'iu');
  const timePrep = new RegExp(`(?<![\\p{L}])(?:${words([...v.ingest.duringWords[lang], ...v.ingest.referenceWords[lang].filter((w) => w.length > 3)])})(?![\\p{L}])`, 'iu');
  // "concluded its ninth meeting on 5 May", "a achevé sa neuvième réunion le 5 mai": a day its meeting opened or closed (a few words between the verb and the date)
  const boundaryDay = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.boundaryVerbs[lang])})(?![\\p{L}])\\s+(?:[\\p{L}'’-]+\\s+){0,4}$`, 'iu');
  // (or attended on them: "… logged on on 13 and 14 July to take part in the seventh meeting of the Working Group", "… pour participer à la …")
  const attend = lang === 'fr' ? "pour\\s+(?:participer|assister)\\s+(?:à|a)" : 'to\\s+(?:take\\s+part\\s+in|participate\\s+in|attend)';
  const attending = new RegExp(`^\\s*,?\\s*${attend}\\s`, 'iu');
  const sessionAfter = new RegExp(`^\\s*,?\\s*(?:for|at|pour|à|${attend})\\s+(?:the|its|la|sa)\\s+(?:[\\p{L}-]+\\s+)?(?:${words([...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]])})\\s+(?:of\\s+the|of|de\\s+la|du|de\\s+l['’]|des)\\s*`, 'iu');
  const invertedAfter = new RegExp(`^\\s*,?\\s*(?:${words([...v.ingest.held[lang], ...v.ingest.scheduled[lang]].filter(finiteHolding))})\\s+(?:(?:in|at|à|au)\\s+(?:the\\s+|la\\s+|le\\s+|l['’])?\\p{Lu}[\\p{L}'’-]*\\s*,?\\s+)?(?:the|la|le)\\s+(?:[\\p{L}-]+\\s+)?(?:${words([...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]])})\\s+(?:of\\s+the|of|de\\s+la|du|de\\s+l['’]|des)\\s*`, 'iu');
  const otherEvent = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.otherEvents[lang])})(?![\\p{L}])`, 'giu');
  const holding = new RegExp(`(?<![\\p{L}])(?:${words([...v.ingest.held[lang], ...v.ingest.scheduled[lang]].filter(finiteHolding))})(?![\\p{L}])`, 'iu');
  const cancelled = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.cancelledWords[lang])})(?![\\p{L}])`, 'iu');
  // ("… se sont tenues à Vienne la huitième session du Groupe A et la dixième session du Groupe B": a second subject after "and")
  const andAnother = new RegExp(`^\\s*,?\\s*(?:and|et)\\s+(?:the|la|le|its|sa)\\s+(?:[\\p{L}-]+\\s+)?(?:${words([...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]])})\\s+(?:of\\s+the|of|de\\s+la|du|de\\s+l['’]|des)\\s*`, 'iu');
  const reportOn = reportOnPattern(v);
  const dayOf = dayOfPattern(v);
  const relativeAdjectives = new Set(v.ingest.relativeWords[lang].map(fold));
  const sequence = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.sequenceWords[lang])})\\s+(?:the|la|le|les|l['’])?\\s*$`, 'iu');
  const topic = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.topicWords[lang])})\\s*$`, 'iu');
  // "…, scheduled for 7 July", "…, qui se tiendra le …", "(held on …)": a participle of meeting set off right after a name, its dates after it
  // (not a finite verb: "the Bureau of the Conference met on …" is the Bureau's)
  const participle = new RegExp(
    `^\\s*(?:[,(]\\s*(?:(?:which|that|qui)\\s+)?|(?:which|that|qui)\\s+)(?:${words([...v.ingest.scheduled[lang], ...v.ingest.held[lang], ...v.ingest.participles[lang]])})(?:\\s+(?:in|at|à|au)\\s+(?:the\\s+|la\\s+|le\\s+|l['’])?\\p{Lu}[\\p{L}'’-]*)?\\s*,?\\s*(?:(?:on|for|from|between|le|les|du|entre)\\s+)?(?:\\p{L}+,?\\s+)?$`,
    'iu',
  );
  // a lead-in about deadlines or opening days ("Deadlines for the meetings to be held:") lists no meetings' dates
  // (its longer words: "deadline", "no later than", "au plus tard le"; not "since" or "by", which a lead-in of meetings may have)
  const leadNotMeetings = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.notMeetingDates[lang].filter((w) => w.length > 6))})`, 'iu');
  const meetingNounRe = new RegExp(`(?<![\\p{L}])(?:${words([...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]])})(?![\\p{L}])`, 'iu');
  const meetingNounIn = (s: string) => meetingNounRe.test(s);
  const objectPrep = lang === 'fr' ? /(?<![\p{L}])(?:à|a|par|pour|avec|auprès)\s+(?:la|le|l'|les)?\s*$|(?<![\p{L}])(?:au|aux)\s+$/iu : /(?<![\p{L}])(?:to|by|for|with)\s+(?:the\s+)?$/iu;
  const conference = conferenceReference(lang);
  const bareGroup = groupReferencePattern([...v.ingest.otherGroupWords.en, ...v.ingest.otherGroupWords.fr]);
  const ordinals = Object.entries(v.ordinals[lang]).sort((a, b) => b[0].length - a[0].length);
  const suffix = ordinalSuffixPattern(v.ordinalSuffixes);
  // (an ordinal ending a text: "the 12th ", "la 12e ")
  const ordinalLast = new RegExp(`(?<![\\p{L}\\d-])(\\d{1,3}${suffix}|${ordinals.map(([k]) => accentInsensitive(k)).join('|')})\\s+$`, 'iu');
  const ordinalMeeting = new RegExp(`(?<![\\p{L}-])(\\d{1,3}${suffix}|${ordinals.map(([k]) => accentInsensitive(k)).join('|')})\\s+(${words(meetingWords)})(?![\\p{L}])`, 'giu');
  const sessionWords = new Set(v.ingest.sessionWords[lang].map(fold));
  const listMarker = /(?:^|\s)\(?[a-z]{1,3}\)\s/g;
  const meetingNoun = new RegExp(`(?<![\\p{L}])(?:${words(meetingWords)})(?![\\p{L}])`, 'giu');
  const verbCue = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.meetingVerbs[lang])})(?![\\p{L}])`, 'iu');
  const holdVerbs = new Set(v.ingest.holdVerbs[lang].map(fold));
  const objectEnds = new Set(v.ingest.holdObjectEnds[lang].map(fold));
  const articleWords = new Set([...v.articles[lang], 'a', 'an', 'its', 'their', 'un', 'une', 'sa', 'son', 'ses', 'leur', 'leurs', 'du', 'des'].map(fold));
  /** "held informal consultations", "a tenu des consultations": what a verb of holding holds, when it is no meeting */
  const holdsOther = (after: string) => {
    const held: string[] = [];
    for (const w of after.matchAll(/[\p{L}'’-]+|\d|[,.;:()]/gu)) {
      const t = fold(w[0]);
      if (/^[\d,.;:()]$/.test(t) || objectEnds.has(t)) break;
      if (!articleWords.has(t)) held.push(w[0]);
      if (held.length >= 3) break;
    }
    // nothing held ("was held in Vienna"), a meeting ("held its seventh meeting"), adverbs only ("held virtually")
    return held.length > 0 && !held.some(isMeetingWord) && !held.every((x) => /(?:ly|ment)$/i.test(x));
  };
  /** a verb of meeting in s (starting within its first `within` characters), not one of holding something else */
  const meetingVerbIn = (s: string, within = s.length) =>
    [...s.matchAll(new RegExp(verbCue.source, 'giu'))].some((m) => (m.index ?? 0) < within && (!holdVerbs.has(fold(m[0])) || !holdsOther(s.slice((m.index ?? 0) + m[0].length))));
  const possessive = lang === 'fr' ? /(?<![\p{L}])(?:sa|son|ses|leur|leurs)\s+(?:[\p{L}-]+\s+){0,2}$/iu : /(?<![\p{L}])(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
  // "A et B, qui ont tenu une réunion conjointe les …": two bodies joined by "and" before a plural or joint verb both meet
  const jointWord = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.jointWords[lang])})(?![\\p{L}])`, 'iu');
  const pluralAfter = new RegExp(`^\\s*,?\\s*(?:(?:which|who|qui)\\s+)?(?:${words(v.ingest.pluralSubject[lang])})(?![\\p{L}])`, 'iu');
  const respectively = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.respectively[lang])})(?![\\p{L}])`, 'iu');
  const respectivelyThen = new RegExp(`^\\s*,?\\s*(?:${words(v.ingest.respectively[lang])})\\s*,?\\s*(?:the\\s+|le\\s+|la\\s+|les\\s+|l['’])?$`, 'iu');
  const relativeOwn = lang === 'fr' ? /^\s*(?:qu['’]\s*(?:il|elle|ils|elles)|que\s+(?:celui-ci|celle-ci))\s/iu : /^\s*(?:that|which)\s+(?:it|they)\s/iu;
  // (a meeting named with its own article is another's, its words of kind before it too: "an informal expert group meeting")
  const organNouns = new Set(v.ingest.otherOrgans[lang].map(fold));
  const determiner = lang === 'fr' ? /(?<![\p{L}])(?:la|le|les|une|un|des|l['’])\s*(?:[\p{L}-]+\s+){0,4}$/iu : /(?<![\p{L}])(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
  // the noun a body's name complements: "Chair" in "the Chair of the Working Group", "réunion" in "la réunion du Groupe …"
  const meetingFolded = new Set(meetingWords.map(fold));
  const reportWords = new Set(v.ingest.reportWords[lang].map(fold));
  const meetingPronouns = new Set(v.ingest.meetingPronouns[lang].map(fold));
  // "at its ninth session on 19 October": a day of a session named as a reference (when the report was adopted), not a meeting's dates
  const atReference = new RegExp(`(?<![\\p{L}])(?:${words(v.ingest.referenceWords[lang])})\\s+$`, 'iu');
  const isMeetingWord = (w: string) => meetingFolded.has(fold(w)) || meetingFolded.has(fold(w).replace(/s$/, ''));
  // documents write their meetings' days with a month's name and a day's number ("5/3" is a decision, "mid-2020" no day)
  const dayAndMonth = new RegExp(`(?<!\\d)\\d{1,2}(?:er)?(?!\\d)[^]*(?<![\\p{L}])(?:${words(Object.keys({ ...v.months.en, ...v.months.fr }))})(?![\\p{L}])|(?<![\\p{L}])(?:${words(Object.keys({ ...v.months.en, ...v.months.fr }))})(?![\\p{L}])\\.?\\s+\\d{1,2}(?!\\d)`, 'iu');

  const ordinalOf = (w: string) => {
    const f = fold(w).replace(/-/g, ' ');
    const d = /^(\d{1,3})/.exec(f);
    if (d) return Number(d[1]);
    return ordinals.find(([k]) => fold(k).replace(/-/g, ' ') === f)?.[1] ?? null;
  };

  return function clauseMeetings(rawText: string, o: ClauseInput): { meetings: ClauseMeeting[]; unplaced: string[] } {
    const text = maskSpans(rawText, [...rawText.matchAll(new RegExp(SYMBOL_ANY.source, 'g'))].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]));
    const out: ClauseMeeting[] = [];
    const unplaced: string[] = [];
    // every date of days in the text, in order
    const dates: Array<{ at: number; end: number; period: Period; yearless?: boolean }> = [];
    for (let from = 0, guard = 0; guard < 60; guard++) {
      const d = firstDay(text.slice(from), lang, c.refDate, c.findPeriod);
      if (!d) break;
      if (dayAndMonth.test(text.slice(from + d.at, from + d.end))) dates.push({ at: from + d.at, end: from + d.end, period: d.period, ...(d.yearless ? { yearless: true } : {}) });
      from += Math.max(1, d.end);
    }
    if (dates.length === 0) return { meetings: out, unplaced };
    // clause limits: sentence ends, semicolons, list markers ("a)", "(b)")
    const cuts = new Set<number>([0, text.length]);
    for (const m of text.matchAll(/[.;:](?=\s+(?:[\p{Lu}\d(]|[a-z]{1,3}\)))|;/gu)) cuts.add((m.index ?? 0) + 1);
    for (const m of text.matchAll(listMarker)) cuts.add(m.index ?? 0);
    // (not the colon of a list item's head: "(b) Working Group on …: 28 and 29 May …" is one clause)
    const sortedCuts = [...cuts].sort((a, b) => a - b);
    const limits = sortedCuts.filter((x, k) => !(text[x - 1] === ':' && /^\s*\(?[a-z]{1,3}\)\s[^\d:;]*:$/.test(text.slice(sortedCuts[k - 1] ?? 0, x))));
    const clauseOf = (at: number) => {
      const k = limits.findIndex((x) => x > at);
      return { c0: limits[k - 1] ?? 0, c1: limits[k] ?? text.length };
    };
    const sentenceStartOf = (at: number) => {
      const before = [...text.slice(0, at).matchAll(/[.](?=\s+[\p{Lu}\d])/gu)].pop();
      return before ? (before.index ?? 0) + 1 : 0;
    };
    const sentenceOf = (at: number, limit = text.length) => {
      const before = [...text.slice(0, at).matchAll(/[.](?=\s+[\p{Lu}\d])/gu)].pop();
      const after = /[.](?=\s+[\p{Lu}\d])|$/u.exec(text.slice(at));
      return text.slice(before ? (before.index ?? 0) + 1 : 0, Math.min(limit, at + (after?.index ?? 0)));
    };
    // the bodies named, with "the Conference" and "the Working Group" (when the text says which)
    const named: Array<{ id: string; at: number; end: number }> = c.findBodies(text);
    const groupsNamed = [...named];
    if (c.conference) for (const m of text.matchAll(conference)) if (!named.some((n) => (m.index ?? 0) < n.end && (m.index ?? 0) + m[0].length > n.at)) named.push({ id: c.conference, at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    for (const m of text.matchAll(bareGroup)) {
      // "the Working Group" is what the text is about; "the Group", the group its sentence named last
      const id = /working|travail/i.test(m[0]) ? o.groupAt(m.index ?? 0) : groupReferred(text, m.index ?? 0, m[0], groupsNamed, c.conference, o.groupAt(m.index ?? 0));
      if (id && !named.some((n) => (m.index ?? 0) < n.end && (m.index ?? 0) + m[0].length > n.at)) named.push({ id, at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
    named.sort((a, b) => a.at - b.at);
    /** a body named after a preposition of time or as an object ("during the session of the Conference", "to the Conference") */
    const isReference = (n: { at: number }, c0: number, ownParticiple = false) => {
      // ("Quant au Groupe …, il s'est réuni", "S'agissant du Groupe …": a topic put forward is the subject)
      if (topic.test(text.slice(Math.max(c0, n.at - 30), n.at).replace(/\s*(?:the|la|le|les|l['’])\s*$/iu, ' '))) return false;
      // ("… will be followed by the Working Group on …, on 4 June": the next meeting, not an object)
      if (sequence.test(text.slice(Math.max(c0, n.at - 40), n.at))) return false;
      const segment = text.slice(Math.max(c0, text.lastIndexOf(',', n.at - 1) + 1), n.at);
      // (a reference "du Groupe de travail" carries its own "du": "Les recommandations du Groupe de travail")
      const ownOf = /^(?:du|des|au)\s/iu.exec(text.slice(n.at, n.at + 4))?.[0] ?? '';
      const head = complementHead(text.slice(c0, n.at) + ownOf, lang);
      // "the Chair of the Working Group", "à l'attention de la Conférence": a body named for another noun than a meeting
      // ("… its tenth meeting, before that of the Working Group …, scheduled for …": a pronoun standing for a meeting the sentence named before it is a meeting)
      // ("ahead of the Conference, which will take place …": a preposition of time ending in "of" is no noun the body complements)
      const prepositionOf = head !== undefined && timePrep.test(lang === 'fr' ? `${head} de` : `${head} of`);
      // ("La réunion précédente du Groupe de travail": an adjective after the noun of meeting)
      const afterMeetingWord = head !== undefined && relativeAdjectives.has(fold(head)) && isMeetingWord(/([\p{L}-]+)\s+[\p{L}-]+\s+\S+\s*$/u.exec(text.slice(c0, n.at) + ownOf)?.[1] ?? '');
      const ofOther = head !== undefined && !afterMeetingWord && !prepositionOf && !isMeetingWord(head) && !reportWords.has(fold(head)) && !(meetingPronouns.has(fold(head)) && meetingNounIn(sentenceOf(n.at, n.at)));
      const object = objectPrep.test(text.slice(Math.max(c0, n.at - 20), n.at));
      // (a name set off with its own participle, "followed by the Working Group …, scheduled for …", is its meeting's, unless it complements another noun)
      return ofOther || (!ownParticiple && (governedByTime(segment) || object));
    };
    /** a preposition of time governs the name when only its noun phrase stands between ("during the third session of the", "before the"), not when a new phrase begins ("pendant la session le Groupe …") */
    const governedByTime = (segment: string) => {
      const preps = [...segment.matchAll(new RegExp(timePrep.source, 'giu'))];
      const last = preps[preps.length - 1];
      if (!last) return false;
      const rest = segment.slice((last.index ?? 0) + last[0].length);
      return /^\s*(?:(?:the|its|their|la|le|les|l['’]|sa|son|ses|leur)\s*)?$/iu.test(rest) || complementHead(rest, lang) !== undefined;
    };
    /** what ties a body to dates after it: a verb of meeting, or its own meeting ("its meeting", "the meeting of <body>"), and no other meeting named between them ("… the regional meeting hosted in Dakar") */
    const linked = (n: { at: number; end: number }, c0: number, dAt: number) => {
      const between = text.slice(n.end, dAt);
      const head = complementHead(text.slice(c0, n.at), lang);
      // "the meeting that it held", "la réunion qu'il a tenue": the subject's own meeting
      const ownRelative = (m: RegExpMatchArray) => relativeOwn.test(between.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24));
      // ("may wish to consider … the regional training held in Bangkok from …": another event, named with its article between them, owns the dates)
      for (const m of between.matchAll(otherEvent)) if (determiner.test(between.slice(0, m.index ?? 0))) return false;
      for (const m of between.matchAll(meetingNoun)) {
        const pre = between.slice(0, m.index ?? 0);
        if (possessive.test(pre) || ownRelative(m) || timePrep.test(pre.slice(-40)) || verbCue.test(pre.slice(-30).replace(/\s*\p{L}+\s*$/u, ''))) continue;
        if (determiner.test(pre)) return false;
      }
      const ownMeeting = [...between.matchAll(meetingNoun)].some((m) => {
        const pre = between.slice(0, m.index ?? 0);
        const owned = possessive.exec(pre);
        return (owned && !atReference.test(pre.slice(0, owned.index))) || ownRelative(m);
      });
      // "<body> (Vienna, 6–8 November 2013)": place and dates set beside the name, in a clause that speaks of meeting
      const apposition = /^\s*[(,]\s*\p{Lu}[\p{L}'’. -]*,\s*$/u.test(between);
      return meetingVerbIn(between) || ownMeeting || apposition || (head !== undefined && isMeetingWord(head));
    };

    /** "its meeting" before the dates: the subject's own ('own'), or one named as a reference ("at its tenth session, on …") */
    const ownBefore = (c0: number, dAt: number): 'own' | 'reference' | null => {
      let found: 'own' | 'reference' | null = null;
      for (const m of text.slice(c0, dAt).matchAll(meetingNoun)) {
        const pre = text.slice(c0, c0 + (m.index ?? 0));
        const owned = possessive.exec(pre);
        if (!owned) continue;
        if (!atReference.test(pre.slice(0, owned.index))) return 'own';
        found = 'reference';
      }
      return found;
    };
    /** the bodies named with the nearest, joined by "and", when a plural or joint verb follows them: "A and B, which have …" */
    const jointOwners = (before: typeof named, nearest: (typeof named)[number], dAt: number) => {
      const owners = [nearest];
      if (!jointWord.test(text.slice(nearest.end, dAt)) && !pluralAfter.test(text.slice(nearest.end, nearest.end + 40))) return owners;
      for (let k = before.indexOf(nearest) - 1; k >= 0; k--) {
        const prev = before[k];
        const link = prev ? text.slice(prev.end, (owners[0] as (typeof named)[number]).at) : '';
        if (!prev || !/^\s*,?\s*(?:(?:and|et)\s+)?(?:the\s+|le\s+|la\s+|l['’]\s*)?$/iu.test(link) || (owners.length === 1 && !/(?:and|et)\s/i.test(link))) break;
        owners.unshift(prev);
      }
      return [...new Map(owners.map((n) => [n.id, n])).values()];
    };
    /** a deadline, an opening or closing day: no meeting's dates ("by 3 May", "opened on 6 May", "a achevé sa réunion le 5 mai") */
    const notMeetingDay = (d: (typeof dates)[number]) => {
      const { c0 } = clauseOf(d.at);
      const lead = text.slice(Math.max(c0, d.at - 40), d.at + Math.max(0, text.slice(d.at, d.end).search(/\d/)));
      if (notDates.test(lead)) return true;
      if (d.period.start !== d.period.end) return false;
      // ("met on 3 May, the last day of its meeting (1-3 May)": a day of a span of days the sentence gives after it)
      const s1 = d.end + (/[.;](?=\s+[\p{Lu}\d(])|$/u.exec(text.slice(d.end))?.index ?? 0);
      const inSpan = dates.some((x) => x.at >= d.end && x.end <= s1 && x.period.start !== x.period.end && x.period.start <= d.period.start && d.period.end <= x.period.end);
      return inSpan || boundaryDay.test(text.slice(Math.max(c0, d.at - 80), d.at).replace(/(?<![\p{L}])(?:on|le|the)\s*$/iu, ''));
    };
    /**
     * the words that tie the conjunct before to its dates, when `n` and its dates only repeat that conjunct's pattern
     * with its verb of meeting left out: "<A> met on <dates> and <B> [in <Place>] on <dates>" (or "<A> met on <dates>,
     * <B> on <dates> and <C> on <dates>": the verb of the first conjunct that has one)
     */
    const gappedVerb = (n: { id: string; at: number; end: number }, d: { at: number }, c0: number, depth = 0): string | null => {
      if (!/^\s*,?\s*(?:(?:in|at|à)\s+\p{Lu}[\p{L}'’-]*\s*,?\s*)?(?:(?:on|from|between|le|les|du|entre)\s+)?$/iu.test(text.slice(n.end, d.at))) return null;
      const prev = [...dates].reverse().find((x) => x.end <= n.at && x.at >= c0);
      const link = prev ? text.slice(prev.end, n.at) : '';
      if (!prev || !/^\s*(?:,\s*)?(?:(?:and|et)\s+)?(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$/iu.test(link) || !/,|(?<![\p{L}])(?:and|et)(?![\p{L}])/iu.test(link)) return null;
      const owner = named.filter((x) => x.at >= c0 && x.end <= prev.at && !isReference(x, c0)).pop();
      if (!owner || owner.id === n.id) return null;
      const tie = text.slice(owner.end, prev.at);
      if (named.some((x) => x.at >= owner.end && x.end <= prev.at)) return null;
      if (meetingVerbIn(tie)) return tie;
      return depth < 6 ? gappedVerb(owner, prev, c0, depth + 1) : null;
    };
    for (const d of dates) {
      if (o.consumed.some(([a, b]) => d.at < b && d.end > a)) continue;
      const { c0, c1 } = clauseOf(d.at);
      // a list item's lead-in: the text before the colon that opens the list ("… s'est réuni à deux reprises : a) …")
      const isItem = /^\s*\(?[a-z]{1,3}\)\s/.test(text.slice(c0, c0 + 6));
      // (the colon that opens the list, not an earlier item's head's: "(a) <body> (fifth meeting): …; (b) …")
      let colon = isItem ? text.lastIndexOf(':', c0) : -1;
      for (let guard = 0; colon > 0 && guard < 20; guard++) {
        const from = Math.max(0, ...[...text.slice(0, colon).matchAll(/[.;:](?=\s)/g)].map((m) => (m.index ?? 0) + 1));
        if (!/^\s*\(?[a-z]{1,3}\)\s/.test(text.slice(from, colon))) break;
        colon = text.lastIndexOf(':', from - 1);
      }
      const leadStart = colon > 0 ? Math.max(0, ...[...text.slice(0, colon).matchAll(/[.;](?=\s)/g)].map((m) => (m.index ?? 0) + 1)) : -1;
      const lead = colon > 0 ? text.slice(leadStart, colon) : '';
      const clause = text.slice(c0, c1);
      // (a list run on after a colon: its lead-in may hold the cue)
      const runOn = (() => {
        const s0 = Math.max(0, ...[...text.slice(0, d.at).matchAll(/[.](?=\s+[\p{Lu}\d])/gu)].map((m) => (m.index ?? 0) + 1));
        const colon2 = text.lastIndexOf(':', d.at);
        return colon2 > s0 && !isItem ? text.slice(s0, colon2) : '';
      })();
      if (!cue.test(clause) && !cue.test(lead) && !cue.test(runOn)) continue;
      // a deadline or an opening day is not a meeting's dates
      if (notMeetingDay(d)) continue;
      const label = `"${rawText.slice(c0, c1).trim().slice(0, 60)}…"`;
      // (a name governed by a preposition still owns the dates its own participle gives: "followed by the Working Group on …, scheduled for 7 July")
      const inClause = named.filter((n) => n.at >= c0 && n.end <= c1 && !isReference(n, c0, n.end <= d.at && participle.test(text.slice(n.end, d.at))));
      // "… tenues les 2 et 3 octobre 2023 et les 8 et 9 juillet 2024": dates joined by "and" share the body before the first
      // (and "…, puis de nouveau à Vienne (27-29 janvier 2010)", "then again in Vienna on …")
      let first = d;
      for (let k = dates.indexOf(d) - 1; k >= 0; k--) {
        const x = dates[k];
        // (a note in brackets after the earlier dates: "les 5 et 6 juin 2023 (quatorzième réunion) et les 8 et 9 juillet 2024")
        if (!x || x.at < c0 || !/^\s*(?:\([^()]{0,40}\))?\s*,?\s*(?:and|et|then|puis)(?:\s+(?:again|de nouveau))?\s+(?:(?:in|à)\s+\p{Lu}[\p{L}'-]*\s*)?(?:on\s+|from\s+|in\s+|les\s+|le\s+|du\s+|en\s+|\(\s*)?$/iu.test(text.slice(x.end, first.at))) break;
        first = x;
      }
      // (a body whose own dates came between is not the owner; a closing day or a deadline between is no body's dates)
      const before = inClause.filter((n) => n.end <= first.at && !dates.some((x) => x.at >= n.end && x.end <= first.at && !notMeetingDay(x)));
      const leadBodies = [...new Set(named.filter((n) => n.at >= leadStart && n.end <= colon && !isReference(n, leadStart)).map((n) => n.id))];
      const after = inClause.filter((n) => n.at >= d.end);
      const nearest = before[before.length - 1];
      const lead1 = leadBodies.length === 1 ? { id: leadBodies[0] as string, at: leadStart, end: leadStart } : null;
      // a subject after the dates is theirs when the words before them say a meeting ("At its meeting held on …, the Working Group")
      // (or its own verb, in its next words: "Les 2 et 3 mai 2018, le Groupe de travail … s'est réuni à Vienne")
      // (the subject of the sentence: not a name complementing a noun, "the fifth session of the Conference", nor one in brackets;
      // and not one whose own dates follow it: "(status: 2 May 2023) … the ninth meeting of the Working Group took place … from 30 May …")
      const head0 = after.find((n) => complementHead(text.slice(c0, n.at), lang) === undefined && !/\([^)]*$/.test(text.slice(c0, n.at)));
      const subjectOk = head0 && !dates.some((x) => x.at >= head0.end && x.at < c1);
      // ("At its last meeting, on 5 and 6 June, the group …": days of a meeting named at its own are its dates; one day may be any day of it)
      const before0 = ownBefore(c0, d.at);
      const ownDates = before0 === 'own' || (before0 === 'reference' && d.period.start !== d.period.end);
      const subject = subjectOk && head0 && (meetingVerbIn(text.slice(c0, d.at)) || meetingVerbIn(text.slice(head0.end, head0.end + 80), /^\s*(?:[\p{L}'’]+\s+){0,3}/u.exec(text.slice(head0.end))?.[0].length ?? 0) || ownDates) ? head0 : null;
      // "At its tenth session, on 16 October 2020, the Conference adopted …": a day at a session named as a reference, to review
      if (!subject && head0 && subjectOk && before0 === 'reference') {
        unplaced.push(`${label}: ${head0.id} on ${d.period.start}: a day at a meeting named as a reference, not its dates`);
        continue;
      }
      // "… will meet in Vienna from 8 to 17 October 2008 for the fourth session of the Conference …", "… pour la quatrième session de la Conférence":
      // the dates of the session named right after them, for which the clause's verb of meeting gathers
      const purpose = !nearest && !lead1 && !subject ? sessionAfter.exec(text.slice(d.end, c1)) : null;
      // (the name right after it; "the Working Group" standing for one begins at its article, which the pattern took)
      const purposeEnd = purpose ? d.end + (purpose.index ?? 0) + purpose[0].length : -1;
      const purposeOwner = purpose ? after.find((n) => n.at === purposeEnd || (n.at < purposeEnd && purposeEnd < n.end)) : undefined;
      // (or the subject put after its verb: "Du 15 au 19 octobre 2018 s'est tenue à Vienne la neuvième session de la Conférence …")
      const inverted = !nearest && !lead1 && !subject && !purposeOwner ? invertedAfter.exec(text.slice(d.end, c1)) : null;
      const invertedOwner = inverted ? after.find((n) => n.at === d.end + (inverted.index ?? 0) + inverted[0].length) : undefined;
      let owner = nearest ?? lead1 ?? subject ?? (purposeOwner && (meetingVerbIn(text.slice(c0, d.at)) || attending.test(purpose?.[0] ?? '')) ? purposeOwner : undefined) ?? invertedOwner;
      // ("… by the extended Bureau of the Conference, which met on 14 March 2024, and so as to allow the Working Group …": the last name before the dates
      // complements an organ's noun, `ingest.otherOrgans`; the dates are that organ's)
      const lastNamed = named.filter((n) => n.at >= c0 && n.end <= d.at).pop();
      const organHead = lastNamed ? complementHead(text.slice(Math.max(c0, lastNamed.at - 60), lastNamed.at), lang) : undefined;
      if (owner && lastNamed && organHead && organNouns.has(fold(organHead)) && /^\s*,?\s*(?:which|who|qui|that)\s/iu.test(text.slice(lastNamed.end, d.at))) {
        unplaced.push(`${label}: the dates ${d.period.start} are the ${organHead}'s, not ${owner.id}'s`);
        continue;
      }
      // ("3. The Working Group adopted the following recommendations: … (b) … such as the workshop on firearms marking held in Dakar from …": an item naming
      // another event with its article before the dates speaks of that event, not of the lead-in's body)
      if (owner && owner === lead1 && !nearest && [...text.slice(c0, d.at).matchAll(otherEvent)].some((m) => determiner.test(text.slice(c0, c0 + (m.index ?? 0))))) {
        unplaced.push(`${label}: the dates ${d.period.start} are another event's (named before them), not ${owner.id}'s`);
        continue;
      }
      if (owner && yearInDoubt(d, sentenceOf(d.at))) {
        unplaced.push(`${label}: ${owner.id} on ${d.period.start.slice(5)}: the day states no year and its sentence names another`);
        continue;
      }
      // "La deuxième journée de la 12e réunion du Groupe … s'est tenue ce 10 octobre": one day of its meeting, not its dates
      if (owner && owner.at >= c0 && d.period.start === d.period.end && dayOf.test(text.slice(Math.max(c0, owner.at - 80), owner.at))) {
        unplaced.push(`${label}: ${owner.id} on ${d.period.start}: a day of its meeting, not its dates`);
        continue;
      }
      // "…, originally scheduled for 3-5 April, was postponed": which dates stand is for a person
      if (owner && cancelled.test(sentenceOf(d.at)) && cancelledAt(sentenceOf(d.at), d.at - sentenceStartOf(d.at), cancelled, holding)) {
        unplaced.push(`${label}: ${owner.id} on ${d.period.start}: postponed or cancelled, its sentence says`);
        continue;
      }
      // "A and B met on … and on … respectively": as many spans of dates joined by "and" as bodies, each its body's in order; else which dates are whose is for a person
      let respectiveOwner: (typeof named)[number] | undefined;
      // (or "At their meetings held on … and on …, respectively, A and B recommended …": the bodies after the dates)
      const distinct = (ns: typeof named) => [...new Map(ns.map((n) => [n.id, n])).values()];
      // (the sentence's end, only when "respectively" is in it)
      const sentenceEnd = () => sentenceStartOf(d.at) + sentenceOf(d.at).length;
      const namedAfter = () => distinct(named.filter((n) => n.at > d.end && n.at < sentenceEnd()));
      const subjectsAfter = () => distinct(named.filter((n) => n.at >= c0 && n.end <= first.at)).length === 0 && namedAfter().length > 1 && respectivelyThen.test(text.slice(d.end, namedAfter()[0]?.at ?? d.end).replace(/^(?:\s*(?:,\s*)?(?:and|et)\s+(?:(?:on|from|le|les|du)\s+)?[^,]*?\d{4})+/iu, ''));
      if (respectively.test(sentenceOf(d.at)) && (distinct(named.filter((n) => n.at >= c0 && n.end <= first.at)).length > 1 || subjectsAfter())) {
        // (the whole run of spans around these dates, joined by commas or "and")
        const joinedTo = (a: (typeof dates)[number], b: (typeof dates)[number]) => /^\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et)\s+)(?:(?:on|from|le|les|du)\s+)?$/iu.test(text.slice(a.end, b.at));
        let k0 = dates.indexOf(d);
        while (k0 > 0 && dates[k0 - 1] && joinedTo(dates[k0 - 1] as (typeof dates)[number], dates[k0] as (typeof dates)[number])) k0--;
        let k1 = dates.indexOf(d);
        while (k1 + 1 < dates.length && (dates[k1 + 1]?.at ?? c1) < c1 && joinedTo(dates[k1] as (typeof dates)[number], dates[k1 + 1] as (typeof dates)[number])) k1++;
        const chain = dates.slice(k0, k1 + 1);
        const before = distinct(inClause.filter((n) => n.end <= first.at));
        const chainEnd = chain[chain.length - 1]?.end ?? d.end;
        // (the bodies after: only with none before, and right after "respectively," as the subject)
        const end = sentenceEnd();
        const afterChain = distinct(named.filter((n) => n.at > chainEnd && n.at < end));
        const bodiesInOrder = before.length > 1 ? before : afterChain[0] !== undefined && respectivelyThen.test(text.slice(chainEnd, afterChain[0].at)) ? afterChain : [];
        respectiveOwner = chain.length === bodiesInOrder.length ? bodiesInOrder[chain.indexOf(d)] : undefined;
        if (!respectiveOwner) {
          unplaced.push(`${label}: dates on ${d.period.start} shared "respectively" among several bodies`);
          continue;
        }
        owner = respectiveOwner;
      }
      // dates already stated as a meeting's (the header's session, a list's meeting named again) add nothing
      if (o.known(null, d.period) || (owner && o.known(owner.id, d.period))) continue;
      // a clause naming none of the known bodies speaks of another meeting (a seminar, an expert group), or of a day of one found
      if (!owner) continue;
      // "The Conference recalled that the Ad Hoc Committee met from …": an organ not ours, named between, owns the dates
      const organ = c.otherOrgans?.(text.slice(nearest ? nearest.end : lead1 ? c0 : d.at, first.at))[0];
      if (organ) {
        unplaced.push(`${label}: ${owner.id} and the dates ${d.period.start}: another organ (${organ.word}) is named between them`);
        continue;
      }
      const second = owner === invertedOwner ? andAnother.exec(text.slice(owner.end, c1)) : null;
      const secondOwner = second ? after.find((n) => n.at === owner.end + (second.index ?? 0) + second[0].length) : undefined;
      const owners = respectiveOwner ? [respectiveOwner] : nearest ? jointOwners(before, nearest, d.at) : secondOwner ? [owner, secondOwner] : [owner];
      // "The following meetings were held: (a) <body>: 2 and 3 May 2033, Vienna; …": an item that is a body and its dates, under a lead-in that states meetings and names no body
      // (or run on after the lead-in's colon, items parted by semicolons: "… have met as follows: the Working Group on … on 5 and 6 July; the Working Group on … from …")
      const listLead = (() => {
        if (!nearest) return null;
        if (isItem) return /^\s*\(?[a-z]{1,3}\)\s*(?:the\s+|le\s+|la\s+|l['’]\s*)?$/iu.test(text.slice(c0, nearest.at)) && leadBodies.length === 0 ? lead : null;
        const s0 = Math.max(0, ...[...text.slice(0, nearest.at).matchAll(/[.](?=\s+[\p{Lu}\d])/gu)].map((m) => (m.index ?? 0) + 1));
        const colon2 = text.lastIndexOf(':', nearest.at);
        if (colon2 < s0) return null;
        const from = Math.max(colon2, text.lastIndexOf(';', nearest.at)) + 1;
        const lead2 = text.slice(s0, colon2);
        const bodiesInLead = named.some((n) => n.at >= s0 && n.end <= colon2 && !isReference(n, s0));
        return /^\s*(?:the\s+|le\s+|la\s+|l['’]\s*)?$/iu.test(text.slice(from, nearest.at)) && !bodiesInLead ? lead2 : null;
      })();
      const itemOfMeetings =
        listLead !== null && (meetingVerbIn(listLead) || (meetingNounIn(listLead) && tenseOf(listLead) !== null)) && !leadNotMeetings.test(listLead) && nearest !== undefined && /^\s*(?:\([^()]{0,40}\))?\s*[:,-]?\s*(?:(?:in|à)?\s*\p{Lu}[\p{L}'’-]+\s*,\s*)?(?:(?:on|from|du|le|les)\s+)?$/u.test(text.slice(nearest.end, first.at));
      const sequenced = nearest !== undefined && sequence.test(text.slice(Math.max(c0, nearest.at - 40), nearest.at)) && /^\s*,?\s*(?:(?:in|à)\s+\p{Lu}[\p{L}'’-]*\s*,?\s*)?(?:(?:on|from|le|les|du)\s+)?$/u.test(text.slice(nearest.end, first.at));
      // "A met on 8 and 9 May and B on 12 May", "A s'est réuni les 8 et 9 mai et B le 12 mai": B's verb is A's, left out
      const gapped = nearest && !linked(nearest, c0, first.at) ? gappedVerb(nearest, first, c0) : null;
      if (nearest && !gapped && !linked(nearest, c0, first.at) && !participle.test(text.slice(nearest.end, first.at)) && !itemOfMeetings && !sequenced) {
        unplaced.push(`${label}: ${nearest.id} and the dates ${d.period.start}: no verb or meeting of that body between them`);
        continue;
      }
      // the tense between the body and its dates (with the list's lead-in), or around a subject named after them
      // (a subject after them: the fronted words before the dates, else the subject's own verb, its next two words)
      // (an inverted subject: the verb between the dates and it, "… octobre 2018 s'est tenue à Vienne la neuvième session de …")
      const tense = gapped ? tenseOf(gapped) : owner === invertedOwner && inverted ? tenseOf(inverted[0]) : owner.at >= d.end ? (tenseOf(text.slice(c0, d.at)) ?? tenseOf(/^\s*(?:[\p{L}'’]+\s+){0,2}/u.exec(text.slice(owner.end))?.[0] ?? '')) : tenseOf(`${lead} ${text.slice(Math.max(c0, owner.end), d.at)}`);
      // (a page with no date: a meeting reported on just before its body's name was held, "This report on the fourth session of the Conference …, held in …")
      const reported = !tense && c.docDate === null && reportOn.test(text.slice(Math.max(c0, owner.at - 60), owner.at));
      const held = statusOf(tense ? tense === 'past' : reported ? true : (o.occasion ?? null), d.period, c.docDate);
      if (held === 'disagree') {
        unplaced.push(`${label}: ${owner.id} on ${d.period.start}: the sentence's tense (${tense}) and the document's date (${c.docDate}) disagree`);
        continue;
      }
      if (held === 'unknown') {
        unplaced.push(`${label}: ${owner.id} on ${d.period.start}: no tense and no document date to tell held from scheduled`);
        continue;
      }
      // its ordinal, when one stands between the body and the dates (or in the list item) and is not another's ("during the twentieth session of the Conference")
      // (dates chained to earlier ones: only the words after those, "… (quatorzième réunion) et les 8 et 9 juillet 2024 (quinzième réunion)")
      const prevDate = first !== d ? dates[dates.indexOf(d) - 1] : undefined;
      const from = Math.max(owner.at < d.at && owner.at >= c0 ? owner.end : c0, prevDate ? prevDate.end + (/^\s*\([^()]{0,40}\)/.exec(text.slice(prevDate.end))?.[0].length ?? 0) : 0);
      const ords = [...text.slice(from, d.at).matchAll(ordinalMeeting)].filter((m) => {
        const at = from + (m.index ?? 0);
        const of = named.find((n) => n.at >= at + m[0].length && n.at <= at + m[0].length + 12);
        return !timePrep.test(text.slice(Math.max(c0, at - 40), at)) && (!of || of.id === owner.id);
      });
      // "the sixteenth session of the Conference …, on …": or the ordinal just before the body's name, whose meeting it numbers
      if (ords.length === 0 && owner.at < d.at && owner.at >= c0) {
        const lead = text.slice(Math.max(c0, owner.at - 40), owner.at);
        const ofName = /\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu.exec(lead);
        const last = ofName ? [...lead.slice(0, ofName.index).matchAll(ordinalMeeting)].pop() : undefined;
        if (last && (last.index ?? 0) + last[0].length === ofName?.index && !timePrep.test(lead.slice(Math.max(0, (last.index ?? 0) - 30), last.index ?? 0))) ords.push(last);
      }
      // ("the 12th Conference of the Parties", "la 12e Conférence des Parties": an ordinal right before the Conference's name numbers its session)
      if (ords.length === 0 && owner.id === c.conference && owner.at < d.at && owner.at >= c0) {
        const bare = ordinalLast.exec(text.slice(Math.max(c0, owner.at - 30), owner.at));
        if (bare) ords.push(bare);
      }
      // ("les 8 et 9 juillet 2024 (quinzième réunion)": the ordinal in brackets right after the dates)
      if (ords.length === 0) {
        const aside = /^\s*\(([^()]{0,40})\)/.exec(text.slice(d.end));
        const own = aside ? [...(aside[1] ?? '').matchAll(ordinalMeeting)][0] : undefined;
        if (own) ords.push(own);
      }
      // (a session named after its dates, "… to take part in the ninth meeting of the Working Group": the ordinal in that phrase)
      if (ords.length === 0 && owner === purposeOwner && purpose) {
        const own = [...purpose[0].matchAll(ordinalMeeting)].pop();
        if (own) ords.push(own);
      }
      // (a joint meeting's ordinal counts joint meetings, not either body's)
      const ord = ords.length === 1 && owners.length === 1 ? ords[0] : undefined;
      const word = ord?.[2] ?? [...`${lead} ${clause}`.matchAll(new RegExp(`(?<![\\p{L}])(?:${words(meetingWords)})(?![\\p{L}])`, 'giu'))][0]?.[0] ?? '';
      for (const x of owners) {
        if (x !== owner && o.known(x.id, d.period)) continue;
        out.push({
        body: x.id,
        number: ord ? ordinalOf(ord[1] ?? '') : null,
        word: sessionWords.has(fold(word).replace(/s$/, '')) || (!word && owner.id === c.conference) ? 'session' : 'meeting',
        period: d.period,
        held,
        at: d.at,
        label,
        clause: `${lead} ${rawText.slice(c0, Math.min(c1, d.end + placeTail(rawText.slice(d.end, c1), tailStops)))}`,
        sentence: sentenceOf(d.at, d.end + placeTail(rawText.slice(d.end, c1), tailStops)),
        wholeSentence: sentenceOf(d.at),
      });
      }
    }
    return { meetings: out, unplaced };
  };
}
