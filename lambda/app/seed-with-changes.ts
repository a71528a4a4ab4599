import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type SeedResult, appliedDocuments, seedTable } from '../adapters/dynamodb/seeder';
import { type Replay, replayChanges } from '../core/changes/replay';
import type { Dataset } from '../core/model';

export type SeedOutcome = SeedResult & Pick<Replay, 'replayed' | 'inData' | 'skipped'>;

/**
 * Makes the table's reference items match `dataset` plus the documents editors added
 * from Slack (the change log), re-applied in the order approved: a deploy or a restart
 * that re-seeds from data/ keeps what was taught in Slack. A change data/ now
 * contradicts is skipped and reported, never half-applied.
 */
export async function seedWithChanges(client: DynamoDBDocumentClient, tableName: string, dataset: Dataset): Promise<SeedOutcome> {
  const replay = replayChanges(dataset, await appliedDocuments(client, tableName));
  const r = await seedTable(client, tableName, replay.dataset);
  return { ...r, replayed: replay.replayed, inData: replay.inData, skipped: replay.skipped };
}
