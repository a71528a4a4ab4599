import type { Parser } from 'chrono-node';
import { accentInsensitive, fold } from '../normalize';
import { yearNamedIn } from './components';

/**
 * "June 2024", "juin 2024", "en octobre 2023", "in March": a whole month. chrono's French
 * locale has no parser for it and its strict English one wants a day. A month with no
 * year must follow a preposition ("in May"), so "may I ask" is not a date.
 */
export function createMonthYearParser(months: Record<string, number>, prepositions: string[]): Parser {
  const monthAlt = Object.keys(months)
    .sort((a, b) => b.length - a.length)
    .map(accentInsensitive)
    .join('|');
  const preps = new Set(prepositions.map((p) => fold(p).replace(/'$/, '')));
  const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${monthAlt})\\.?(?:,?\\s+(\\d{4}|['’]\\d{2}))?(?![\\p{L}\\p{N}])`, 'iu');
  return {
    pattern: () => PATTERN,
    extract(context, match) {
      const month = months[fold(match[1] ?? '').replace(/\.$/, '')];
      if (!month) return null;
      if (!match[2]) {
        const before = fold(context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0)).trimEnd();
        const word = before.split(/[\s'-]+/).filter(Boolean).pop() ?? '';
        if (!preps.has(word)) return null;
      }
      const c = context.createParsingComponents({ month }).imply('day', 1).addTag('ctoc/month');
      if (match[2]) c.assign('year', /^\d{4}$/.test(match[2]) ? Number(match[2]) : 2000 + Number(match[2].slice(1)));
      // "held in 2024 after june": the year named elsewhere in the question, else this one
      else c.imply('year', yearNamedIn(context.text) ?? context.refDate.getFullYear());
      return c;
    },
  };
}
