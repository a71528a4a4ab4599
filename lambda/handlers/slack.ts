import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { storageConfig } from '../adapters/dynamodb/config';
import { createLogger } from '../adapters/logger';
import { readSlackSecret } from '../adapters/secrets';
import { type SlackLambdaHandler, createLambdaSlackApp } from '../adapters/slack/app-factory';
import { slackConfig } from '../adapters/slack/config';
import { slackDepsOverTable } from '../app/slack-wiring';

const logger = createLogger();
let ready: Promise<SlackLambdaHandler> | undefined;

/** Built on the first request of a cold start (secret read once), then reused. */
async function build(): Promise<SlackLambdaHandler> {
  const env = process.env;
  const secret = env.SLACK_SECRET_ARN ? await readSlackSecret(env.SLACK_SECRET_ARN) : {};
  const slack = slackConfig({ ...env, ...secret });
  const storage = storageConfig(env);
  if (!storage.tableName) throw new Error('TABLE_NAME is not set');
  const deps = slackDepsOverTable({ client: createDocumentClient(storage), tableName: storage.tableName, cacheTtlMs: storage.cacheTtlMs, logger, timeZone: env.CTOC_TIME_ZONE });
  return createLambdaSlackApp(slack, deps).handler;
}

export const handler = async (event: APIGatewayProxyEventV2, context: Context) => {
  ready ??= build().catch((e) => {
    ready = undefined;
    throw e;
  });
  try {
    return await (await ready)(event, context);
  } catch (e) {
    logger.error('slack handler could not start', { error: e instanceof Error ? e.message : String(e) });
    return { statusCode: 500, body: '' };
  }
};
