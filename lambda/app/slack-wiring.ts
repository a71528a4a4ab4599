import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDeduplicator } from '../adapters/dynamodb/dynamo-deduplicator';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository';
import { DynamoSubscriptionStore } from '../adapters/dynamodb/dynamo-subscriptions';
import type { SlackDeps } from '../adapters/slack/listeners';
import { SystemClock } from '../adapters/system-clock';
import type { AppLogger, Clock } from '../core/ports';
import { AskService } from './ask';

/** The Slack app's dependencies over one DynamoDB table. */
export function slackDepsOverTable(o: { client: DynamoDBDocumentClient; tableName: string; cacheTtlMs?: number; logger: AppLogger; clock?: Clock; timeZone?: string; calendarUrl?: string; repository?: DynamoRepository }): SlackDeps {
  const repository = o.repository ?? new DynamoRepository({ client: o.client, tableName: o.tableName, cacheTtlMs: o.cacheTtlMs });
  const clock = o.clock ?? new SystemClock(o.timeZone);
  return { ask: new AskService(repository, clock), repository, clock, dedupe: new DynamoDeduplicator(o.client, o.tableName), logger: o.logger, subscriptions: new DynamoSubscriptionStore(o.client, o.tableName), calendarUrl: o.calendarUrl };
}
