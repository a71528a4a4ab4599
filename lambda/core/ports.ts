import type { IsoDate } from './dates';
import type { Dataset } from './model';

/**
 * Where the reference data (bodies, meetings, reports, vocabulary) comes from.
 * Implementations may cache; `version` changes whenever the data does, so callers can
 * reuse what they compiled from an unchanged dataset.
 */
export interface MeetingRepository {
  load(): Promise<{ dataset: Dataset; version: string }>;
}

/** Today's date where the team works. Every use case takes "now" from here or explicitly. */
export interface Clock {
  today(): IsoDate;
}
