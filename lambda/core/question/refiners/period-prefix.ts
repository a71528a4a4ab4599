import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MAX_DATE, MIN_DATE, addDays, earlierOf, laterOf, monthPeriod, partsOf, weekPeriod } from '../../dates';
import type { Vocabulary } from '../../model';
import { fold } from '../normalize';
import { MONTHS_TAG, OPEN_END_TAG, OPEN_START_TAG, RANGE_TAG, refIso, setRange } from '../parsers/components';
import { toPeriod } from '../to-period';

const LETTER = /\p{L}/u;
const NEXT_WORD = /^\s+(\p{L}+)/u;
const isLetter = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\x7f' && LETTER.test(ch));

/** The last word of a text, read backwards (a regex anchored at the end would try every start). */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && !isLetter(s.charAt(end - 1)) && !/\d/.test(s.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isLetter(s.charAt(start - 1))) start--;
  return s.slice(start, end);
}

type Action = Vocabulary['periodPrefixes']['en'][number]['action'];

/** Tag of ranges made by joining two results ("from May to September"): "from" is already read. */
export const MERGED_TAG = 'ctoc/merged';

/** Tag of a day that is the date to answer as of ("as at 4 July 2024"), not a period. */
export const AS_OF_TAG = 'ctoc/as-of';

/**
 * Words before a period that narrow it ("early May", "mi-octobre", "late 2024", "the week
 * of 5 June") or open it ("since March", "after June 2024", "jusqu'en septembre", "before
 * the end of the year", "the rest of 2024"). Runs after the range merger. Conventions:
 * early/mid/late are days 1–10/11–20/21–end of a month and January–April/May–August/
 * September–December of a year; "since X" runs from X to today (to no end if X is still
 * ahead); "until X" from today to the end of X (from no start if X is over); "before X"
 * and "after X" exclude X.
 */
export function createPeriodPrefixRefiner(prefixes: Vocabulary['periodPrefixes']['en'], articles: string[], nouns: string[] = []): Refiner {
  // "reports from 2023 meetings": a period that qualifies the noun after it opens nothing
  const nounWords = new Set(nouns.map((n) => fold(n)));
  const ARTICLE = new RegExp(`(?:^|\\s)(?:${articles.map((a) => fold(a).replace(/'$/, "'?")).join('|')})\\s*$`);
  const table = prefixes
    .map((p) => ({ phrase: fold(p.phrase).replace(/[’]/g, "'"), action: p.action }))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  // phrases under their last word: only those can end right before the period
  const byLast = new Map<string, typeof table>();
  for (const p of table) {
    const last = p.phrase.split(/[\s'-]+/).filter(Boolean).pop() ?? '';
    byLast.set(last, [...(byLast.get(last) ?? []), p]);
  }
  const articleWords = new Set(articles.map((a) => fold(a).replace(/'$/, '')));
  const find = (before: string): { phrase: string; action: Action; at: number } | null => {
    // cheap check first: the last word before the period ends a phrase, or is an article
    const last = lastWord(before);
    if (!last) return null;
    const w = fold(last);
    if (!byLast.has(w) && !articleWords.has(w)) return null;
    const folded = fold(before).replace(/[’]/g, "'").replace(/\s+$/, '');
    return findIn(folded) ?? (ARTICLE.test(folded) ? findIn(folded.replace(ARTICLE, '')) : null);
  };
  const findIn = (b: string): { phrase: string; action: Action; at: number } | null => {
    // cheap check: the last word before the period must end some phrase
    const last = b.split(/[\s'-]+/).filter(Boolean).pop() ?? '';
    const candidates = byLast.get(last);
    if (!candidates) return null;
    for (const p of candidates) {
      const t = p.phrase.replace(/[-']$/, '');
      const core = b.replace(/[-']$/, '');
      if (!core.endsWith(t)) continue;
      const at = core.length - t.length;
      if (at > 0 && /[\p{L}\p{N}]/u.test(b.charAt(at - 1))) continue;
      return { ...p, at };
    }
    return null;
  };
  return {
    refine(context, results) {
      for (const r of results) {
        for (let guard = 0; guard < 3; guard++) {
          // the longest phrase is short: look at the 40 characters before the period only
          const from = Math.max(0, r.index - 40);
          const hit = find(context.text.slice(from, r.index));
          if (!hit) break;
          if (hit.action === 'from' && nounWords.has(fold(NEXT_WORD.exec(context.text.slice(r.index + r.text.length))?.[1] ?? ''))) break;
          if (!apply(context, r, hit.action)) break;
          r.text = context.text.slice(from + hit.at, r.index + r.text.length);
          r.index = from + hit.at;
        }
      }
      return results;
    },
  };
}

function apply(context: ParsingContext, r: ParsingResult, action: Action): boolean {
  const p = toPeriod(r);
  if (!p) return false;
  const now = refIso(context);
  const { start: s, end: e, granularity: g } = p;
  const isUnit = (g === 'month' || g === 'year') && !r.tags().has(MONTHS_TAG) && (g === 'year' ? s.slice(0, 4) === e.slice(0, 4) : s.slice(0, 7) === e.slice(0, 7));
  // a range chrono or our merger made from two dates ("from May to June") already read its "from"
  const merged = r.tags().has(MERGED_TAG) || (r.end !== null && r.end !== undefined && !r.tags().has(RANGE_TAG));
  const set = (a: string, b: string, tags: string[] = []) => {
    setRange(context, r, a, b, tags);
    return true;
  };
  switch (action) {
    case 'early':
    case 'mid':
    case 'late': {
      if (!isUnit) return false;
      const k = action === 'early' ? 0 : action === 'mid' ? 1 : 2;
      if (g === 'month') return set(addDays(s, k * 10), k === 2 ? e : addDays(s, k * 10 + 9));
      const y = partsOf(s).y;
      return set(monthPeriod(y, k * 4 + 1).start, monthPeriod(y, k * 4 + 4).end, [MONTHS_TAG]);
    }
    case 'whole':
      return true;
    case 'week-of':
      if (g !== 'day' || s !== e) return false;
      r.start.addTag('ctoc/week');
      return true;
    // "first half of May", "la seconde quinzaine de mai": days 1–15 or 16 to the end; of a year, its halves
    case 'first-half':
    case 'second-half': {
      if (!isUnit) return false;
      const second = action === 'second-half';
      if (g === 'month') return second ? set(addDays(s, 15), e) : set(s, addDays(s, 14));
      const y = partsOf(s).y;
      return set(monthPeriod(y, second ? 7 : 1).start, monthPeriod(y, second ? 12 : 6).end, [MONTHS_TAG]);
    }
    // "as at 4 July 2024", "au 4 juillet 2024": not a period but the day to answer as of
    case 'as-of':
      if (g !== 'day' || s !== e || merged) return false;
      r.addTag(AS_OF_TAG);
      return true;
    case 'first-week':
    case 'last-week': {
      if (!isUnit || g !== 'month') return false;
      const w = weekPeriod(action === 'first-week' ? s : e);
      return set(w.start, w.end);
    }
    case 'since': {
      if (merged) return false;
      // "since September" in January: a month written without its year is the last one begun
      if (s > now && g === 'month' && !r.start.isCertain('year')) {
        const { y, m } = partsOf(s);
        return set(monthPeriod(y - 1, m).start, now);
      }
      return s <= now ? set(s, now) : set(s, MAX_DATE, [OPEN_END_TAG]);
    }
    case 'from':
      if (merged) return false;
      return set(s, MAX_DATE, [OPEN_END_TAG]);
    case 'after':
      return set(addDays(e, 1), MAX_DATE, [OPEN_END_TAG]);
    case 'until':
      return e >= now ? set(now, e) : set(MIN_DATE, e, [OPEN_START_TAG]);
    case 'before':
      return s > now ? set(now, addDays(s, -1)) : set(MIN_DATE, addDays(s, -1), [OPEN_START_TAG]);
    case 'until-end':
      return e >= now ? set(now, e) : set(MIN_DATE, e, [OPEN_START_TAG]);
    case 'rest-of':
      return e >= now ? set(laterOf(s, now), e) : false;
    case 'so-far':
      return s <= now ? set(s, earlierOf(e, now)) : false;
  }
}
