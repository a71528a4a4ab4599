import { renderIcs } from '../adapters/calendar/ical-feed';
import { calendarEvents } from '../core/calendar';
import { CtocError } from '../core/errors';
import type { Lang } from '../core/model';
import type { MeetingRepository } from '../core/ports';

/** The calendar feed use case: all meetings, or one body's; an unknown body is an error naming the known ones. */
export async function calendarFeed(repository: MeetingRepository, o: { body?: string; lang?: Lang } = {}): Promise<string> {
  const { dataset } = await repository.load();
  const lang = o.lang ?? 'en';
  let bodyId: string | undefined;
  if (o.body) {
    bodyId = dataset.bodies.find((b) => b.id.toLowerCase() === o.body?.toLowerCase())?.id;
    if (!bodyId) throw new CtocError('BAD_ARGUMENT', `unknown body "${o.body}"; known: ${dataset.bodies.map((b) => b.id).join(', ')}`);
  }
  const name = bodyId ? `UNTOC — ${dataset.bodies.find((b) => b.id === bodyId)?.names[lang]}` : lang === 'fr' ? 'UNTOC — réunions' : 'UNTOC meetings';
  return renderIcs(calendarEvents(dataset, lang, bodyId), name);
}
