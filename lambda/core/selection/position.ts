import type { IsoDate } from '../dates';
import type { Meeting } from '../model';
import type { Question } from '../question/question';

/**
 * "the first meeting in 2023" (the earliest in scope), "la dernière réunion de 2024"
 * (the latest in the period; with no period, the latest held before today), "the next 3
 * meetings" (the first ones not over). Meetings are in date order.
 */
export function selectPosition(inScope: Meeting[], q: Question, now: IsoDate): Meeting[] {
  const p = q.position ?? { from: 'first', count: 1 };
  if (p.from === 'first') return inScope.slice(0, p.count);
  if (p.from === 'next') return inScope.filter((m) => m.end >= now).slice(0, p.count);
  const pool = q.period ? inScope : inScope.filter((m) => m.end < now);
  const skip = q.position?.skip ?? 0;
  return pool.slice(Math.max(0, pool.length - p.count - skip), Math.max(0, pool.length - skip));
}
