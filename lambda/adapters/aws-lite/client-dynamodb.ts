/**
 * What this project uses of @aws-sdk/client-dynamodb, over `awsJson` — the Lambda
 * bundles alias the package to this file (lib/bundling/lambda-bundle.ts); everything
 * else, tests included, uses the real SDK. Inputs and outputs are DynamoDB's own JSON.
 */
import { type AwsClientConfig, type AwsJsonTarget, awsJson, awsTarget } from './aws-json';

export type DynamoDBClientConfig = AwsClientConfig;

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
    this.target = { ...awsTarget('dynamodb', config, process.env.AWS_ENDPOINT_URL_DYNAMODB), jsonVersion: '1.0', targetPrefix: 'DynamoDB_20120810' };
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
