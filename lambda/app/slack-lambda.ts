import { createDocumentClient } from '../adapters/dynamodb/client';
import { storageConfig } from '../adapters/dynamodb/config';
import { createLogger } from '../adapters/logger';
import { readSlackSecret } from '../adapters/secrets';
import { type SlackLambdaHandler, createLambdaSlackApp } from '../adapters/slack/app-factory';
import { slackConfig } from '../adapters/slack/config';
import { slackDepsOverTable } from './slack-wiring';

/** Everything the Slack Lambda needs, from its environment (the secret read once). */
export async function buildSlackLambda(env: Record<string, string | undefined>): Promise<SlackLambdaHandler> {
  const logger = createLogger();
  const secret = env.SLACK_SECRET_ARN ? await readSlackSecret(env.SLACK_SECRET_ARN) : {};
  const slack = slackConfig({ ...env, ...secret });
  const storage = storageConfig(env);
  if (!storage.tableName) throw new Error('TABLE_NAME is not set');
  const deps = slackDepsOverTable({ client: createDocumentClient(storage), tableName: storage.tableName, cacheTtlMs: storage.cacheTtlMs, logger, timeZone: env.CTOC_TIME_ZONE, calendarUrl: env.CTOC_CALENDAR_URL || undefined });
  return createLambdaSlackApp(slack, deps).handler;
}
