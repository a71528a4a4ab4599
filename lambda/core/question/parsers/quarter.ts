import type { Parser } from 'chrono-node';
import { isoOf, monthPeriod } from '../../dates';
import type { Vocabulary } from '../../model';
import { accentInsensitive, fold } from '../normalize';
import { MONTHS_TAG, rangeResult } from './components';

/**
 * "Q3 2023", "H2 2023", "T2 2024", "the third quarter", "second half of 2023", "au
 * deuxième trimestre", "le second semestre 2024": consecutive months of a year (the
 * current year when none is given).
 */
export function createQuarterParser(q: Vocabulary['quarters']['en'], ordinals: Record<string, number>): Parser {
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|');
  const letters = alt(Object.keys(q.letters));
  const words = alt(Object.keys(q.words));
  const ords = alt(Object.keys(ordinals));
  const year = `(?:\\s*[-/]?\\s*|\\s+(?:of\\s+|de\\s+|d'|in\\s+|en\\s+)?(?:the\\s+year\\s+|l'ann[ée]e\\s+)?)((?:19|20)\\d{2})`;
  const PATTERN = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${letters})\\s?([1-4])|(\\d)(?:st|nd|rd|th|e|er|re|ème|eme)?\\s+(${words})|(${ords})\\s+(${words}))(?:${year})?(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const letterMonths = new Map(Object.entries(q.letters).map(([k, n]) => [fold(k), n]));
  const wordMonths = new Map(Object.entries(q.words).map(([k, n]) => [fold(k), n]));
  const ordinalOf = new Map(Object.entries(ordinals).map(([k, n]) => [fold(k), n]));
  return {
    pattern: () => PATTERN,
    extract(context, match) {
      const size = match[1] ? letterMonths.get(fold(match[1])) : wordMonths.get(fold(match[4] ?? match[6] ?? ''));
      const index = match[2] ? Number(match[2]) : match[3] ? Number(match[3]) : (ordinalOf.get(fold(match[5] ?? '')) ?? 0);
      if (!size || index < 1 || index > 12 / size) return null;
      // "Q3" alone with no year is fine; a lone letter-number with a year attached by a dash is too
      const y = match[7] ? Number(match[7]) : context.refDate.getFullYear();
      const first = (index - 1) * size + 1;
      const start = isoOf(y, first, 1);
      const end = monthPeriod(y, first + size - 1).end;
      return rangeResult(context, match.index ?? 0, match[0], start, end, [MONTHS_TAG]);
    },
  };
}
