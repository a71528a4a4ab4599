import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { mapDynamoError } from './errors';
import { TABLE_SCHEMA } from './table-schema';

/**
 * Creates the table from TABLE_SCHEMA (on-demand, same keys, index and TTL as the CDK
 * stack) and waits until it is active. An existing table is left as it is.
 * Returns false when the table already existed.
 */
export async function createTable(client: DynamoDBClient, tableName: string, waitMs = 60_000): Promise<boolean> {
  const s = TABLE_SCHEMA;
  const attrs = new Set<string>([s.partitionKey, s.sortKey, ...s.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]);
  let created = true;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attrs].map((a) => ({ AttributeName: a, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: s.partitionKey, KeyType: 'HASH' },
          { AttributeName: s.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: s.indexes.map((i) => ({
          IndexName: i.name,
          KeySchema: [
            { AttributeName: i.partitionKey, KeyType: 'HASH' },
            { AttributeName: i.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (e) {
    if ((e as { name?: string }).name !== 'ResourceInUseException') throw mapDynamoError(e, tableName);
    created = false;
  }
  const deadline = Date.now() + waitMs;
  for (;;) {
    const d = await client.send(new DescribeTableCommand({ TableName: tableName })).catch((e) => {
      throw mapDynamoError(e, tableName);
    });
    if (d.Table?.TableStatus === 'ACTIVE') break;
    if (Date.now() > deadline) throw mapDynamoError(new Error(`table ${tableName} did not become active`), tableName);
    await new Promise((r) => setTimeout(r, 200));
  }
  if (created) {
    await client
      .send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: s.ttlAttribute, Enabled: true } }))
      .catch((e) => {
        // dynalite has no TTL API; real DynamoDB does
        if ((e as { name?: string }).name !== 'UnknownOperationException') throw mapDynamoError(e, tableName);
      });
  }
  return created;
}
