import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { WebClient } from '@slack/web-api';
import { DynamoChangeStore } from '../../adapters/dynamodb/dynamo-changes';
import { DynamoRepository } from '../../adapters/dynamodb/dynamo-repository';
import { SlackChangeMessenger } from '../../adapters/slack/change-messenger';
import type { AppLogger } from '../../core/ports';
import { ChangeDecider } from './decide-change';

export interface ChangeWiringOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  botToken: string;
  /** the Slack Web API base URL (tests: the local fake) */
  apiUrl?: string;
  editors: readonly string[];
  logger: AppLogger;
  nowMs?: () => number;
}

/** The pending-change store, the Slack messages about changes, and the decisions on them, over the table. */
export function changeDecisionsOverTable(o: ChangeWiringOptions) {
  const web = new WebClient(o.botToken, o.apiUrl ? { slackApiUrl: o.apiUrl } : {});
  // decisions read the data fresh; no cache to go stale
  const repository = new DynamoRepository({ client: o.client, tableName: o.tableName, cacheTtlMs: 0 });
  const store = new DynamoChangeStore(o.client, o.tableName, o.nowMs);
  const messenger = new SlackChangeMessenger(web);
  const decider = new ChangeDecider({ repository, store, messenger, editors: o.editors, logger: o.logger, nowMs: o.nowMs });
  return { web, repository, store, messenger, decider };
}
