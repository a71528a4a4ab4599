import type { APIGatewayProxyEventV2, APIGatewayProxyResult } from 'aws-lambda';
import { CALENDAR_CONTENT_TYPE, REFRESH_SECONDS } from '../adapters/calendar/ical-feed';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { storageConfig } from '../adapters/dynamodb/config';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository';
import { createLogger } from '../adapters/logger';
import { isCtocError } from '../core/errors';
import type { MeetingRepository } from '../core/ports';
import { calendarFeed } from './calendar';

/** GET /calendar.ics[?body=WG.6][&lang=fr] over a Function URL. */
export function calendarHttpHandler(repository: MeetingRepository, logger = createLogger('ctoc-bot-calendar')) {
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

export function buildCalendarLambda(env: Record<string, string | undefined>) {
  const storage = storageConfig(env);
  if (!storage.tableName) throw new Error('TABLE_NAME is not set');
  return calendarHttpHandler(new DynamoRepository({ client: createDocumentClient(storage), tableName: storage.tableName, cacheTtlMs: storage.cacheTtlMs }));
}
