import { addDays, daysBetween } from './dates';
import type { Dataset, Lang, Meeting } from './model';
import { phrasesFor } from './reference';

/** One all-day calendar event per meeting, in a feed-neutral shape. */
export interface CalendarEvent {
  /** stable: derived from the meeting's key, so calendars update instead of duplicating */
  uid: string;
  start: string;
  /** the day after the last day (RFC 5545: DTEND is exclusive for all-day events) */
  endExclusive: string;
  summary: string;
  description: string;
  /** none when no document states a place */
  location?: string;
  url: string | null;
  /** grows when a newer source revises the meeting: days from 2000-01-01 to the source's date */
  sequence: number;
  /** the date of the source the facts come from */
  stamp: string;
}

export const calendarUid = (m: Meeting) => `${m.id}@ctoc-bot`;
export const documentUrl = (symbol: string, lang: Lang) => `https://undocs.org/${lang === 'fr' ? 'fr/' : ''}${symbol}`;

/** The meetings (of one body, or all) as calendar events in a language. */
export function calendarEvents(data: Dataset, lang: Lang, bodyId?: string): CalendarEvent[] {
  const p = phrasesFor(lang, data);
  const bodies = new Map(data.bodies.map((b) => [b.id, b]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.meetings
    .filter((m) => !bodyId || m.body === bodyId)
    .sort((a, b) => a.start.localeCompare(b.start) || a.body.localeCompare(b.body))
    .map((m) => {
      const body = bodies.get(m.body);
      const src = sources.get(m.source.document);
      const kind = lang === 'fr' ? (m.kind === 'session' ? 'session' : 'réunion') : m.kind;
      const docs = [...(m.report ? [{ label: lang === 'fr' ? 'Rapport' : 'Report', symbol: m.report }] : []), ...(m.documents ?? []).map((d) => ({ label: lang === 'fr' ? 'Ordre du jour provisoire' : 'Provisional agenda', symbol: d.symbol }))];
      const status = m.status === 'scheduled' ? (lang === 'fr' ? 'Prévue (annoncée par la source).' : 'Scheduled (as announced in the source).') : lang === 'fr' ? 'Tenue.' : 'Held.';
      const source = src ? `Source: ${src.title[lang] ?? src.title.en ?? src.title.fr ?? src.id}${src.date ? `, ${src.date}` : ''}${m.source.paragraph ? `, ${lang === 'fr' ? 'paragraphe' : 'paragraph'} ${m.source.paragraph}` : ''}.` : '';
      return {
        uid: calendarUid(m),
        start: m.start,
        endExclusive: addDays(m.end, 1),
        summary: `${body?.names[lang] ?? m.body} — ${p.nth(m.number)}${kind}`,
        description: [status, ...docs.map((d) => `${d.label}: ${d.symbol} ${documentUrl(d.symbol, lang)}`), source].filter(Boolean).join('\n'),
        ...(m.location ? { location: m.location[lang] } : {}),
        url: docs[0] ? documentUrl(docs[0].symbol, lang) : null,
        sequence: Math.max(0, daysBetween('2000-01-01', src?.date ?? '2000-01-01')),
        stamp: src?.date ?? '2000-01-01',
      };
    });
}
