import type { IsoDate, Period } from '../dates';
import type { Lang, Meeting, Vocabulary } from '../model';
import { accentInsensitive, fold, ordinalSuffixPattern } from '../question/normalize';
import type { FoundPeriod } from '../question/periods';
import type { BodyNameFinder } from './body-names';
import { firstDay } from './masthead';
import { DATELINE } from './page-date';
import type { OtherOrganFinder } from './other-organs';
import type { Tense } from './tense';

interface HeaderContext {
  lang: Lang;
  /** null for a web page: the tense of the sentence around the dates says held or scheduled */
  docDate: IsoDate | null;
  /** the day against which dates without a year are read */
  refDate: IsoDate;
  tenseOf: (s: string) => Tense | null;
  sourceId: string;
  findPeriod: (text: string, lang: Lang, now: IsoDate) => FoundPeriod | null;
  findBodies: BodyNameFinder;
  placeNamed: (name: string) => { en: string; fr: string };
  v: Vocabulary;
  conference: string | null;
  /** the body the document's symbol belongs to */
  symbolBody: string | null;
  /** the document is the meeting's report: the meeting was held */
  held: boolean;
  /** a page with no date that says what it is (`ingest.occasions`): remarks made at the meeting (true, held) or its programme (false, to come); null when it says neither */
  occasion?: boolean | null;
  /** organs none of ours ("Commission", "Committee"): a "<Place>, <dates>" line after one is its meeting */
  otherOrgans?: OtherOrganFinder;
  /** the day a letter is dated by its signed line ("Vienna, 16 January 2012" set to the right): that line is no meeting's */
  letterDay?: IsoDate | null;
  /** with no document date and no tense in the header: the tense of the text's sentences that give the same dates */
  textTense?: (p: Period) => Tense | null;
}

type HeaderMeeting = Omit<Meeting, 'report' | 'documents'>;

/**
 * The meeting a document is for, from its header: the body named above a
 * "<Place>, <dates>" line ("Vienna, 2 and 3 May 2018", "Vienne, 27-29 janvier 2010"),
 * with an ordinal when the header states one ("Ninth session"). Working groups named
 * there win over the Conference, whose name heads every document of its bodies.
 */
export function findHeaderMeetings(rawHeader: string, c: HeaderContext): { meetings: HeaderMeeting[]; unplaced: string[]; undecided?: Period } {
  const header = labelledFields(rawHeader, c.v);
  const unplaced: string[] = [];
  const months = new Set([...Object.keys(c.v.months.en), ...Object.keys(c.v.months.fr)].map(fold));
  // a place the vocabulary knows (possibly of several words), or one capitalised word
  const knownPlaces = c.v.places.flatMap((p) => [p.en, p.fr]).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const known = knownPlaces.filter((n) => /\s/.test(n));
  const placeDate = new RegExp(`(${[...known, "\\p{Lu}[\\p{L}'-]+"].join('|')})\\s*,\\s+((?:(?:from|du|le|les|on)\\s+)?\\d{1,2}(?:er)?(?![\\d/])[^,;:]{0,40}?\\d{4})`, 'gu');
  const found: HeaderMeeting[] = [];
  for (const m of header.matchAll(placeDate)) {
    const place = m[1] ?? '';
    if (months.has(fold(place)) || /^(?:Distr|Original|Item|Point|Points|Items)$/i.test(place)) continue;
    // "… the sixth session of the Conference of the Parties, from 22 to 26 October": a name's last word after "of the" is no place (a place the vocabulary knows is one)
    const knownPlace = knownPlaces.some((k) => fold(k) === fold(place));
    // (nor one after "and" or "to": "… of Convention and Protocols, 8 to 17 October")
    if (!knownPlace && /(?<![\p{L}])(?:of(?:\s+the)?|des|du|de\s+la|de\s+l['’]|and|et|to|à|aux?)\s+$/iu.test(header.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0))) continue;
    // "… will meet …, also at the Vienna International Centre, from 29 to 31 May": a building's name after a preposition and its article stands in a sentence, not on a header's line
    if (/(?<![\p{L}])(?:at|in|à|au|aux)\s+(?:(?:the|la|le|les)[ \t]+|l['’][ \t]*)(?:\p{Lu}[\p{L}'-]+[ \t]+)*$/u.test(header.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0))) continue;
    // "… held by the Conference of the Parties to the … Convention against Transnational Organized Crime, on 11–13 September": the last word of a body's name is no place
    if (!knownPlace && c.findBodies(header.slice(Math.max(0, (m.index ?? 0) - 300), (m.index ?? 0) + place.length)).some((n) => n.end === Math.min(300, m.index ?? 0) + place.length)) continue;
    // "… the Working Group on Firearms (Vienna, 26-28 May 2014)": place and dates in brackets stand in a sentence, not on a header's line
    if (/\(\s*$/.test(header.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0))) continue;
    const day = firstDay(m[2] ?? '', c.lang, c.refDate, c.findPeriod);
    if (!day || day.at > 12) continue;
    // "Vienna, 14 October 2016 - Around 800 …": a news item's dateline, no meeting's
    if (day.period.start === day.period.end && DATELINE.test(header.slice(m.index ?? 0).split('\n')[0] ?? '')) continue;
    if (c.letterDay && day.period.start === c.letterDay && day.period.end === c.letterDay) continue;
    const at = m.index ?? 0;
    const before = header.slice(0, at);
    // "Vienna, Austria, 10 and 11 June": the city before its country
    const city = knownPlaces.find((k) => new RegExp(`(?<![\\p{L}])${k}\\s*,\\s*$`, 'iu').test(before));
    const named = c.findBodies(before);
    // "Commission on Crime Prevention …, thirtieth session, Vienna, 17–21 May 2021": an organ none of ours, named after the last of ours, owns the line
    const lastOurs = named[named.length - 1];
    const organ = c.otherOrgans?.(before.slice(lastOurs ? lastOurs.end : 0)).pop();
    if (organ) {
      unplaced.push(`the header's "${m[0]}": of another organ (${organ.word}) named before it`);
      continue;
    }
    // (a web page's line far below its group's name, past a finished sentence, a list's bullet or a menu's bars, under "Other events", is not its header's: whose it is, a person says)
    // (unless the line is itself one of its meetings: "Previous meetings / Thirteenth meeting, Vienna, 3-5 May 2032")
    const gap = lastOurs ? before.slice(lastOurs.end) : '';
    const lineHead = gap.split(/[.!?](?=\s+\p{Lu})|[•▪·|]/u).pop() ?? '';
    const ownLine = lastOurs?.id !== c.conference && lineHead.length < 60 && !/\d/.test(lineHead) && ordinalBefore(lineHead.replace(/[\s,;:]+$/, ''), c.v, c.lang, false) !== null;
    if ((gap.length > 200 || /[.!?]\s+\p{Lu}|[•▪·|]/u.test(gap)) && !ownLine) {
      unplaced.push(`the header's "${m[0]}": too far below the name of ${lastOurs?.id} to be its meeting`);
      continue;
    }
    // the group named nearest before the line (with those joined to it by "and"), not every group a long header named
    const groups = nearestGroups(before, named.filter((n) => n.id !== c.conference));
    // (no group named before it: a group's symbol, CTOC/COP/WG.4/…, names the body, not the Conference's name that heads every document; "Vienna, 4-6 May / Working Group on …")
    // ("Fourth session / Vienna, …" is the Conference's: its groups hold meetings)
    const sessionLine = new RegExp(`(?<![\\p{L}])(?:${[...c.v.ingest.sessionWords.en, ...c.v.ingest.sessionWords.fr].map(accentInsensitive).join('|')})$`, 'iu').test(before.trim().replace(/\s*[,;:]$/, ''));
    // ("… Working Group on Firearms … • Conference of the Parties …, seventeenth session, Vienna, …": the Conference named last, with its session, not a group named before it)
    const conferenceSession = lastOurs?.id === c.conference && sessionLine;
    const ids = conferenceSession ? [c.conference] : groups.length ? groups : c.symbolBody && c.symbolBody !== c.conference && !sessionLine ? [c.symbolBody] : named.length || c.symbolBody === c.conference || sessionLine ? [c.conference ?? c.symbolBody] : [];
    const bodies = ids.filter((x): x is string => Boolean(x));
    // (a second "<body> / <Place>, <dates>" pair under the first, for another body: "Working Group on … / Vienna, 23-25 May / Working Group of … / Vienna, 26 and 27 May")
    if (found.length > 0 && (bodies.length === 0 || bodies.some((b) => found.some((f) => f.body === b)) || gap.replace(/\s+/g, ' ').trim().length > 40)) continue;
    if (bodies.length === 0) return { meetings: [], unplaced: [...unplaced, `the header's meeting ("${m[0]}"): no known body`] };
    // "Fourteenth meeting of the Working Group on Firearms / Vienna, …": the ordinal may come before the body's name
    const last = named[named.length - 1];
    const beforeName = last && !header.slice(last.end, at).trim() ? header.slice(0, last.at).replace(/\s*(?:of the|of|du|de la|de l'|des)\s*$/i, '') : '';
    const number = ordinalBefore(header.slice(Math.max(0, at - 80), at).replace(/[\s,;:]+$/, ''), c.v, c.lang) ?? (beforeName ? ordinalBefore(beforeName.slice(-80), c.v, c.lang) : null);
    // with no document date: the tense of the sentence the dates are in, or of the one after them
    const sentence = (from: number) => header.slice(from).split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
    const start = Math.max(0, ...[...header.slice(0, at).matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((x) => (x.index ?? 0) + 1));
    const tense = c.docDate ? null : (c.tenseOf(header.slice(start, at) + sentence(at)) ?? c.tenseOf(sentence(at + sentence(at).length)) ?? c.textTense?.(day.period) ?? null);
    // (a meeting under way on the document's date is being held, as statusOf says)
    const held = c.held || (c.docDate ? day.period.start < c.docDate : (c.occasion ?? (tense ? tense === 'past' : null)));
    if (held === null && found.length > 0) continue;
    if (held === null) return { meetings: [], unplaced: [...unplaced, `the header's meeting ("${m[0]}"): no tense and no document date to tell held from scheduled`], undecided: day.period };
    const meetings = bodies.map((body) => {
      const isConference = body === c.conference;
      return {
        id: number ? `${body}-${number}` : `${body}-${day.period.start}`,
        body,
        kind: isConference ? ('session' as const) : ('meeting' as const),
        ...(number ? { number } : {}),
        start: day.period.start,
        end: day.period.end,
        location: c.placeNamed(city && !knownPlaces.some((k) => fold(k) === fold(place)) ? city : place),
        status: held ? ('held' as const) : ('scheduled' as const),
        source: { document: c.sourceId, paragraph: null, part: 'heading' },
      };
    });
    found.push(...meetings);
  }
  return { meetings: found, unplaced };
}

/** "Ninth session", "Douzième session", "Fifth meeting" just before the place and dates (`sessions` false: a meeting only) */
function ordinalBefore(s: string, v: Vocabulary, lang: Lang, sessions = true): number | null {
  const words = [...v.ingest.meetingWords[lang], ...v.ingest.meetingWords.en, ...(sessions ? [...v.ingest.sessionWords[lang], ...v.ingest.sessionWords.en] : [])].map(accentInsensitive).join('|');
  const ordinals = Object.entries({ ...v.ordinals.en, ...v.ordinals.fr }).sort((a, b) => b[0].length - a[0].length);
  const re = new RegExp(`(?<![\\p{L}-])(\\d{1,3}${ordinalSuffixPattern(v.ordinalSuffixes)}|${ordinals.map(([k]) => accentInsensitive(k)).join('|')})\\s+(?:${words})\\s*$`, 'iu');
  const m = re.exec(s.trim());
  if (!m) return null;
  const w = fold(m[1] ?? '').replace(/-/g, ' ');
  const digits = /^(\d{1,3})/.exec(w);
  if (digits) return Number(digits[1]);
  return ordinals.find(([k]) => fold(k).replace(/-/g, ' ') === w)?.[1] ?? null;
}

/** the last group named in `before`, and the groups joined to it by "and" / "et" ("Working Group on A and Working Group on B / Vienna, …") */
function nearestGroups(before: string, groups: Array<{ id: string; at: number; end: number }>): string[] {
  const out: string[] = [];
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k] as (typeof groups)[number];
    const next = groups[k + 1];
    if (next && !/^\s*,?\s*(?:and|et)\s+(?:the\s+|le\s+|du\s+)?$/i.test(before.slice(g.end, next.at))) break;
    out.unshift(g.id);
  }
  return [...new Set(out)];
}

/**
 * A page's labelled fields, "Dates: 3-5 June 2033 … Venue: Vienna International Centre"
 * (the labels of `ingest.table.columns`, either order, within a few lines), written as the
 * header line they stand for, "Vienna, 3-5 June 2033", where the dates were.
 */
function labelledFields(header: string, v: Vocabulary): string {
  const label = (names: string[]) => [...names].sort((a, b) => b.length - a.length).map((n) => accentInsensitive(n).replace(/\\\(s\\\)$/, '')).join('|');
  const cols = v.ingest.table.columns;
  const dates = new RegExp(`(?<![\\p{L}])(?:${label([...cols.dates.en, ...cols.dates.fr])})(?:\\(s\\))?\\s*:\\s*((?:(?:from|du|le|les|on)\\s+)?\\d{1,2}(?:er)?[^:;]{0,40}?\\d{4})`, 'iu');
  const venue = new RegExp(`(?<![\\p{L}])(?:${label([...cols.venue.en, ...cols.venue.fr])})\\s*:\\s*([^:;]{1,60})`, 'iu');
  const d = dates.exec(header);
  if (!d) return header;
  const nearAt = Math.max(0, d.index - 150);
  const vm = venue.exec(header.slice(nearAt, d.index + d[0].length + 150));
  // a place the vocabulary knows in the label's value ("Centre international de Vienne"), else the first of its capitalised words
  const value = vm?.[1]?.trim() ?? '';
  const known = v.places.flatMap((p) => [p.en, p.fr]).find((n) => new RegExp(`(?<![\\p{L}])${accentInsensitive(n)}(?![\\p{L}])`, 'iu').test(value));
  const name = known ?? /^\p{Lu}[\p{L}'’-]*/u.exec(value)?.[0];
  if (!name) return header;
  // (from the venue's label when it comes first: "Lieu : … Date : …" is one "<Place>, <dates>" line, after the title's ordinal)
  const from = vm && nearAt + vm.index < d.index ? nearAt + vm.index : d.index;
  return `${header.slice(0, from)}${name}, ${d[1]}${header.slice(d.index + d[0].length)}`;
}
