import { describe, expect, it } from 'vitest';
import { storageConfig } from '../../lambda/adapters/dynamodb/config';
import { slackConfig } from '../../lambda/adapters/slack/config';
import { editorsFrom } from '../../lambda/adapters/slack/editors';

describe('configuration, read and validated once', () => {
  it('storage: defaults, overrides, and a clear message naming the bad variable', () => {
    expect(storageConfig({})).toEqual({ tableName: undefined, endpoint: undefined, region: 'eu-central-1', cacheTtlMs: 300_000, versionCheckMs: 5000 });
    expect(storageConfig({ TABLE_NAME: 't-1', DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', AWS_REGION: 'us-east-1', CTOC_CACHE_TTL_SECONDS: '60', CTOC_DATA_CHECK_SECONDS: '2' }, { tableName: 'other' })).toEqual({
      tableName: 'other',
      endpoint: 'http://127.0.0.1:8000',
      region: 'us-east-1',
      cacheTtlMs: 60_000,
      versionCheckMs: 2000,
    });
    expect(() => storageConfig({ CTOC_DATA_CHECK_SECONDS: '-1' })).toThrow(/^invalid configuration: CTOC_DATA_CHECK_SECONDS: /);
    expect(() => storageConfig({ CTOC_CACHE_TTL_SECONDS: 'soon' })).toThrow(/^invalid configuration: CTOC_CACHE_TTL_SECONDS: /);
    expect(() => storageConfig({ DYNAMODB_ENDPOINT: 'not a url' })).toThrow(/^invalid configuration: DYNAMODB_ENDPOINT: /);
    expect(() => storageConfig({ TABLE_NAME: 'no spaces allowed' })).toThrow(/^invalid configuration: TABLE_NAME: /);
  });

  it('editors: Slack user ids, comma-separated; anything else is a clear error', () => {
    expect(editorsFrom({ CTOC_EDITORS: ' U0EDITOR1, W0EDITOR2 ,U0EDITOR1' })).toEqual(['U0EDITOR1', 'W0EDITOR2']);
    expect(editorsFrom({})).toEqual([]);
    expect(() => editorsFrom({ CTOC_EDITORS: 'U0EDITOR1,alice' })).toThrow('invalid configuration: CTOC_EDITORS: "alice" is not a Slack user id such as U0123ABCD');
  });

  it('Slack: tokens checked by shape, errors name the variable and never its value', () => {
    const ok = slackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-123', SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(ok.apiUrl).toBe('http://127.0.0.1:9/api/');
    let message = '';
    try {
      slackConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token-value', SLACK_SIGNING_SECRET: 'secret-123' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('invalid Slack configuration: SLACK_BOT_TOKEN: a bot token starting with xoxb-');
    expect(message).not.toContain('user-token-value');
    expect(() => slackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-123', SLACK_APP_TOKEN: 'bad' })).toThrow('SLACK_APP_TOKEN: an app-level token starting with xapp-');
  });
});
