/**
 * The one table's key schema, indexes and TTL: used by `ctoc-bot seed --create` and by
 * the CDK stack, so the two cannot drift. Plain data: no SDK or CDK import.
 */
export const TABLE_SCHEMA = {
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: [{ name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' }],
  ttlAttribute: 'expiresAt',
} as const;

export type TableSchema = typeof TABLE_SCHEMA;
