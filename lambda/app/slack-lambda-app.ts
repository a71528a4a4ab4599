import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoRepository } from '../adapters/dynamodb/dynamo-repository';
import { createLogger } from '../adapters/logger';
import { type SlackLambdaHandler, createLambdaSlackApp } from '../adapters/slack/app-factory';
import { slackConfig } from '../adapters/slack/config';
import { slackDepsOverTable } from './slack-wiring';

/**
 * The part of the Slack Lambda loaded while its first requests travel: Bolt, the
 * listeners and the answering code. The dependencies are built (the clock's formatter
 * made, the answerer compiled as soon as the data arrives) before the secret is awaited.
 */
export async function buildSlackLambda(
  env: Record<string, string | undefined>,
  o: { client: DynamoDBDocumentClient; tableName: string; repository: DynamoRepository; secret: Promise<Record<string, string>> },
): Promise<SlackLambdaHandler> {
  const logger = createLogger();
  const deps = slackDepsOverTable({ client: o.client, tableName: o.tableName, repository: o.repository, logger, timeZone: env.CTOC_TIME_ZONE, calendarUrl: env.CTOC_CALENDAR_URL || undefined });
  deps.ask.prepare();
  const slack = slackConfig({ ...env, ...(await o.secret) });
  return createLambdaSlackApp(slack, deps).handler;
}
