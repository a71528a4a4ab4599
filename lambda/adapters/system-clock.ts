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
