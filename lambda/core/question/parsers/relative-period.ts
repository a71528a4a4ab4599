import type { Parser } from 'chrono-node';
import type { Vocabulary } from '../../model';
import { type Period, dayPeriod, monthPeriod, weekPeriod, yearPeriod } from '../../dates';
import { accentInsensitive, fold } from '../normalize';
import { MONTHS_TAG, rangeResult, refIso } from './components';

type Entry = Vocabulary['relativePeriods']['en'][number];

/**
 * "last year", "next month", "cette année", "la semaine dernière", "today": whole calendar units
 * relative to now. chrono reads these as a single instant; we need the whole unit.
 */
export function createRelativePeriodParser(listed: Entry[], articles: string[] = []): Parser {
  // "semaine prochaine", "year before last": the phrase without its article, when two words or more remain
  const ARTICLE = new RegExp(`^(?:${articles.map((a) => fold(a)).join('|')})(?:\\s+|['’])(?=\\S+\\s+\\S)`, 'i');
  const bare = articles.length ? listed.filter((e) => ARTICLE.test(fold(e.phrase))).map((e) => ({ ...e, phrase: fold(e.phrase).replace(ARTICLE, '') })) : [];
  const entries = [...listed, ...bare.filter((b) => !listed.some((e) => fold(e.phrase) === b.phrase))];
  const byPhrase = new Map(entries.map((e) => [fold(e.phrase).replace(/’/g, "'"), e]));
  const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
  // an empty alternation would match the empty string, and chrono loops forever on that
  if (entries.length === 0) return { pattern: () => /^(?!)/, extract: () => null };
  const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${sorted.map((e) => accentInsensitive(e.phrase)).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  // cheap pre-check on the phrases' last words (year, mois, today …) before the long alternation
  const lastWords = [...new Set(entries.map((e) => fold(e.phrase).split(/[\s']+/).pop() ?? '').filter(Boolean))];
  const CUE = new RegExp(`(?<![\\p{L}])(?:${lastWords.map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const NEVER = /^(?!)/;
  return {
    pattern: (context) => (CUE.test(context.text) ? PATTERN : NEVER),
    extract(context, match) {
      const entry = byPhrase.get(fold(match[1] ?? '').replace(/’/g, "'").replace(/\s+/g, ' '));
      if (!entry) return null;
      const ref = context.refDate;
      if (entry.clip) return clipped(context, entry, match.index ?? 0, match[0]);
      const y = ref.getFullYear();
      const m = ref.getMonth() + 1;
      if (entry.unit === 'quarter' || entry.unit === 'half') {
        const size = entry.unit === 'quarter' ? 3 : 6;
        const first = Math.floor((m - 1) / size) * size + 1 + entry.offset * size;
        const start = monthPeriod(y, first).start;
        return rangeResult(context, match.index ?? 0, match[0], start, monthPeriod(y, first + size - 1).end, [MONTHS_TAG]);
      }
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

/** "so far this year" (the unit's start to today), "later this year" (today to its end). */
function clipped(context: Parameters<Parser['extract']>[0], entry: Entry, index: number, text: string) {
  const now = refIso(context);
  const y = context.refDate.getFullYear();
  const m = context.refDate.getMonth() + 1;
  const unit: Period =
    entry.unit === 'year' ? yearPeriod(y + entry.offset) : entry.unit === 'month' ? monthPeriod(y, m + entry.offset) : entry.unit === 'week' ? weekPeriod(now) : entry.unit === 'day' ? dayPeriod(now) : yearPeriod(y);
  const [start, end] = entry.clip === 'to-now' ? [unit.start, now] : [now, unit.end];
  return rangeResult(context, index, text, start, end);
}
