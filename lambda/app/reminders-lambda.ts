import { createDocumentClient } from '../adapters/dynamodb/client';
import { storageConfig } from '../adapters/dynamodb/config';
import { createLogger } from '../adapters/logger';
import { readSlackSecret } from '../adapters/secrets';
import { remindersOverTable } from './reminders-wiring';

/** The scheduled job's dependencies from its environment (the secret read once per cold start). */
export async function buildRemindersJob(env: Record<string, string | undefined>) {
  const logger = createLogger('ctoc-bot-reminders');
  const secret = env.SLACK_SECRET_ARN ? await readSlackSecret(env.SLACK_SECRET_ARN) : {};
  const token = secret.SLACK_BOT_TOKEN ?? env.SLACK_BOT_TOKEN;
  if (!token) throw new Error('no Slack bot token (SLACK_SECRET_ARN or SLACK_BOT_TOKEN)');
  const storage = storageConfig(env);
  if (!storage.tableName) throw new Error('TABLE_NAME is not set');
  const catchUp = env.CTOC_CATCH_UP_DAYS ? Number(env.CTOC_CATCH_UP_DAYS) : undefined;
  return remindersOverTable({ client: createDocumentClient(storage), tableName: storage.tableName, logger, botToken: token, apiUrl: env.SLACK_API_URL, timeZone: env.CTOC_TIME_ZONE || 'Europe/Vienna', catchUpDays: catchUp });
}
