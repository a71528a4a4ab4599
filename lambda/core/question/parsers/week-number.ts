import type { Parser } from 'chrono-node';
import { addDays, isoOf, weekPeriod } from '../../dates';
import { accentInsensitive } from '../normalize';
import { rangeResult } from './components';

/**
 * "ISO week 42 of 2024", "week 42", "semaine 42 de 2024", "S42": a numbered ISO week
 * (Monday to Sunday; week 1 holds 4 January), of the year given or the current one.
 */
export function createWeekNumberParser(words: string[]): Parser {
  if (words.length === 0) return { pattern: () => /(?!)/, extract: () => null };
  const alt = [...words].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|');
  const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:iso\\s+)?(?:${alt})\\.?\\s*(\\d{1,2})(?:,?\\s+(?:of|in|de|en)?\\s*((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`, 'iu');
  // cheap pre-check: a week word right before a number
  const CUE = new RegExp(`(?:${alt})\\.?\\s*\\d`, 'i');
  const NEVER = /(?!)/;
  return {
    pattern: (context) => (CUE.test(context.text) ? PATTERN : NEVER),
    extract(context, match) {
      const n = Number(match[1]);
      const y = match[2] ? Number(match[2]) : context.refDate.getFullYear();
      if (n < 1 || n > 53) return null;
      const first = weekPeriod(isoOf(y, 1, 4)).start;
      const { start, end } = weekPeriod(addDays(first, 7 * (n - 1)));
      // week 53 exists only in some years
      if (n === 53 && weekPeriod(isoOf(y, 12, 28)).start < start) return null;
      return rangeResult(context, match.index ?? 0, match[0], start, end);
    },
  };
}
