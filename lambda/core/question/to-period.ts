import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { type Granularity, MAX_DATE, MIN_DATE, type Period, dayPeriod, isoOf, monthPeriod, weekPeriod, yearPeriod } from '../dates';
import { MONTHS_TAG, OPEN_END_TAG, OPEN_START_TAG, RANGE_TAG } from './parsers/components';

function granularityOf(c: ParsedComponents, tags: Set<string>): Granularity | null {
  if (tags.has('ctoc/week')) return 'week';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

function unitPeriod(c: ParsedComponents, g: Granularity): Period {
  const y = c.get('year') ?? 1970;
  const m = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  if (g === 'year') return yearPeriod(y);
  if (g === 'month') return monthPeriod(y, m);
  const iso = isoOf(y, m, d);
  return g === 'week' ? weekPeriod(iso) : dayPeriod(iso);
}

const dayOf = (c: ParsedComponents) => isoOf(c.get('year') ?? 1970, c.get('month') ?? 1, c.get('day') ?? 1);

/** The range a chrono result covers, at the granularity the asker used. */
export function toPeriod(r: ParsedResult): Period | null {
  const tags = r.tags();
  if (tags.has(RANGE_TAG) && r.end) {
    // exact ranges from our parsers and refiners; open ends are kept as the extreme dates
    const start = tags.has(OPEN_START_TAG) ? MIN_DATE : dayOf(r.start);
    const end = tags.has(OPEN_END_TAG) ? MAX_DATE : dayOf(r.end);
    return end < start ? null : { start, end, granularity: tags.has(MONTHS_TAG) ? 'month' : 'day' };
  }
  const g = granularityOf(r.start, tags);
  if (!g) return null;
  const start = unitPeriod(r.start, g);
  if (!r.end) return start;
  const ge = granularityOf(r.end, tags) ?? g;
  const end = unitPeriod(r.end, ge);
  if (end.end < start.start) return null;
  return { start: start.start, end: end.end, granularity: g === ge ? g : 'day' };
}
