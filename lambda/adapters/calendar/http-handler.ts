import type { APIGatewayProxyEventV2, APIGatewayProxyResult } from 'aws-lambda';
import { calendarFeed } from '../../app/calendar';
import { isCtocError } from '../../core/errors';
import type { AppLogger, MeetingRepository } from '../../core/ports';
import { CALENDAR_CONTENT_TYPE, REFRESH_SECONDS } from './ical-feed';

/**
 * The calendar feed over HTTP (a Function URL's API Gateway v2 events):
 * GET or HEAD /calendar.ics[?body=WG.6][&lang=fr]; 404 elsewhere, 405 for other methods,
 * 400 for an unknown body, 503 with Retry-After when storage fails.
 */
export function calendarHttpHandler(repository: MeetingRepository, logger: AppLogger) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResult> => {
    const method = event.requestContext?.http?.method ?? 'GET';
    const path = event.rawPath ?? '/';
    if (path !== '/calendar.ics') return { statusCode: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found. The feed is at /calendar.ics\n' };
    if (method !== 'GET' && method !== 'HEAD') return { statusCode: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, body: 'Method not allowed\n' };
    const q = event.queryStringParameters ?? {};
    const lang = q.lang === 'fr' ? 'fr' : 'en';
    try {
      const ics = await calendarFeed(repository, { body: q.body, lang });
      return {
        statusCode: 200,
        headers: { 'content-type': CALENDAR_CONTENT_TYPE, 'cache-control': `public, max-age=${Math.min(REFRESH_SECONDS, 3600)}`, 'content-disposition': 'inline; filename="ctoc-bot.ics"' },
        body: method === 'HEAD' ? '' : ics,
      };
    } catch (e) {
      if (isCtocError(e) && e.code === 'BAD_ARGUMENT') return { statusCode: 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${e.message}\n` };
      logger.error('calendar feed failed', { error: e instanceof Error ? e.message : String(e) });
      return { statusCode: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60' }, body: 'The calendar is unavailable right now; try again in a minute.\n' };
    }
  };
}
