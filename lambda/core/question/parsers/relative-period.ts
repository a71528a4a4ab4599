import type { Parser } from 'chrono-node';
import type { Vocabulary } from '../../model';
import { accentInsensitive, fold } from '../normalize';

type Entry = Vocabulary['relativePeriods']['en'][number];

/**
 * "last year", "next month", "cette année", "la semaine dernière", "today": whole calendar units
 * relative to now. chrono reads these as a single instant; we need the whole unit.
 */
export function createRelativePeriodParser(entries: Entry[]): Parser {
  const byPhrase = new Map(entries.map((e) => [fold(e.phrase).replace(/’/g, "'"), e]));
  const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
  // an empty alternation would match the empty string, and chrono loops forever on that
  if (entries.length === 0) return { pattern: () => /(?!)/, extract: () => null };
  const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${sorted.map((e) => accentInsensitive(e.phrase)).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  // cheap pre-check on the phrases' last words (year, mois, today …) before the long alternation
  const lastWords = [...new Set(entries.map((e) => fold(e.phrase).split(/[\s']+/).pop() ?? '').filter(Boolean))];
  const CUE = new RegExp(lastWords.map(accentInsensitive).join('|'), 'i');
  const NEVER = /(?!)/;
  return {
    pattern: (context) => (CUE.test(context.text) ? PATTERN : NEVER),
    extract(context, match) {
      const entry = byPhrase.get(fold(match[1] ?? '').replace(/’/g, "'").replace(/\s+/g, ' '));
      if (!entry) return null;
      const ref = context.refDate;
      const y = ref.getFullYear();
      const m = ref.getMonth() + 1;
      if (entry.unit === 'year') {
        return context.createParsingComponents({ year: y + entry.offset }).imply('month', 1).imply('day', 1).addTag('ctoc/year');
      }
      if (entry.unit === 'month') {
        const t = new Date(y, m - 1 + entry.offset, 1, 12);
        return context
          .createParsingComponents({ year: t.getFullYear(), month: t.getMonth() + 1 })
          .imply('day', 1)
          .addTag('ctoc/month');
      }
      const t = new Date(y, m - 1, ref.getDate() + (entry.unit === 'week' ? 7 : 1) * entry.offset, 12);
      const c = context.createParsingComponents({ year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate() });
      return entry.unit === 'week' ? c.addTag('ctoc/week') : c;
    },
  };
}
