import type { IsoDate } from '../dates';
import type { DocumentKind, Lang, Vocabulary } from '../model';
import { accentInsensitive } from '../question/normalize';
import type { FoundPeriod } from '../question/periods';

/** A UN document symbol: CTOC/COP/WG.6/2018/3, CTOC/COP/2016/CRP.5, CTOC/COP/2018/INF/2, CAC/COSP/2019/3 */
export const SYMBOL_ANY = /\b[A-Z]{1,6}(?:\/[A-Z]{1,6}(?:\.\d{1,3})?)*\/\d{4}\/(?:[A-Z]{1,4}[./])?\d{1,3}(?:\/(?:Rev|Add|Corr)\.\d{1,2})*\b/;
/** a symbol of a series numbered without years, at the top of another organ's document (the whole line, its right column, or after "United Nations"): A/AC.291/21, A/HRC/WG.10/5/2 (session 5, document 2); E/CN.15/2019/L.1 has one */
const SERIES_SYMBOL = /(?:^|^(?:United Nations|Nations Unies)\s+|\s{2,})[A-Z]{1,6}(?:\/[A-Z]{1,6}(?:\.\d{1,4})?)+(?:\/\d{1,4})+(?:\/(?:Rev|Add|Corr)\.\d{1,2})*$/;
const DISTR = /Distr\.?\s*:?\s*(?:General|Limited|Restricted|g[ée]n[ée]rale|limit[ée]e|restreinte)\b/i;
/** masthead lines that are not part of the header's names and titles */
const FURNITURE = [
  DISTR,
  /\bOriginal\s*:\s*\p{L}+/iu,
  /^(?:United Nations|Nations Unies)$/,
  /^(?:English|French|Français|Anglais|Spanish|Espagnol)(?:\s+(?:only|seulement))?$/,
  /^(?:English|French|Français|Anglais)\s+and\s+\p{L}+\s+only$/u,
  // a language line of the other column, run onto a header line ("Première session Français")
  /(?<=\S)\s+(?:English|French|Français|Anglais|Spanish|Espagnol)$/u,
];

/** a single day with its year at the end of a masthead line, after a word (not "Vienna, …": a meeting's place and dates) */
const COLUMN_DATE = /^(.*\p{L}\s+)(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})$/u;
/** (nor a title's "held on 5 May 2020", "tenue le 5 mai 2020") */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:on|from|of|in|to|at|by|since|until|till|before|after|le|du|au|en|depuis|avant|après|jusqu'au)\s+$/iu;
/** what joins two days of one meeting: "and", ", and", "et le", "and Tuesday" (a weekday is not part of a date's span) */
const DAY_JOIN = /^\s*,?\s*(?:and|et)\s*(?:(?:on|the|le)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/i;
const nextDay = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

type Find = (text: string, lang: Lang, now: IsoDate) => FoundPeriod | null;

/** a span naming a day: a day's number (not a year's digits), or a relative day word the finder reads ("today", "tomorrow") */
const NAMES_A_DAY = /(?<![\d/])\d{1,2}(?![\d])|\p{L}+day|aujourd|demain|hier/iu;

/** The first date in s as a day (or day range), ignoring anything after it. */
export function firstDay(s: string, lang: Lang, ref: IsoDate, find: Find) {
  const found = find(s, lang, ref);
  // a bare year or month before it ("Working Group … 2025", a page's title) is not a day: the first span that is one
  const spans = found?.spans ?? [];
  // (and one that names a day: "before the end of 2020", "until the end of October", read from the reference day, name none)
  const i = spans.findIndex(([a, b]) => find(s.slice(a, b), lang, ref)?.period.granularity === 'day' && NAMES_A_DAY.test(s.slice(a, b)));
  const span = spans[i];
  if (!span) return null;
  // "30 September and 1 October 2020", "30 December and 2 January 2021": two days, the year stated once, at the end
  // (the first day's year is the second's, or the one before when its month comes later; never the reference day's)
  const second = spans[i + 1];
  const noYear = !/\d{4}/.test(s.slice(span[0], span[1]));
  if (second && noYear && DAY_JOIN.test(s.slice(span[1], second[0]))) {
    const last = find(s.slice(second[0], second[1]), lang, ref)?.period;
    const year = Number(last?.end.slice(0, 4));
    const headIn = (y: number) => find(`${s.slice(span[0], span[1])} ${y}`, lang, ref)?.period;
    const same = headIn(year);
    const head = same && same.start <= (last?.start ?? '') ? same : headIn(year - 1);
    // (two single days: "15 and 16 October and on 17 and 18 October 2012" are two meetings' ranges)
    if (last?.granularity === 'day' && head?.granularity === 'day' && head.start <= last.start && head.start === head.end) {
      // days of one meeting are a few days apart; "4 May and 10 June 2019" are two dates, the first read here
      const close = Date.parse(last.start) - Date.parse(head.start) <= 3 * 86_400_000;
      return close ? { period: { ...last, start: head.start }, at: span[0], end: second[1] } : { period: head, at: span[0], end: span[1] };
    }
  }
  // "31 December 2019 and 1 January 2020": two single days in a row, each with its year (not two meetings' ranges)
  if (second && !noYear && DAY_JOIN.test(s.slice(span[1], second[0]))) {
    const a = find(s.slice(span[0], span[1]), lang, ref)?.period;
    const b = find(s.slice(second[0], second[1]), lang, ref)?.period;
    if (a?.granularity === 'day' && b?.granularity === 'day' && a.start === a.end && b.start === b.end && b.start === nextDay(a.end)) return { period: { ...a, end: b.end }, at: span[0], end: second[1] };
  }
  const one = find(s.slice(span[0], span[1]), lang, ref)?.period;
  // "on 5 and 6 June and on 7 and 8 October 2040": a span with no year joined to the next, which states one, is in that year
  // (or the year before, when its month comes later); it stays a span of its own
  if (one?.granularity === 'day' && second && noYear && /^\s*,?\s*(?:and|et)\s+(?:(?:on|from|in|le|les|du|en)\s+)?$/iu.test(s.slice(span[1], second[0])) && /\d{4}/.test(s.slice(second[0], second[1]))) {
    const next = find(s.slice(second[0], second[1]), lang, ref)?.period;
    const year = Number(next?.start.slice(0, 4));
    const inYear = (y: number) => find(`${s.slice(span[0], span[1])} ${y}`, lang, ref)?.period;
    const same = next ? inYear(year) : undefined;
    const period = same && next && same.start <= next.start ? same : next ? inYear(year - 1) : undefined;
    if (period?.granularity === 'day') return { period, at: span[0], end: span[1] };
  }
  return one?.granularity === 'day' ? { period: one, at: span[0], end: span[1], ...(noYear ? { yearless: true } : {}) } : null;
}

/**
 * The document's date after "Distr.: General" / "Distr. générale": the first single day
 * stating its year within the next three lines, where a PDF's other column may have put
 * a line of the Conference's name between them ("Distr. générale / Conférence des
 * Parties à la / Convention des Nations Unies 20 mars 2012"). A range of days is a
 * meeting's, not the document's date. Positions are in `text`.
 */
function dayAfterDistr(text: string, from: number, lang: Lang, find: Find): { period: { start: string }; spans: Array<[number, number]> } | null {
  const lines = text.slice(from).split('\n');
  const span = text.slice(from, from + lines.slice(0, 4).join('\n').length);
  let at = 0;
  for (let guard = 0; guard < 6; guard++) {
    const d = firstDay(span.slice(at), lang, '2000-01-01', find);
    if (!d) return null;
    if (!d.yearless && d.period.start === d.period.end) return { period: d.period, spans: [[from + at + d.at, from + at + d.end]] };
    // "2 June" ending its line, its year the last word of the next ("Transnational Organized Crime 2021"): the column's date split in two
    const below = d.yearless && d.period.start === d.period.end ? YEAR_BELOW.exec(span.slice(at + d.end)) : null;
    // (not a year of the line's own date, "Vienna, 12 May 2021": the word before it is no month and no number)
    const wordBefore = below?.[1]?.trim().split(/\s+/).pop() ?? '';
    if (below && !/\d/.test(wordBefore) && (!wordBefore || find(`${wordBefore} ${below[2]}`, lang, '2000-01-01')?.period.granularity === 'year')) {
      const whole = firstDay(`${span.slice(at + d.at, at + d.end)} ${below[2]}`, lang, '2000-01-01', find);
      const yearAt = at + d.end + below[0].length - 4;
      if (whole && !whole.yearless && whole.period.start === whole.period.end) return { period: whole.period, spans: [[from + at + d.at, from + at + d.end], [from + yearAt, from + yearAt + 4]] };
    }
    at += Math.max(1, d.end);
  }
  return null;
}
/** the rest of a line that is blank, then a line ending in a year alone (not a day's: no month or digit before it) */
const YEAR_BELOW = /^[ \t]*\n((?:[^\n]*\s)?)((?:19|20)\d{2})(?=[ \t]*(?:\n|$))/;

export interface Masthead {
  symbol: string | null;
  /** the date on the Distr. line, beside the symbol, or on a line of its own */
  date: IsoDate | null;
  /** true when the text has a UN masthead (a symbol or a Distr. line) */
  official: boolean;
  /** true when it has a Distr. line (a web page may cite symbols, never a Distr. line) */
  distr: boolean;
  /** the header without its masthead furniture, one string (names broken across lines rejoined) */
  text: string;
}

/**
 * Reads the masthead of a document from its first lines, however a PDF extraction laid
 * the columns out: the symbol at the top (after "United Nations" or not), the date on
 * the "Distr.: General 17 February 2010" line or the line after "Distr. générale".
 */
export function readMasthead(lines: string[], lang: Lang, find: Find): Masthead {
  // (a symbol the extraction broke after its first part: "CTOC" / "/COP/WG.3/2020/2")
  const header = lines.flatMap((l, i) => (/^\s*\/[A-Z]/.test(l) && /^\s*[A-Z]{1,6}\s*$/.test(lines[i - 1] ?? '') ? [] : /^\s*[A-Z]{1,6}\s*$/.test(l) && /^\s*\/[A-Z]/.test(lines[i + 1] ?? '') ? [`${l.trim()}${(lines[i + 1] ?? '').trim()}`] : [l]));
  const top = header.slice(0, 15).join('\n');
  // (a symbol with no year, ending one of the first lines, or its right column: "United Nations    A/AC.291/21")
  const symbol = SYMBOL_ANY.exec(top)?.[0] ?? header.slice(0, 3).map((l) => SERIES_SYMBOL.exec(l.trim())?.[0].replace(/^(?:United Nations|Nations Unies)?\s*/, '')).find(Boolean) ?? null;
  const joined = header.join('\n');
  let date: IsoDate | null = null;
  const distr = DISTR.exec(joined);
  // the symbol may stand between "Distr. générale" and its date (older mastheads): "…/2005/8" is no date
  const unsymbolled = joined.replace(new RegExp(SYMBOL_ANY.source, 'g'), (x) => ' '.repeat(x.length));
  const distrDay = distr ? dayAfterDistr(unsymbolled, distr.index + distr[0].length, lang, find) : null;
  if (distrDay) date = distrDay.period.start;
  // (the date right after the symbol; a page's running head may repeat the symbol above the masthead: each place it stands)
  for (let from = symbol ? joined.indexOf(symbol) : -1, guard = 0; !date && symbol && from >= 0 && guard < 5; from = joined.indexOf(symbol, from + 1), guard++) {
    const at = from + symbol.length;
    const after = firstDay(joined.slice(at, at + 40), lang, '2000-01-01', find);
    if (after && after.at < 8) date = after.period.start;
  }
  if (!date) {
    const line = header.find((l) => /^\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}$/u.test(l));
    if (line) date = firstDay(line, lang, '2000-01-01', find)?.period.start ?? null;
  }
  // (an extract whose Distr. line was lost: the date just before "Original: English", "13 September 2010 Original: English Fifth session …")
  if (!date) {
    const m = /(?:^|\s)(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})\s+Original\s*:/u.exec(header.slice(0, 15).join('\n'));
    const day = m ? firstDay(m[1] ?? '', lang, '2000-01-01', find) : null;
    if (day && !day.yearless && day.period.start === day.period.end) date = day.period.start;
  }
  // (a paper with no Distr. line, "…/CRP.2": its date in the right column, run onto a line of the body's name, "Transnational Organized Crime 5 October 2020")
  let columnDate: { line: number; at: number } | null = null;
  // (a masthead's: its symbol at the very top; a web page's "Posted 20 May 2025" is no masthead)
  if (!date && !distr && symbol && header.slice(0, 3).some((l) => l.includes(symbol))) {
    for (const [k, l] of header.slice(0, 8).entries()) {
      // (the language line of the same column may follow it: "5 October 2020 English only")
      const bare = l.replace(/\s+(?:English|French|Français|Anglais|Spanish|Espagnol)(?:\s+(?:and|et)\s+\p{L}+)?(?:\s+(?:only|seulement))?$/u, '');
      const m = COLUMN_DATE.exec(bare) ?? /^()(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})$/u.exec(bare);
      const day = m ? firstDay(m[2] ?? '', lang, '2000-01-01', find) : null;
      if (!m || !day || day.yearless || day.period.start !== day.period.end || PREPOSITION_BEFORE.test(m[1] ?? '')) continue;
      date = day.period.start;
      columnDate = { line: k, at: (m.index ?? 0) + (m[1]?.length ?? 0) };
      break;
    }
  }
  // the rest of the header, with the masthead's furniture cut out of it
  let text = columnDate ? header.map((l, k) => (k === columnDate?.line ? l.slice(0, columnDate.at) : l)).join('\n') : joined;
  if (distr) {
    // cut the Distr. words and their date, not what another column put between them
    const from = distr.index + distr[0].length;
    const blank = (a: number, b: number) => `${text.slice(0, a)}${' '.repeat(b - a)}${text.slice(b)}`;
    for (const [a, b] of distrDay?.spans ?? []) text = blank(a, b);
    text = blank(distr.index, from);
  }
  if (symbol) text = text.replace(symbol, ' ');
  text = text
    .split('\n')
    .map((l) => FURNITURE.reduce((s, re) => s.replace(re, ' '), l).trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s{2,}/g, ' ');
  return { symbol, date, official: Boolean(symbol || distr), distr: Boolean(distr), text };
}

/**
 * What a document is: from its symbol's suffix (…/CRP.5, …/L.1) first, then from the
 * title phrases of the vocabulary (capitalised as titles are, so "item 3 of the
 * provisional agenda" is not an agenda).
 */
export function documentKindOf(symbol: string | null, header: string, v: Vocabulary): { kind: DocumentKind; at: number } | null {
  if (symbol && /\/CRP\.\d+/.test(symbol)) return { kind: 'conference-room-paper', at: -1 };
  if (symbol && /\/L\.\d+/.test(symbol)) return { kind: 'draft-report', at: -1 };
  let best: { kind: DocumentKind; at: number } | null = null;
  for (const lang of ['en', 'fr'] as const) {
    for (const { kind, phrases } of v.ingest.documentKinds[lang]) {
      for (const phrase of phrases) {
        const re = new RegExp(`(?<![\\p{L}])${accentInsensitive(phrase)}(?![\\p{L}])`, 'giu');
        for (let m = re.exec(header); m; m = re.exec(header)) {
          // a title starts with a capital: "Provisional agenda", not "item 3 of the provisional agenda"
          if (m[0].charAt(0) !== m[0].charAt(0).toUpperCase()) continue;
          if (!best || m.index < best.at) best = { kind, at: m.index };
          break;
        }
      }
    }
  }
  return best;
}

/** "last met in Vienna in October 2018, on 9 and 10 October": a day whose year is not stated, in a sentence that states only other years, is not read with the reference day's year */
export function yearInDoubt(day: { period: { start: string }; yearless?: boolean }, sentence: string): boolean {
  if (!day.yearless) return false;
  const years = [...sentence.matchAll(/(?<![\d/])((?:19|20)\d\d)(?![\d/])/g)].map((m) => m[1]);
  return years.length > 0 && !years.includes(day.period.start.slice(0, 4));
}
