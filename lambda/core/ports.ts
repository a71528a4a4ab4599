import type { IsoDate } from './dates';
import type { Body, Dataset, Meeting } from './model';

/**
 * Where the reference data (bodies, meetings, reports, vocabulary) comes from.
 * `load` may be served from a cache; `version` changes whenever the data does, so
 * callers can reuse what they compiled from an unchanged dataset. The other methods
 * are the table's direct access patterns.
 */
export interface MeetingRepository {
  load(): Promise<{ dataset: Dataset; version: string }>;
  body(id: string): Promise<Body | null>;
  /** a body's meetings, earliest first */
  meetingsOfBody(id: string): Promise<Meeting[]>;
  /** meetings of every body overlapping [start, end], earliest first */
  meetingsBetween(start: IsoDate, end: IsoDate): Promise<Meeting[]>;
  /** the meeting a report (or another document such as a provisional agenda) belongs to */
  meetingBySymbol(symbol: string): Promise<Meeting | null>;
}

/** Today's date where the team works. Every use case takes "now" from here or explicitly. */
export interface Clock {
  today(): IsoDate;
}
