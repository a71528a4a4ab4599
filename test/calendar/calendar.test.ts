import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../../lambda/adapters/memory/memory-repository';
import { calendarFeed } from '../../lambda/app/calendar';
import { calendarHttpHandler } from '../../lambda/adapters/calendar/http-handler';
import { dataset } from '../helpers/data';
import { captureLogger } from '../helpers/capture-logger';

const repo = new MemoryRepository(dataset());
type VEvent = ical.VEvent;
const events = (ics: string) =>
  Object.values(ical.sync.parseICS(ics))
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .sort((a, b) => String(a.uid).localeCompare(String(b.uid)));
/** node-ical gives properties with parameters (URL;VALUE=URI) as { params, val } */
const val = (x: unknown) => (x && typeof x === 'object' && 'val' in x ? String((x as { val: unknown }).val) : String(x));
const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('the iCalendar feed, parsed back with node-ical', () => {
  it('has every meeting as an all-day event with an exclusive end date', async () => {
    const evs = events(await calendarFeed(repo));
    const meetings = dataset().meetings;
    expect(evs).toHaveLength(meetings.length);
    for (const m of meetings) {
      const e = evs.find((x) => x.uid === `${m.body}-${m.number}@ctoc-bot`);
      expect(e, m.id).toBeDefined();
      if (!e) continue;
      expect(e.datetype).toBe('date');
      expect(ymd(e.start)).toBe(m.start);
      // DTEND is the day after the last day
      const end = new Date(`${m.end}T00:00:00`);
      end.setDate(end.getDate() + 1);
      expect(ymd(e.end as Date)).toBe(ymd(end));
      expect(e.location).toBe(m.location?.en);
    }
  });

  it('describes each meeting with its report link, status and source', async () => {
    const e = events(await calendarFeed(repo)).find((x) => x.uid === 'WG.6-11@ctoc-bot');
    expect(e?.summary).toBe('Working Group on Firearms — 11th meeting');
    expect(e?.description).toContain('Report: CTOC/COP/WG.6/2024/5 https://undocs.org/CTOC/COP/WG.6/2024/5');
    expect(e?.description).toContain('paragraph 9');
    expect(val(e?.url)).toBe('https://undocs.org/CTOC/COP/WG.6/2024/5');
    const cop = events(await calendarFeed(repo)).find((x) => x.uid === 'COP-12@ctoc-bot');
    expect(cop?.description).toContain('Scheduled (as announced in the source).');
    expect(cop?.description).toContain('Provisional agenda: CTOC/COP/2024/1');
  });

  it('is identical across runs: stable UIDs, SEQUENCE and DTSTAMP', async () => {
    const a = await calendarFeed(repo);
    const b = await calendarFeed(new MemoryRepository(dataset()));
    expect(b).toBe(a);
    expect(a).toMatch(/SEQUENCE:\d+/);
    expect(a).toContain('DTSTAMP:20240704T000000Z');
    expect(a).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(a).toContain('\r\n');
  });

  it('filters by body, speaks French on request, and refuses an unknown body', async () => {
    const evs = events(await calendarFeed(repo, { body: 'wg.6', lang: 'fr' }));
    expect(evs.map((e) => e.uid)).toEqual(['WG.6-10@ctoc-bot', 'WG.6-11@ctoc-bot']);
    expect(evs[1]?.summary).toBe('Groupe de travail sur les armes à feu — 11e réunion');
    expect(evs[1]?.location).toBe('Vienne');
    expect(val(evs[1]?.url)).toBe('https://undocs.org/fr/CTOC/COP/WG.6/2024/5');
    await expect(calendarFeed(repo, { body: 'WG.9' })).rejects.toThrow('unknown body "WG.9"; known: COP, WG.2, WG.3, WG.4, WG.6, WG.7');
  });
});

describe('GET /calendar.ics', () => {
  const handler = calendarHttpHandler(repo, captureLogger());
  const get = (rawPath: string, query?: Record<string, string>, method = 'GET') =>
    handler({ rawPath, queryStringParameters: query, requestContext: { http: { method } } } as unknown as APIGatewayProxyEventV2);

  it('serves the feed as text/calendar; charset=utf-8', async () => {
    const r = await get('/calendar.ics', { body: 'WG.7' });
    expect(r.statusCode).toBe(200);
    expect(r.headers?.['content-type']).toBe('text/calendar; charset=utf-8');
    expect(events(r.body).map((e) => e.uid)).toEqual(['WG.7-10@ctoc-bot', 'WG.7-11@ctoc-bot']);
  });

  it('404 elsewhere, 405 for other methods, 400 for an unknown body', async () => {
    expect((await get('/')).statusCode).toBe(404);
    expect((await get('/calendar.ics', undefined, 'POST')).statusCode).toBe(405);
    const bad = await get('/calendar.ics', { body: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('unknown body "nope"');
    expect((await get('/calendar.ics', undefined, 'HEAD')).body).toBe('');
  });

  it('a storage failure is a 503 with Retry-After, not a crash', async () => {
    const broken = calendarHttpHandler({ load: async () => Promise.reject(new Error('down')) } as never, captureLogger());
    const r = await broken({ rawPath: '/calendar.ics', requestContext: { http: { method: 'GET' } } } as unknown as APIGatewayProxyEventV2);
    expect(r.statusCode).toBe(503);
    expect(r.headers?.['retry-after']).toBe('60');
  });
});
