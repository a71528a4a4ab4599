import type { Parser } from 'chrono-node';
import { isoOf, monthPeriod } from '../../dates';
import type { Vocabulary } from '../../model';
import { accentInsensitive, fold } from '../normalize';
import { MONTHS_TAG, rangeResult, refIso, yearNamedIn } from './components';
import { yearExpression } from './year-expression';

/**
 * "autumn 2023", "in the fall", "cet hiver", "au printemps", "l'été dernier": three months
 * of the northern hemisphere (spring March–May, summer June–August, autumn
 * September–November, winter December–February, winter Y starting in December Y).
 * With no year: "this" is the season of the current year (the winter in progress in
 * January), "last" the latest one over, "next" the next one to start, and a bare season
 * ("in the autumn") the nearest one — in progress, or whichever of the last and the next
 * is closer to today. A season with
 * no year must follow one of the vocabulary's words, so "a été créé" is not summer.
 */
export function createSeasonParser(s: Vocabulary['seasons']['en'], relative: Vocabulary['relativePeriods']['en']): Parser {
  const yearExp = yearExpression(relative, { bareTwoDigits: true });
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|');
  const names = alt(Object.keys(s.names));
  const rel = alt([...s.last, ...s.next]);
  const PATTERN = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${rel})\\s+)?(${names})(?:\\s+(${rel}))?(?:${yearExp.source}(?:[-/](?:\\d{2}|\\d{4}))?)?(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const first = new Map(Object.entries(s.names).map(([k, n]) => [fold(k), n]));
  const before = new Set(s.before.map((w) => fold(w).replace(/'$/, '')));
  const last = new Set(s.last.map(fold));
  const next = new Set(s.next.map(fold));
  const thisWords = new Set(s.this.map(fold));
  const tenseRe = (ws: string[]) => new RegExp(`(?<![\\p{L}])(?:${ws.map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');
  const PAST = tenseRe(s.past);
  const FUTURE = tenseRe(s.future);
  // cheap pre-check: a season's name
  const CUE = new RegExp(names, 'iu');
  const NEVER = /^(?!)/;
  return {
    pattern: (context) => (CUE.test(context.text) ? PATTERN : NEVER),
    extract(context, match) {
      const m = first.get(fold(match[2] ?? ''));
      if (!m) return null;
      const relWord = fold(match[1] ?? match[3] ?? '');
      // "summer meetings 2024": a year elsewhere in the question is the season's
      const elsewhere = match[4] || relWord ? null : yearNamedIn(context.text);
      if (!match[4] && !relWord) {
        const prev = fold(context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0)).trimEnd();
        const word = prev.split(/[\s'-]+/).pop() ?? '';
        // "summer meetings 2024" starts with it; "a été créé en 2010" is no season
        if (!before.has(word) && !/['’]$/.test(prev) && (prev !== '' || elsewhere === null)) return null;
      }
      const now = refIso(context);
      const season = (y: number) => ({ start: isoOf(y, m, 1), end: monthPeriod(y, m + 2).end });
      let y: number;
      const given = yearExp.resolve(match[4], context.refDate.getFullYear()) ?? elsewhere;
      if (given !== null) y = given;
      else {
        const cy = context.refDate.getFullYear();
        // the winter in progress in January and February began the year before
        y = m === 12 && context.refDate.getMonth() < 2 ? cy - 1 : cy;
        if (last.has(relWord)) while (season(y).end >= now) y--;
        else if (next.has(relWord)) while (season(y).start <= now) y++;
        else if (!thisWords.has(prevWord(context.text, match.index ?? 0))) {
          const text = fold(context.text);
          const tense = FUTURE.test(text) ? 'future' : PAST.test(text) ? 'past' : null;
          y = nearest(season, now, y, tense);
        }
      }
      const { start, end } = season(y);
      return rangeResult(context, match.index ?? 0, match[0], start, end, [MONTHS_TAG]);
    },
  };
}

function prevWord(text: string, index: number): string {
  return fold(text.slice(Math.max(0, index - 12), index)).trimEnd().split(/[\s'-]+/).pop() ?? '';
}

/** The season in progress, else the closer of the last one over and the next one to come. */
function nearest(season: (y: number) => { start: string; end: string }, now: string, y: number, tense: 'past' | 'future' | null): number {
  let past = y;
  while (season(past).end >= now && season(past).start > now) past--;
  if (season(past).start <= now && season(past).end >= now) return past;
  let future = past + 1;
  while (season(future).start <= now) future++;
  if (tense) return tense === 'past' ? past : future;
  const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b));
  return days(now, season(past).end) <= days(season(future).start, now) ? past : future;
}
