import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { IdempotencyAlreadyInProgressError, IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { EventDeduplicator } from '../../core/ports';
import { mapDynamoError } from './errors';
import { TABLE_SCHEMA } from './table-schema';

/** Partition of the de-duplication records (Powertools keeps its hashed keys in the sort key). */
export const EVENT_PARTITION = 'EVENT#slack';

/**
 * Slack request de-duplication with Powertools idempotency over the one table: the
 * first call for an id runs and is recorded (a conditional write, with a TTL); a
 * repeat, or a concurrent one still in progress, does not run.
 */
export class PowertoolsDeduplicator implements EventDeduplicator {
  private readonly store: DynamoDBPersistenceLayer;

  constructor(
    client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.store = new DynamoDBPersistenceLayer({
      tableName,
      keyAttr: TABLE_SCHEMA.partitionKey,
      sortKeyAttr: TABLE_SCHEMA.sortKey,
      staticPkValue: EVENT_PARTITION,
      expiryAttr: TABLE_SCHEMA.ttlAttribute,
      // the document client sends low-level commands unchanged
      awsSdkV3Client: client as unknown as DynamoDBClient,
    });
  }

  async firstSeen(id: string, ttlSeconds = 3600): Promise<boolean> {
    let ran = false;
    const once = makeIdempotent(
      async (_request: { id: string }) => {
        ran = true;
        return true;
      },
      { persistenceStore: this.store, config: new IdempotencyConfig({ eventKeyJmesPath: 'id', expiresAfterSeconds: ttlSeconds, throwOnNoIdempotencyKey: true }) },
    );
    try {
      await once({ id });
    } catch (e) {
      if (e instanceof IdempotencyAlreadyInProgressError) return false;
      throw mapDynamoError((e as { cause?: unknown }).cause ?? e, this.tableName);
    }
    return ran;
  }
}
