import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StorageConfig } from './config';

/**
 * A document client for the configured endpoint. A local endpoint (dynalite) gets
 * placeholder credentials; requests time out quickly so a dead endpoint is an error
 * in seconds, not a hang.
 */
export function createDocumentClient(config: Pick<StorageConfig, 'endpoint' | 'region'>): DynamoDBDocumentClient {
  const local = Boolean(config.endpoint && /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?/.test(config.endpoint));
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 2000, requestTimeout: 5000 },
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
