import { addDays, addMonths, type IsoDate, overlaps, weekPeriod } from '../dates';
import type { Meeting } from '../model';
import type { Question } from '../question/question';

/**
 * Meetings placed relative to another body's meeting: "what's after the COP" (the first
 * meeting of another body that starts after it), "just before the Conference's session"
 * (the last one that ends before it), "since the COP" (all that started after it, to
 * today). The anchor is the body's meeting in the period or with the number asked;
 * with neither, its meeting nearest ahead of today, else its latest.
 */
export function selectRelation(all: Meeting[], q: Question, now: IsoDate): { anchor: Meeting | null; meetings: Meeting[] } {
  if (!q.relation) return { anchor: null, meetings: [] };
  if (q.relation.direction === 'between' && q.relation.to) {
    // each anchor: its numbered meeting, else the one in the period, else the nearest ahead, else its latest
    const anchorOf = (body: string, ordinal: number | undefined) => {
      const own = all.filter((m) => m.body === body && (ordinal === undefined || m.number === ordinal));
      if (ordinal !== undefined) return own[0] ?? null;
      const dated = q.periods.length ? own.filter((m) => q.periods.some((p) => overlaps(m, p))) : [];
      if (dated.length) return dated[0] ?? null;
      return own.find((m) => m.end >= now) ?? own[own.length - 1] ?? null;
    };
    const x = anchorOf(q.relation.body, q.relation.ordinal);
    const y = anchorOf(q.relation.to.body, q.relation.to.ordinal);
    if (!x || !y) return { anchor: x ?? y, meetings: [] };
    const [first, second] = x.start <= y.start ? [x, y] : [y, x];
    return { anchor: first, meetings: all.filter((m) => m !== x && m !== y && m.start > first.end && m.end < second.start && (q.bodies.length === 0 || q.bodies.includes(m.body))) };
  }
  // the anchor is the body's meeting in the period or with the number asked, if any
  // the number said with the anchor, else the question's
  // (the question's number is the anchor's only when no subject said it: "did COP12 … after the TIP meeting")
  const ordinal = q.relation.ordinal ?? (q.relation.subjectOrdinal === undefined && q.bodies.length === 0 ? q.ordinal : null);
  const own = all.filter(
    (m) => m.body === q.relation?.body && (ordinal !== null ? m.number === ordinal : q.periods.length === 0 || q.periods.some((p) => overlaps(m, p))),
  );
  const anchor = q.periods.length || ordinal !== null ? (own[0] ?? null) : (own.find((m) => m.end >= now) ?? own[own.length - 1] ?? null);
  if (!anchor) return { anchor, meetings: [] };
  // an anchor named by its number leaves the period to the meetings asked about ("before COP12 in 2024")
  const inPeriod = (m: Meeting) => ordinal === null || q.periods.length === 0 || q.periods.some((p) => overlaps(m, p));
  const others = all.filter((m) => m !== anchor && (q.bodies.length === 0 || q.bodies.includes(m.body)) && inPeriod(m));
  // "in the same week as": meetings overlapping the anchor's week(s), Monday to Sunday
  if (q.relation.direction === 'same-week') {
    const week = { start: weekPeriod(anchor.start).start, end: weekPeriod(anchor.end).end };
    return { anchor, meetings: others.filter((m) => overlaps(m, week)) };
  }
  // "the week before", "2 months after": the meetings within that much of the anchor
  const w = q.relation.window;
  if (w && (q.relation.direction === 'before' || q.relation.direction === 'after')) {
    const span = (iso: IsoDate, sign: number) =>
      w.unit === 'day' ? addDays(iso, sign * w.count) : w.unit === 'week' ? addDays(iso, sign * 7 * w.count) : addMonths(iso, sign * w.count * (w.unit === 'year' ? 12 : 1));
    const range = q.relation.direction === 'before' ? { start: span(anchor.start, -1), end: addDays(anchor.start, -1) } : { start: addDays(anchor.end, 1), end: span(anchor.end, 1) };
    return { anchor, meetings: others.filter((m) => overlaps(m, range)) };
  }
  if (q.relation.direction === 'since') return { anchor, meetings: others.filter((m) => m.start > anchor.end && m.start <= now) };
  if (q.relation.direction === 'after') {
    const after = others.filter((m) => m.start > anchor.end);
    return { anchor, meetings: q.plural ? after : after.slice(0, 1) };
  }
  const before = others.filter((m) => m.end < anchor.start);
  return { anchor, meetings: q.plural ? before : before.slice(-1) };
}
