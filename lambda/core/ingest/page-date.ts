import type { IsoDate } from '../dates';
import type { Lang } from '../model';
import { accentInsensitive } from '../question/normalize';
import type { FoundPeriod } from '../question/periods';
import { firstDay } from './masthead';

/**
 * A web page's own date: a line near its top that starts with a word of posting
 * (`ingest.postedWords`: "Posted", "Published on", "Publié le") and goes on with one day
 * stating its year ("Posted 3 March 2031"), or a line of a page's fields parted by bars
 * one of which is only such a day ("News | 3 March 2031", "Actualités | 3 mars 2031"), or
 * a bulleted line that is only such a day ("• 3 March 2031"), or one of its first three
 * lines that is only one ("November 11, 2018").
 * A page states its meetings as of that day, as a document does as of its Distr. date.
 * A "last updated" line is no posting date.
 */
export function postedDate(text: string, words: string[], lang: Lang, find: (text: string, lang: Lang, now: IsoDate) => FoundPeriod | null): IsoDate | null {
  if (words.length === 0) return null;
  const lead = new RegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|')})(?![\\p{L}])\\s*:?\\s*`, 'iu');
  /** the day that is all of s, in the page's language, else the other's (a French page may keep an English date line) */
  const wholeDay = (line: string) => {
    // (with its weekday before it and its time after it: "mardi, 15 octobre, 2024 à 14:28", "Tuesday, 15 October 2024 - 10:30")
    // (a weekday is a word the date finder reads as a day; "Vienna, 3 February" is a letter's place)
    const weekday = /^(\p{L}+)\.?,\s*(?=\d)/u.exec(line);
    const s = (weekday && find(weekday[1] ?? '', lang, '2000-01-01')?.period.granularity === 'day' ? line.slice(weekday[0].length) : line).replace(/\s*(?:à|at|,|-|–)?\s*\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?\s*$/iu, '');
    for (const l of [lang, lang === 'en' ? 'fr' : 'en'] as const) {
      const day = firstDay(s, l, '2000-01-01', find);
      if (day && day.at === 0 && day.end === s.length && !day.yearless && day.period.start === day.period.end) return day.period.start;
    }
    return null;
  };
  // (its first lines, or the one line of its footer that is only the word and the day: "Published on 4 August 2035";
  // not "Published on 12 June 2041 – Firearms report launched", an item of a list of related news)
  const all = text.split('\n');
  const footer = all.length > 40 ? all.slice(Math.max(40, all.length - 15)).filter((l) => lead.test(l.trim()) && wholeDay(l.trim().replace(lead, '').replace(/[.\s]+$/, ''))) : [];
  for (const line of [...all.slice(0, 40), ...(footer.length === 1 ? footer : [])]) {
    const fields = line.trim().split(/\s+\|\s+/);
    const barred = fields.length > 1 ? fields.map(wholeDay).find(Boolean) : null;
    if (barred) return barred;
    // (or one of its first three lines that is only a day: "November 11, 2018")
    if (text.split('\n').filter((l) => l.trim()).slice(0, 3).includes(line) && wholeDay(line.trim())) return wholeDay(line.trim());
    // (or an item of the page's bulleted line of fields: "• News article / • 16 October 2024 / • 1 min read")
    const bullet = /^[•·▪]\s*(.+)$/u.exec(line.trim());
    const item = bullet?.[1] ? wholeDay(bullet[1].trim()) : null;
    if (item) return item;
    const m = lead.exec(line.trim());
    if (!m) continue;
    const rest = line.trim().slice(m[0].length);
    // (in the page's language, else the other: a French page may keep an English date line)
    for (const l of [lang, lang === 'en' ? 'fr' : 'en'] as const) {
      const day = firstDay(rest, l, '2000-01-01', find);
      if (day && day.at === 0 && !day.yearless && day.period.start === day.period.end) return day.period.start;
    }
  }
  return null;
}

/**
 * A letter's date (a note verbale's): a line set far to the right, of a place and one day
 * stating its year and nothing else ("                    Vienna, 16 January 2012"), where a
 * letter is signed. A text with no Distr. line states its meetings as of that day. Read on
 * the raw text, where the line's indentation still shows; a "<Place>, <dates>" line at the
 * margin is a meeting's header line, not this.
 */
export function letterDate(raw: string, lang: Lang, find: (text: string, lang: Lang, now: IsoDate) => FoundPeriod | null): IsoDate | null {
  for (const line of raw.split('\n').slice(0, 2000)) {
    const m = /^\s{20,}(\p{Lu}[\p{L}'’. -]{1,40}),\s+(\S.*?)\s*$/u.exec(line);
    if (!m) continue;
    const rest = m[2] ?? '';
    for (const l of [lang, lang === 'en' ? 'fr' : 'en'] as const) {
      const day = firstDay(rest, l, '2000-01-01', find);
      if (day && day.at === 0 && day.end === rest.length && !day.yearless && day.period.start === day.period.end) return day.period.start;
    }
  }
  return null;
}

/** "VIENNA, 14 October 2016 (UN Information Service) - Around 800 …", "Vienne, 2 octobre 2014 – La …": a news item's dateline, a place and one day before a dash that opens its first sentence */
export const DATELINE = /^\s*(\p{Lu}[\p{L}'’. -]{1,40}(?:\s*\([\p{L} ]{2,30}\))?),\s+(\d{1,2}(?:er| er)?\s+\p{L}+(?:\s+\d{4})?)\s*(?:\([^)\n]{0,60}\)\s*)?[-–—]\s+(?=\S)(?!\d)/u;

/** a dateline's day without its place, near a line's start: "2 October 2014 - The …", "Photo: UNODC2 octobre 2014 - La …" */
const DAY_DASH = /(\d{1,2}(?:er| er)?\s+\p{L}+\s+\d{4})\s*(?:\([^)\n]{0,60}\)\s*)?[-–—]\s+(?=\p{Lu})/u;

/**
 * A news item's date from its dateline (DATELINE, or a day and a dash near a line's start),
 * the first one in its first lines, when it states its year; a web page or press release
 * states its meetings as of that day.
 */
export function datelineDate(text: string, lang: Lang, find: (text: string, lang: Lang, now: IsoDate) => FoundPeriod | null): IsoDate | null {
  for (const line of text.split('\n').slice(0, 40)) {
    const dash = DAY_DASH.exec(line);
    const m = DATELINE.exec(line) ?? (dash && (dash.index ?? 0) < 30 ? [dash[0], '', dash[1]] : null);
    if (!m) continue;
    const day = firstDay(m[2] ?? '', lang, '2000-01-01', find) ?? firstDay(m[2] ?? '', lang === 'en' ? 'fr' : 'en', '2000-01-01', find);
    if (day && !day.yearless && day.period.start === day.period.end) return day.period.start;
  }
  return null;
}
