import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../lambda/cli';
import { type FakeSlack, startFakeSlack } from './fake-slack';
import { type FakeSocketMode, startFakeSocketMode } from './fake-socket-mode';
import { BOT_TOKEN, BOT_USER } from './slack-requests';

export const APP_TOKEN = 'xapp-1-A0001-test';

/** `npm start` connected over Socket Mode to a fake Slack, on a fresh embedded table. */
export interface RunningSocketApp {
  slack: FakeSlack;
  socket: FakeSocketMode;
  /** what the app printed so far */
  stdout(): string;
  stderr(): string;
  /** stops the app, the socket and the fake Slack; resolves with the app's exit code */
  stop(): Promise<number>;
}

/**
 * Starts `ctoc-bot start` with a bot and an app token (Socket Mode), the environment of a
 * developer's machine otherwise (no table: the embedded DynamoDB; no other SLACK_ variable)
 * plus `env`; waits (bounded) until it has said which mode started.
 */
export async function startSocketModeApp(env: Record<string, string> = {}): Promise<RunningSocketApp> {
  const slack = await startFakeSlack();
  const socket = await startFakeSocketMode();
  slack.socketModeUrl = socket.url;
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        add(String(chunk));
        cb();
      },
    });
  let stopApp = () => {};
  const stopped = new Promise<void>((r) => {
    stopApp = r;
  });
  const base: NodeJS.ProcessEnv = { ...process.env, TABLE_NAME: '', CTOC_LOCAL_DB_DIR: mkdtempSync(join(tmpdir(), 'ctoc-socket-')) };
  for (const k of Object.keys(base)) if (k.startsWith('SLACK_')) delete base[k];
  const done = main(['start'], {
    stdout: sink((s) => {
      out += s;
    }),
    stderr: sink((s) => {
      err += s;
    }),
    stdin: new PassThrough(),
    env: { ...base, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_USER_ID: BOT_USER, SLACK_API_URL: slack.apiUrl, ...env },
    stop: stopped,
  });
  for (let i = 0; i < 200 && !out.includes('\n') && !err; i++) await new Promise((r) => setTimeout(r, 50));
  return {
    slack,
    socket,
    stdout: () => out,
    stderr: () => err,
    async stop() {
      stopApp();
      const code = await done;
      await socket.close();
      await slack.close();
      return code;
    },
  };
}
