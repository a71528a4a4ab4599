import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CtocError } from '../core/errors';

/**
 * The Slack secrets from AWS Secrets Manager: one JSON secret with SLACK_BOT_TOKEN and
 * SLACK_SIGNING_SECRET (and optionally SLACK_BOT_USER_ID). Values are never logged.
 */
export async function readSlackSecret(arn: string, client = new SecretsManagerClient({})): Promise<Record<string, string>> {
  let raw: string | undefined;
  try {
    raw = (await client.send(new GetSecretValueCommand({ SecretId: arn }))).SecretString;
  } catch (e) {
    throw new CtocError('BAD_ARGUMENT', `cannot read the Slack secret (${(e as Error).name})`, { cause: e });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '');
  } catch {
    throw new CtocError('BAD_ARGUMENT', 'the Slack secret is not JSON: expected {"SLACK_BOT_TOKEN": "xoxb-…", "SLACK_SIGNING_SECRET": "…"}');
  }
  if (!parsed || typeof parsed !== 'object') throw new CtocError('BAD_ARGUMENT', 'the Slack secret must be a JSON object');
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}
