import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { readSlackSecret } from '../../lambda/adapters/secrets';

// Secrets Manager cannot run here: a stand-in client answers GetSecretValue as AWS would
const client = (reply: () => Promise<unknown>) => ({ send: reply }) as unknown as SecretsManagerClient;

describe('the Slack secret from Secrets Manager', () => {
  it('reads the JSON secret into variables', async () => {
    const s = await readSlackSecret('arn:aws:secretsmanager:eu-central-1:000000000000:secret:x', client(async () => ({ SecretString: '{"SLACK_BOT_TOKEN":"xoxb-1","SLACK_SIGNING_SECRET":"abcdefgh","n":1}' })));
    expect(s).toEqual({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abcdefgh' });
  });

  it('a secret that is not JSON is a clear error that does not echo its value', async () => {
    const err = await readSlackSecret('arn', client(async () => ({ SecretString: 'xoxb-super-secret-value' }))).catch((e) => e);
    expect(err.message).toBe('the Slack secret is not JSON: expected {"SLACK_BOT_TOKEN": "xoxb-…", "SLACK_SIGNING_SECRET": "…"}');
    expect(err.message).not.toContain('super-secret');
  });

  it('an access error names the error, not the secret', async () => {
    const err = await readSlackSecret('arn', client(async () => Promise.reject(Object.assign(new Error('denied'), { name: 'AccessDeniedException' })))).catch((e) => e);
    expect(err.message).toBe('cannot read the Slack secret (AccessDeniedException)');
  });
});
