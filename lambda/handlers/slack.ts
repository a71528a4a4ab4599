import type { APIGatewayProxyEventV2, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { SlackLambdaHandler } from '../adapters/slack/app-factory';
import { slackLambda } from '../composition';

// Nothing heavy at import: Bolt, the AWS SDK, chrono and zod are loaded on the first
// request of a cold start, together with the secret.
let ready: Promise<SlackLambdaHandler> | undefined;

export const handler = async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResult> => {
  ready ??= slackLambda(process.env).catch((e) => {
    ready = undefined;
    throw e;
  });
  try {
    return await (await ready)(event, context);
  } catch (e) {
    // the structured logger may be what failed to load: one JSON line on stderr
    console.error(JSON.stringify({ level: 'ERROR', message: 'slack handler could not start', error: e instanceof Error ? e.message : String(e) }));
    return { statusCode: 500, body: '' };
  }
};
