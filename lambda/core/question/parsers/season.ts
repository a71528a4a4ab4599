import type { Parser } from 'chrono-node';
import { isoOf, monthPeriod } from '../../dates';
import type { Vocabulary } from '../../model';
import { accentInsensitive, fold } from '../normalize';
import { MONTHS_TAG, rangeResult, refIso } from './components';
import { yearExpression } from './year-expression';

/**
 * "autumn 2023", "in the fall", "cet hiver", "au printemps", "l'été dernier": three months
 * of the northern hemisphere (spring March–May, summer June–August, autumn
 * September–November, winter December–February, winter Y starting in December Y).
 * With no year: "this"/bare is the season of the current year (the winter in progress
 * in January), "last" the latest one over, "next" the next one to start. A season with
 * no year must follow one of the vocabulary's words, so "a été créé" is not summer.
 */
export function createSeasonParser(s: Vocabulary['seasons']['en'], relative: Vocabulary['relativePeriods']['en']): Parser {
  const yearExp = yearExpression(relative);
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|');
  const names = alt(Object.keys(s.names));
  const rel = alt([...s.last, ...s.next]);
  const PATTERN = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${rel})\\s+)?(${names})(?:\\s+(${rel}))?(?:${yearExp.source}(?:-(?:\\d{2}|\\d{4}))?)?(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const first = new Map(Object.entries(s.names).map(([k, n]) => [fold(k), n]));
  const before = new Set(s.before.map((w) => fold(w).replace(/'$/, '')));
  const last = new Set(s.last.map(fold));
  const next = new Set(s.next.map(fold));
  return {
    pattern: () => PATTERN,
    extract(context, match) {
      const m = first.get(fold(match[2] ?? ''));
      if (!m) return null;
      const relWord = fold(match[1] ?? match[3] ?? '');
      if (!match[4] && !relWord) {
        const prev = fold(context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0)).trimEnd();
        const word = prev.split(/[\s'-]+/).pop() ?? '';
        if (!before.has(word) && !/['’]$/.test(prev)) return null;
      }
      const now = refIso(context);
      const season = (y: number) => ({ start: isoOf(y, m, 1), end: monthPeriod(y, m + 2).end });
      let y: number;
      const given = yearExp.resolve(match[4], context.refDate.getFullYear());
      if (given !== null) y = given;
      else {
        const cy = context.refDate.getFullYear();
        // the winter in progress in January and February began the year before
        y = m === 12 && context.refDate.getMonth() < 2 ? cy - 1 : cy;
        if (last.has(relWord)) while (season(y).end >= now) y--;
        else if (next.has(relWord)) while (season(y).start <= now) y++;
      }
      const { start, end } = season(y);
      return rangeResult(context, match.index ?? 0, match[0], start, end, [MONTHS_TAG]);
    },
  };
}
