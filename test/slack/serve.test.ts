import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lambda/cli';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack';
import { BOT_TOKEN, BOT_USER, SIGNING_SECRET, commandBody, eventBody, mention, signed } from '../helpers/slack-requests';

let slack: FakeSlack;
let url = '';
let stop: () => void;
let done: Promise<number>;

beforeAll(async () => {
  slack = await startFakeSlack();
  let out = '';
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  const stopped = new Promise<void>((r) => {
    stop = r;
  });
  done = main(['serve', '--port', '0'], {
    stdout,
    stderr: process.stderr,
    stdin: new PassThrough(),
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_USER_ID: BOT_USER,
      SLACK_API_URL: slack.apiUrl,
      SLACK_APP_TOKEN: '',
      TABLE_NAME: '',
      CTOC_LOCAL_DB_DIR: mkdtempSync(join(tmpdir(), 'ctoc-serve-')),
    },
    stop: stopped,
  });
  for (let i = 0; i < 200 && !out.includes('/slack/events'); i++) await new Promise((r) => setTimeout(r, 50));
  url = /http:\/\/\S+\/slack\/events/.exec(out)?.[0] ?? '';
});
afterAll(async () => {
  stop();
  expect(await done).toBe(0);
  await slack.close();
});

const post = (req: { body: string; headers: Record<string, string> }) => fetch(url, { method: 'POST', body: req.body, headers: req.headers });
async function waitForPosts(n: number) {
  for (let i = 0; i < 100 && slack.posts().length < n; i++) await new Promise((r) => setTimeout(r, 20));
}

describe('ctoc-bot serve (Bolt HTTP receiver on 127.0.0.1)', () => {
  it('listens on 127.0.0.1 at /slack/events', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
  });

  it('answers url_verification', async () => {
    const r = await post(signed(JSON.stringify({ type: 'url_verification', challenge: 'xyz' }), 'json'));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ challenge: 'xyz' });
  });

  it('a mention gets one threaded answer; its retry gets none', async () => {
    const body = eventBody(mention('when did the firearms group meet in 2024?', { ts: '1700000050.000001' }));
    expect((await post(signed(body, 'json'))).status).toBe(200);
    expect((await post(signed(body, 'json', { retryNum: 1 }))).status).toBe(200);
    await waitForPosts(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(slack.posts()).toHaveLength(1);
    expect(slack.posts()[0]?.args).toMatchObject({ channel: 'C0CHAN1', thread_ts: '1700000050.000001' });
    expect(String(slack.posts()[0]?.args.text)).toContain('11th meeting on 3–4 April 2024');
  });

  it('a bad signature gets 401 and nothing is posted', async () => {
    const before = slack.calls.length;
    const r = await post(signed(eventBody(mention('next meeting')), 'json', { signature: 'v0=00' }));
    expect(r.status).toBe(401);
    await new Promise((r2) => setTimeout(r2, 100));
    expect(slack.calls.length).toBe(before);
  });

  it('the slash command answers in the response', async () => {
    const r = await post(signed(commandBody('groups', slack.responseUrl('s1')), 'form'));
    expect(r.status).toBe(200);
    const j = (await r.json()) as { response_type: string; text: string };
    expect(j.response_type).toBe('ephemeral');
    expect(j.text).toContain('Working Group on Firearms (WG.6)');
  });
});
