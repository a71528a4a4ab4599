import type { Parser } from 'chrono-node';
import { isoOf, monthPeriod } from '../../dates';
import type { Vocabulary } from '../../model';
import { accentInsensitive, fold } from '../normalize';
import { MONTHS_TAG, rangeResult } from './components';
import { yearExpression } from './year-expression';

const OF_WHAT = /^\s+(?:of|de|du|d['’])/i;

/**
 * "Q3 2023", "H2 2023", "T2 2024", "the third quarter", "second half of 2023", "au
 * deuxième trimestre", "le second semestre 2024": consecutive months of a year (the
 * current year when none is given).
 */
export function createQuarterParser(q: Vocabulary['quarters']['en'], ordinals: Record<string, number>, relative: Vocabulary['relativePeriods']['en']): Parser {
  const yearExp = yearExpression(relative);
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|');
  const letters = alt(Object.keys(q.letters));
  const words = alt(Object.keys(q.words));
  const ords = alt(Object.keys(ordinals));
  // "2024 H1": a year may come first
  const PATTERN = new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:((?:19|20)\\d{2})\\s+)?(?:(${letters})([1-4])|(\\d)(?:st|nd|rd|th|e|er|re|ème|eme)?\\s+(${words})|(${ords})\\s+(${words}))(?:${yearExp.source})?(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const letterMonths = new Map(Object.entries(q.letters).map(([k, n]) => [fold(k), n]));
  const wordMonths = new Map(Object.entries(q.words).map(([k, n]) => [fold(k), n]));
  const ordinalOf = new Map(Object.entries(ordinals).map(([k, n]) => [fold(k), n]));
  // cheap pre-check: a quarter letter before a digit, or a quarter word
  const CUE = new RegExp(`(?:${letters})[1-4]|${words}`, 'iu');
  const NEVER = /^(?!)/;
  return {
    pattern: (context) => (CUE.test(context.text) ? PATTERN : NEVER),
    extract(context, match) {
      const [, before, letter, digit, number, unit, ordinal, unit2, after] = match;
      const size = letter ? letterMonths.get(fold(letter)) : wordMonths.get(fold(unit ?? unit2 ?? ''));
      const index = digit ? Number(digit) : number ? Number(number) : (ordinalOf.get(fold(ordinal ?? '')) ?? 0);
      if (!size || index < 1 || index > 12 / size) return null;
      // "the first half of May": a half of what follows, not of a year (the prefix refiner reads it)
      if (!before && !after && OF_WHAT.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
      // "Q3" alone with no year is fine; a lone letter-number with a year attached by a dash is too
      const y = (before ? Number(before) : null) ?? yearExp.resolve(after, context.refDate.getFullYear()) ?? context.refDate.getFullYear();
      const first = (index - 1) * size + 1;
      const start = isoOf(y, first, 1);
      const end = monthPeriod(y, first + size - 1).end;
      return rangeResult(context, match.index ?? 0, match[0], start, end, [MONTHS_TAG]);
    },
  };
}
