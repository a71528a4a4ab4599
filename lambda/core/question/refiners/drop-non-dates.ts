import type { Refiner } from 'chrono-node';

/**
 * Keeps only results that name a calendar day, week, month or year. Times of day and
 * bare numbers ("2 et" read as 2 o'clock, "at 5") say nothing about meetings.
 */
export const dropNonDatesRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter((r) => {
      const s = r.start;
      if (!(s.isCertain('day') || s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday'))) return false;
      // "13th" alone or "the 3rd" is an ordinal of a meeting, not a date
      if (!s.isCertain('month') && !s.isCertain('year') && !s.isCertain('weekday') && /^\D*\d{1,2}(st|nd|rd|th|e|er|eme|ème)?$/i.test(r.text.trim())) return false;
      return true;
    }),
};
