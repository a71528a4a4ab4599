import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoReminderLedger } from '../adapters/dynamodb/dynamo-ledger';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository';
import { DynamoSubscriptionStore } from '../adapters/dynamodb/dynamo-subscriptions';
import { SlackPoster } from '../adapters/slack/reminder-poster';
import type { AppLogger } from '../core/ports';
import { type ReminderRunOptions, type ReminderRunReport, runReminders } from './reminders';

/** The reminders job over one table, posting with a bot token (none in a dry run). */
export function remindersOverTable(o: {
  client: DynamoDBDocumentClient;
  tableName: string;
  logger: AppLogger;
  botToken?: string;
  apiUrl?: string;
  timeZone: string;
  catchUpDays?: number;
}): (now: Date, extra?: Partial<ReminderRunOptions>) => Promise<ReminderRunReport> {
  const base = {
    repository: new DynamoRepository({ client: o.client, tableName: o.tableName, cacheTtlMs: 0 }),
    subscriptions: new DynamoSubscriptionStore(o.client, o.tableName),
    ledger: new DynamoReminderLedger(o.client, o.tableName),
    poster: o.botToken ? new SlackPoster(o.botToken, { apiUrl: o.apiUrl }) : undefined,
    logger: o.logger,
    timeZone: o.timeZone,
    catchUpDays: o.catchUpDays,
  };
  return (now, extra = {}) => runReminders({ ...base, now, ...extra });
}
