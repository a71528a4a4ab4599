import ical, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEvent } from '../../core/calendar';

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
/** how often calendar apps should refresh the feed */
export const REFRESH_SECONDS = 12 * 3600;

/** An RFC 5545 feed of all-day events (ical-generator does the escaping and folding). */
export function renderIcs(events: CalendarEvent[], name: string): string {
  const cal = ical({ name, prodId: { company: 'ctoc-bot', product: 'ctoc-bot', language: 'EN' }, ttl: REFRESH_SECONDS, method: ICalCalendarMethod.PUBLISH });
  for (const e of events) {
    cal.createEvent({
      id: e.uid,
      start: utcDate(e.start),
      end: utcDate(e.endExclusive),
      allDay: true,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: e.url ?? undefined,
      sequence: e.sequence,
      stamp: utcDate(e.stamp),
      lastModified: utcDate(e.stamp),
    });
  }
  return cal.toString();
}
