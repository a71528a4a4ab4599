/**
 * What this project uses of @aws-sdk/client-dynamodb, over `awsJson` — the Lambda
 * bundles alias the package to this file (lib/bundling/lambda-bundle.ts); everything
 * else, tests included, uses the real SDK. Inputs and outputs are DynamoDB's own JSON.
 */
import { type AwsJsonTarget, awsJson } from './aws-json';

export interface DynamoDBClientConfig {
  region?: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  maxAttempts?: number;
  requestHandler?: { requestTimeout?: number };
}

/** A command: the operation's name and its input, as the SDK's commands carry them. */
export class LiteCommand<I = Record<string, unknown>> {
  constructor(
    readonly operation: string,
    readonly input: I,
  ) {}
}

export class DynamoDBClient {
  readonly target: AwsJsonTarget;
  constructor(config: DynamoDBClientConfig = {}) {
    const region = config.region ?? process.env.AWS_REGION ?? 'us-east-1';
    this.target = {
      service: 'dynamodb',
      region,
      endpoint: config.endpoint ?? process.env.AWS_ENDPOINT_URL_DYNAMODB ?? `https://dynamodb.${region}.amazonaws.com`,
      credentials: config.credentials,
      jsonVersion: '1.0',
      targetPrefix: 'DynamoDB_20120810',
      maxAttempts: config.maxAttempts,
      timeoutMs: config.requestHandler?.requestTimeout,
    };
  }
  send(command: LiteCommand): Promise<Record<string, unknown>> {
    return awsJson(this.target, command.operation, command.input);
  }
  destroy(): void {}
}

const command = (operation: string) =>
  class extends LiteCommand {
    constructor(input: Record<string, unknown>) {
      super(operation, input);
    }
  };

export const CreateTableCommand = command('CreateTable');
export const DescribeTableCommand = command('DescribeTable');
export const UpdateTimeToLiveCommand = command('UpdateTimeToLive');
