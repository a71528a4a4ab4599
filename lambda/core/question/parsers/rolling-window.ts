import type { Parser } from 'chrono-node';
import { addDays, addMonths, dayPeriod, monthPeriod, partsOf, weekPeriod, yearPeriod } from '../../dates';
import type { Vocabulary } from '../../model';
import { accentInsensitive, fold } from '../normalize';
import { rangeResult, readNumber, refIso } from './components';

type Rolling = Vocabulary['rolling']['en'];

/**
 * "in the past 8 weeks", "over the last 2 years", "the next few months", "les 4 derniers
 * mois", "au cours des 2 prochaines semaines": a window of N units that ends today (past)
 * or starts today (future). With no number, only the "bare" words ("the past year") make
 * a one-unit window: "last year" stays the calendar year.
 */
export function createRollingWindowParser(rolling: Rolling, numbers: Record<string, number>): Parser {
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|');
  const dir = alt([...rolling.past, ...rolling.future]);
  const num = `\\d{1,3}|${alt(Object.keys(numbers))}`;
  const unit = alt(Object.keys(rolling.units));
  // direction before the number ("the next 3 weeks") or after it ("les 4 derniers mois")
  const ahead = alt(rolling.ahead);
  // "2 weeks from now": the same whole unit as "in 2 weeks"
  const after = alt(rolling.aheadAfter ?? []);
  // (the groups stay when the vocabulary has no such words: the match's indexes must not move)
  const fromNow = `|(${num})\\s+(${unit})\\s+(?:${after || '(?!)'})`;
  const PATTERN = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${ahead})\\s+(${num})\\s+(${unit})(?!\\s+(?:${dir}))${fromNow}|(${dir})\\s+(?:(${num})\\s+)?(${unit})|(${num})\\s+(${dir})\\s+(${unit})|(${num})\\s+(${unit})\\s+(${dir}))(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const past = new Set(rolling.past.map(fold));
  const bare = new Set(rolling.bare.map(fold));
  const units = new Map(Object.entries(rolling.units).map(([k, u]) => [fold(k), u]));
  const nums = Object.fromEntries(Object.entries(numbers).map(([k, n]) => [fold(k).replace(/\s+/g, ' '), n]));
  // cheap pre-check: a unit word must be there ("weeks", "mois") before the long alternation runs
  const CUE = new RegExp(`(?<![\\p{L}])(?:${unit})(?![\\p{L}])`, 'iu');
  const NEVER = /^(?!)/;
  return {
    pattern: (context) => (CUE.test(context.text) ? PATTERN : NEVER),
    extract(context, match) {
      const [, word, nAhead, uAhead, nAfter, uAfter, d1, n1, u1, n2, d2, u2, n3, u3, d3] = match;
      const aheadWord = word ?? (nAfter ? 'after' : undefined);
      const aheadN = nAhead ?? nAfter;
      const aheadUnit = uAhead ?? uAfter;
      const now = refIso(context);
      if (aheadWord) {
        // "in 2 weeks": the week two weeks from now (a whole unit, like "next week")
        const n = readNumber(fold(aheadN ?? '').replace(/\s+/g, ' '), nums);
        const u = units.get(fold(aheadUnit ?? ''));
        if (n === null || !u || n > 400) return null;
        const at = u === 'day' ? dayPeriod(addDays(now, n)) : u === 'week' ? weekPeriod(addDays(now, 7 * n)) : u === 'month' ? monthPeriod(partsOf(now).y, partsOf(now).m + n) : yearPeriod(partsOf(now).y + n);
        return rangeResult(context, match.index ?? 0, match[0], at.start, at.end);
      }
      const d = fold(d1 ?? d2 ?? d3 ?? '');
      const rawN = n1 ?? n2 ?? n3;
      const unitWord = u1 ?? u2 ?? u3 ?? '';
      const u = units.get(fold(unitWord));
      if (!u) return null;
      // "the last week of May" is a week of May, not a window
      if (/^\s+(?:of|de|d['’])/i.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
      let n = rawN ? readNumber(fold(rawN).replace(/\s+/g, ' '), nums) : null;
      if (n === null) {
        if (!bare.has(d)) return null;
        // "the coming weeks", "les prochaines semaines": a few of them; "the past year": one
        n = /s$/i.test(unitWord) && !/^(?:mois|ans)$/i.test(unitWord) ? (nums.few ?? nums.quelques ?? 3) : 1;
      }
      if (n < 1 || n > 400) return null;
      const shift = (sign: number) =>
        u === 'day' ? addDays(now, sign * n) : u === 'week' ? addDays(now, sign * 7 * n) : addMonths(now, sign * n * (u === 'year' ? 12 : 1));
      const [start, end] = past.has(d) ? [shift(-1), now] : [now, shift(1)];
      return rangeResult(context, match.index ?? 0, match[0], start, end);
    },
  };
}
