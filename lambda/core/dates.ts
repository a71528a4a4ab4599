/** Calendar dates as ISO strings (YYYY-MM-DD); string order is date order. */
export type IsoDate = string;

export type Granularity = 'day' | 'week' | 'month' | 'year';

/** A closed range of calendar days with the granularity the asker meant. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
  granularity: Granularity;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const isoOf = (y: number, m: number, d: number): IsoDate => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export function partsOf(iso: IsoDate): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(iso: IsoDate, n: number): IsoDate {
  const { y, m, d } = partsOf(iso);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = partsOf(a);
  const pb = partsOf(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

export const yearPeriod = (y: number): Period => ({ start: isoOf(y, 1, 1), end: isoOf(y, 12, 31), granularity: 'year' });

export function monthPeriod(y: number, m: number): Period {
  // normalise month overflow (m = 0 or 13) from relative arithmetic
  const t = new Date(Date.UTC(y, m - 1, 1));
  const yy = t.getUTCFullYear();
  const mm = t.getUTCMonth() + 1;
  return { start: isoOf(yy, mm, 1), end: isoOf(yy, mm, daysInMonth(yy, mm)), granularity: 'month' };
}

export const dayPeriod = (iso: IsoDate): Period => ({ start: iso, end: iso, granularity: 'day' });

/** The ISO week (Monday to Sunday) containing iso. */
export function weekPeriod(iso: IsoDate): Period {
  const { y, m, d } = partsOf(iso);
  const dow = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  const start = addDays(iso, -dow);
  return { start, end: addDays(start, 6), granularity: 'week' };
}

export const overlaps = (a: { start: IsoDate; end: IsoDate }, b: { start: IsoDate; end: IsoDate }): boolean =>
  a.start <= b.end && b.start <= a.end;

export function isValidIso(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const { y, m, d } = partsOf(iso);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Open ends of a period: "since March" runs to today, "after June" has no end. */
export const MIN_DATE: IsoDate = '0001-01-01';
export const MAX_DATE: IsoDate = '9999-12-31';

/** The same day n months later, clamped to the month's length. */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  const { y, m, d } = partsOf(iso);
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  const yy = t.getUTCFullYear();
  const mm = t.getUTCMonth() + 1;
  return isoOf(yy, mm, Math.min(d, daysInMonth(yy, mm)));
}

/** The later / earlier of two ISO dates (string order is date order). */
export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
