import type { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { type IsoDate, isoOf, partsOf } from '../../dates';

/** Tag of results that carry an exact day range (rolling windows, seasons, parts of a month ...). */
export const RANGE_TAG = 'ctoc/range';
/** Tags of ranges open at one end: "after June 2024", "before 2023". */
export const OPEN_START_TAG = 'ctoc/open-start';
export const OPEN_END_TAG = 'ctoc/open-end';
/** A range the asker meant in months (a quarter, a season): phrased as months. */
export const MONTHS_TAG = 'ctoc/months';

/** Today, as chrono's reference date (set to noon of the asker's day). */
export function refIso(context: { refDate: Date }): IsoDate {
  const r = context.refDate;
  return isoOf(r.getFullYear(), r.getMonth() + 1, r.getDate());
}

export function dayComponents(context: ParsingContext, iso: IsoDate): ParsingComponents {
  const { y, m, d } = partsOf(iso);
  return context.createParsingComponents({ year: y, month: m, day: d });
}

/** A result covering exactly [start, end]. */
export function rangeResult(context: ParsingContext, index: number, text: string, start: IsoDate, end: IsoDate, tags: string[] = []): ParsingResult {
  const r = context.createParsingResult(index, text, dayComponents(context, start), dayComponents(context, end));
  r.addTag(RANGE_TAG);
  for (const t of tags) r.addTag(t);
  return r;
}

/** Replaces a result's dates by [start, end] in place, keeping its text (refiners). */
export function setRange(context: ParsingContext, r: ParsingResult, start: IsoDate, end: IsoDate, tags: string[] = []): void {
  r.start = dayComponents(context, start);
  r.end = dayComponents(context, end);
  r.start.addTag(RANGE_TAG);
  for (const t of tags) r.start.addTag(t);
}

/** A number as digits or as a word of the vocabulary ("3", "three", "trois", "a few"). */
export function readNumber(word: string, numbers: Record<string, number>): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return numbers[word] ?? null;
}

const YEAR_IN_TEXT = /(?<![\p{L}\p{N}/.])((?:19|20)\d{2})(?![\p{L}\p{N}/])/gu;

/**
 * The one year written in the question, if there is exactly one ("held in 2024 after
 * june", "summer meetings 2024"): a month or season with no year of its own takes it.
 */
export function yearNamedIn(text: string): number | null {
  let found: number | null = null;
  for (const m of text.matchAll(YEAR_IN_TEXT)) {
    const y = Number(m[1]);
    if (found !== null && found !== y) return null;
    found = y;
  }
  return found;
}
