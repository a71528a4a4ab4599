import type { APIGatewayProxyEventV2, APIGatewayProxyResult, Context } from 'aws-lambda';
import { calendarLambda } from '../composition';

let ready: ReturnType<typeof calendarLambda> | undefined;

/** The public calendar feed (read-only). */
export const handler = async (event: APIGatewayProxyEventV2, _context: Context): Promise<APIGatewayProxyResult> => {
  ready ??= calendarLambda(process.env);
  return (await ready)(event);
};
