import type { Parser } from 'chrono-node';
import { accentInsensitive, fold } from '../normalize';

/** "juin 2024", "en octobre 2023", "en mars": a whole month. chrono's French locale has no parser for it. */
export function createMonthYearParser(months: Record<string, number>): Parser {
  const monthAlt = Object.keys(months)
    .sort((a, b) => b.length - a.length)
    .map(accentInsensitive)
    .join('|');
  const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${monthAlt})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, 'iu');
  return {
    pattern: () => PATTERN,
    extract(context, match) {
      const month = months[fold(match[1] ?? '')];
      if (!month) return null;
      const c = context.createParsingComponents({ month }).imply('day', 1).addTag('ctoc/month');
      if (match[2]) c.assign('year', Number(match[2]));
      else c.imply('year', context.refDate.getFullYear());
      return c;
    },
  };
}
