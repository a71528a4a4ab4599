import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lambda/cli';
import type { FakeSlack } from '../helpers/fake-slack';
import type { FakeSocketMode } from '../helpers/fake-socket-mode';
import { APP_TOKEN, type RunningSocketApp, startSocketModeApp } from '../helpers/socket-mode-app';
import { BOT_TOKEN, dm, eventBody } from '../helpers/slack-requests';

const sink = () => {
  const out = { text: '' };
  const stream = new Writable({
    write(chunk, _enc, cb) {
      out.text += String(chunk);
      cb();
    },
  });
  return { out, stream };
};
/** the environment of a developer's machine: no table (embedded DynamoDB), and only the Slack variables given */
const envWith = (slack: Record<string, string>) => {
  const env: NodeJS.ProcessEnv = { ...process.env, TABLE_NAME: '', CTOC_LOCAL_DB_DIR: mkdtempSync(join(tmpdir(), 'ctoc-modes-')) };
  for (const k of Object.keys(env)) if (k.startsWith('SLACK_')) delete env[k];
  return { ...env, ...slack };
};

describe('npm start with an app token and a bot token: Socket Mode, no signing secret needed', () => {
  let app: RunningSocketApp;
  let slack: FakeSlack;
  let socket: FakeSocketMode;

  beforeAll(async () => {
    app = await startSocketModeApp();
    ({ slack, socket } = app);
  });
  afterAll(async () => {
    expect(await app.stop()).toBe(0);
  });

  it('says which mode started and why', () => {
    expect(app.stderr()).toBe('');
    expect(app.stdout()).toBe('ctoc-bot: Socket Mode (SLACK_APP_TOKEN is set; Socket Mode needs no public URL and no signing secret): connected to Slack\n');
    const open = slack.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
  });

  it('answers a direct message that arrives over the socket', async () => {
    await socket.connected;
    const ack = await socket.sendEvent(JSON.parse(eventBody(dm('when did the firearms group meet in 2024?'))));
    expect(ack.envelope_id).toBe('env-1');
    for (let i = 0; i < 100 && slack.posts().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(slack.posts()).toHaveLength(1);
    expect(slack.posts()[0]?.token).toBe(BOT_TOKEN);
    expect(String(slack.posts()[0]?.args.text)).toContain('11th meeting on 3–4 April 2024');
  });
});

describe('each mode requires only what it needs', () => {
  it('serve over HTTP without a signing secret is one clear error naming both ways out', async () => {
    const stderr = sink();
    const code = await main(['serve', '--port', '0'], { stdout: sink().stream, stderr: stderr.stream, stdin: new PassThrough(), env: envWith({ SLACK_BOT_TOKEN: BOT_TOKEN }) });
    expect(code).toBe(2);
    expect(stderr.out.text).toBe(
      "ctoc-bot: invalid Slack configuration: SLACK_SIGNING_SECRET: HTTP mode verifies Slack's signature on every request; set it, or set SLACK_APP_TOKEN for Socket Mode (which needs none)\n",
    );
  });

  it('npm start with a bot token alone says why it is not connecting, then answers in the terminal', async () => {
    const stdout = sink();
    const stderr = sink();
    const stdin = new PassThrough();
    stdin.end('next meeting\n');
    const code = await main(['start', '--now', '2024-07-15'], { stdout: stdout.stream, stderr: stderr.stream, stdin, env: envWith({ SLACK_BOT_TOKEN: BOT_TOKEN }) });
    expect(code).toBe(0);
    expect(stderr.out.text).toBe('ctoc-bot: not connecting to Slack (SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP)); starting the terminal chat\n');
    expect(stdout.out.text).toContain('12th session');
  });
});
