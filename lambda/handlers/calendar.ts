import type { APIGatewayProxyEventV2, APIGatewayProxyResult, Context } from 'aws-lambda';

let ready: Promise<(e: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResult>> | undefined;

/** The public calendar feed (read-only). */
export const handler = async (event: APIGatewayProxyEventV2, _context: Context): Promise<APIGatewayProxyResult> => {
  ready ??= import('../app/calendar-lambda').then((m) => m.buildCalendarLambda(process.env));
  return (await ready)(event);
};
