import { createDocumentClient } from '../adapters/dynamodb/client';
import { storageConfig } from '../adapters/dynamodb/config';
import { createLogger } from '../adapters/logger';
import { readSlackSecret } from '../adapters/secrets';
import { type SlackLambdaHandler, createLambdaSlackApp } from '../adapters/slack/app-factory';
import { slackConfig } from '../adapters/slack/config';
import { LambdaJobs } from '../adapters/aws/lambda-jobs';
import { editorsFrom } from '../adapters/slack/editors';
import { changeDecisionsOverTable } from './changes/decisions-wiring';
import { slackDepsOverTable } from './slack-wiring';

/** Everything the Slack Lambda needs, from its environment (the secret read once). */
export async function buildSlackLambda(env: Record<string, string | undefined>): Promise<SlackLambdaHandler> {
  const logger = createLogger();
  const secret = env.SLACK_SECRET_ARN ? await readSlackSecret(env.SLACK_SECRET_ARN) : {};
  const slack = slackConfig({ ...env, ...secret });
  const storage = storageConfig(env);
  if (!storage.tableName) throw new Error('TABLE_NAME is not set');
  const client = createDocumentClient(storage);
  const editors = editorsFrom(env);
  const decisions = changeDecisionsOverTable({ client, tableName: storage.tableName, botToken: slack.botToken, apiUrl: slack.apiUrl, editors, logger });
  // the documents are read, and changes applied, by their own functions
  const jobs = new LambdaJobs({ reviewFunction: env.CTOC_REVIEW_FUNCTION ?? '', applyFunction: env.CTOC_APPLY_FUNCTION ?? '', region: storage.region, endpoint: env.CTOC_LAMBDA_ENDPOINT || undefined });
  const changes = env.CTOC_REVIEW_FUNCTION && env.CTOC_APPLY_FUNCTION ? { editors, jobs, store: decisions.store, decider: decisions.decider } : undefined;
  const deps = slackDepsOverTable({ client, tableName: storage.tableName, cacheTtlMs: storage.cacheTtlMs, versionCheckMs: storage.versionCheckMs, logger, timeZone: env.CTOC_TIME_ZONE, calendarUrl: env.CTOC_CALENDAR_URL || undefined, changes });
  return createLambdaSlackApp(slack, deps).handler;
}
