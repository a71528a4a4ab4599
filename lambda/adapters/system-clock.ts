import type { IsoDate } from '../core/dates';
import type { Clock } from '../core/ports';

export const DEFAULT_TIME_ZONE = 'Europe/Vienna';

/** Every zone's offset is a whole number of quarter hours: the local date can only change on one. */
const QUARTER_HOUR_MS = 900_000;

/**
 * Today's date in a time zone (default Europe/Vienna, where the meetings are held). The
 * formatter is made once and its answer reused until the next quarter hour, when a
 * date can next change somewhere.
 */
export class SystemClock implements Clock {
  private readonly format: Intl.DateTimeFormat;
  private cached?: { quarter: number; date: IsoDate };
  constructor(
    timeZone: string = DEFAULT_TIME_ZONE,
    private readonly nowMs: () => number = Date.now,
  ) {
    // en-CA formats dates as YYYY-MM-DD
    this.format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }
  today(): IsoDate {
    const now = this.nowMs();
    const quarter = Math.floor(now / QUARTER_HOUR_MS);
    if (this.cached?.quarter !== quarter) this.cached = { quarter, date: this.format.format(now) };
    return this.cached.date;
  }
}

/** A clock stopped at one date, for --now and tests. */
export class FixedClock implements Clock {
  constructor(private readonly date: IsoDate) {}
  today(): IsoDate {
    return this.date;
  }
}

/** The instant of a wall-clock time ("2024-03-27T07:00") in a time zone. */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`expected YYYY-MM-DDTHH:MM, got "${local}"`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (t: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(new Date(t))
        .map((p) => [p.type, p.value]),
    );
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - t;
  };
  // two passes settle the offset on either side of a daylight-saving change
  let t = asUtc - offsetAt(asUtc);
  t = asUtc - offsetAt(t);
  return new Date(t);
}
