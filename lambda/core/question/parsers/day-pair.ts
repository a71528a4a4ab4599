import type { Parser } from 'chrono-node';
import { accentInsensitive, fold } from '../normalize';

/**
 * "8 and 9 July 2024", "les 2 et 3 octobre 2023": two days of one month. chrono keeps
 * only the second day (and in French reads "2 et" as a time).
 */
export function createDayPairParser(months: Record<string, number>, joins: string[]): Parser {
  const monthAlt = Object.keys(months)
    .sort((a, b) => b.length - a.length)
    .map(accentInsensitive)
    .join('|');
  const joinAlt = joins.map(accentInsensitive).join('|');
  const PATTERN = new RegExp(
    `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er|st|nd|rd|th)?\\s*(?:${joinAlt})\\s*(?:le\\s+|the\\s+)?(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?(${monthAlt})\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
    'iu',
  );
  // cheap pre-check: most texts have no "<digit> and <digit>" at all
  const CUE = new RegExp(`\\d\\s*(?:er|st|nd|rd|th)?\\s*(?:${joinAlt})\\s*(?:le\\s+|the\\s+)?\\d`, 'i');
  const NEVER = /^(?!)/;
  return {
    pattern: (context) => (CUE.test(context.text) ? PATTERN : NEVER),
    extract(context, match) {
      const d1 = Number(match[1]);
      const d2 = Number(match[2]);
      const month = months[fold(match[3] ?? '')];
      if (!month || d1 < 1 || d2 > 31 || d1 >= d2) return null;
      const known: Record<string, number> = { month };
      if (match[4]) known.year = Number(match[4]);
      const start = context.createParsingComponents({ ...known, day: d1 });
      const end = context.createParsingComponents({ ...known, day: d2 });
      if (!match[4]) {
        start.imply('year', context.refDate.getFullYear());
        end.imply('year', context.refDate.getFullYear());
      }
      return context.createParsingResult(match.index ?? 0, match[0], start, end);
    },
  };
}
