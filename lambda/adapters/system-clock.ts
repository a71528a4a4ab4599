import type { IsoDate } from '../core/dates';
import type { Clock } from '../core/ports';

export const DEFAULT_TIME_ZONE = 'Europe/Vienna';

/** Today's date in a time zone (default Europe/Vienna, where the meetings are held). */
export class SystemClock implements Clock {
  private readonly format: Intl.DateTimeFormat;
  constructor(timeZone: string = DEFAULT_TIME_ZONE) {
    // en-CA formats dates as YYYY-MM-DD
    this.format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }
  today(): IsoDate {
    return this.format.format(new Date());
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
