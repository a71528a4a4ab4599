import { createDocumentClient } from '../adapters/dynamodb/client';
import { storageConfig } from '../adapters/dynamodb/config';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository';
import { readSlackSecret } from '../adapters/secrets';
import type { SlackLambdaHandler } from '../adapters/slack/app-factory';

/** Lets requests already sent reach the network before a long synchronous stretch (loading modules). */
const yieldToNetwork = () => new Promise<void>((r) => setImmediate(r));

/**
 * The Slack Lambda from its environment, network first: the secret and the reference
 * data are requested before anything else loads, and travel while Bolt and the answering
 * code are loaded and the app is built (only the AWS SDK is loaded before them).
 */
export async function startSlackLambda(env: Record<string, string | undefined>): Promise<SlackLambdaHandler> {
  const storage = storageConfig(env);
  if (!storage.tableName) throw new Error('TABLE_NAME is not set');
  const client = createDocumentClient(storage);
  const repository = new DynamoRepository({ client, tableName: storage.tableName, cacheTtlMs: storage.cacheTtlMs });
  const secret = env.SLACK_SECRET_ARN ? readSlackSecret(env.SLACK_SECRET_ARN) : Promise.resolve({});
  // failures surface where they are awaited (the secret below, the data on the first question)
  secret.catch(() => undefined);
  repository.load().catch(() => undefined);
  await yieldToNetwork();
  const { buildSlackLambda } = await import('./slack-lambda-app');
  return buildSlackLambda(env, { client, tableName: storage.tableName, repository, secret });
}
