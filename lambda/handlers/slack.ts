import type { APIGatewayProxyEventV2, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { SlackLambdaHandler } from '../adapters/slack/app-factory';
import { slackLambda } from '../composition';

// Started at init, network first (see slackLambda); a failed start is tried again on the next request
let ready: Promise<SlackLambdaHandler> | undefined = start();
function start(): Promise<SlackLambdaHandler> {
  const p = slackLambda(process.env);
  p.catch(() => {
    if (ready === p) ready = undefined;
  });
  return p;
}
export const handler = async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResult> => {
  ready ??= start();
  try {
    return await (await ready)(event, context);
  } catch (e) {
    // the structured logger may be what failed to load: one JSON line on stderr
    console.error(JSON.stringify({ level: 'ERROR', message: 'slack handler could not start', error: e instanceof Error ? e.message : String(e) }));
    return { statusCode: 500, body: '' };
  }
};
