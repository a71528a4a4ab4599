/**
 * What this project uses of @aws-sdk/client-secrets-manager (GetSecretValue), over
 * `awsJson`. The Lambda bundles alias the package to this file.
 */
import { type AwsJsonTarget, awsJson, awsTarget } from './aws-json';
import { LiteCommand } from './client-dynamodb';

export class SecretsManagerClient {
  private readonly target: AwsJsonTarget;
  constructor(config: { region?: string; endpoint?: string } = {}) {
    this.target = { ...awsTarget('secretsmanager', config, process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER), jsonVersion: '1.1', targetPrefix: 'secretsmanager' };
  }
  send(command: LiteCommand): Promise<Record<string, unknown>> {
    return awsJson(this.target, command.operation, command.input);
  }
}

export class GetSecretValueCommand extends LiteCommand {
  constructor(input: { SecretId: string }) {
    super('GetSecretValue', input);
  }
}
