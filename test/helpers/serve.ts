import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../lambda/cli';
import { type FakeSlack, startFakeSlack } from './fake-slack';
import { BOT_TOKEN, BOT_USER, SIGNING_SECRET } from './slack-requests';

/** `ctoc-bot serve` running in this process over a fresh embedded table and a fake Slack Web API. */
export interface RunningServe {
  slack: FakeSlack;
  /** http://127.0.0.1:PORT/slack/events, or '' when it did not start */
  url: string;
  /** stops the server and the fake Slack; resolves with serve's exit code */
  stop(): Promise<number>;
}

/** Starts `ctoc-bot serve --port 0` (HTTP mode) with the test tokens and `env` on top; waits (bounded) until it listens. */
export async function startServe(env: Record<string, string> = {}): Promise<RunningServe> {
  const slack = await startFakeSlack();
  let out = '';
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  let stopServer = () => {};
  const stopped = new Promise<void>((r) => {
    stopServer = r;
  });
  const done = main(['serve', '--port', '0'], {
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
      ...env,
    },
    stop: stopped,
  });
  for (let i = 0; i < 200 && !out.includes('/slack/events'); i++) await new Promise((r) => setTimeout(r, 50));
  const url = /http:\/\/\S+\/slack\/events/.exec(out)?.[0] ?? '';
  return {
    slack,
    url,
    async stop() {
      stopServer();
      const code = await done;
      await slack.close();
      return code;
    },
  };
}
