/**
 * A bounded load test of the local Slack server: `ctoc-bot serve` started in its own
 * process (with its embedded DynamoDB, files in a temporary folder), signed requests at a
 * fixed concurrency from this one (with a local fake of the Slack Web API), then errors,
 * throughput and latency percentiles. Usage:
 *   npm run load -- [--requests 3000] [--concurrency 32]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeSlack } from '../test/helpers/fake-slack';
import { BOT_TOKEN, BOT_USER, SIGNING_SECRET, commandBody, dm, eventBody, mention, signed } from '../test/helpers/slack-requests';
import { benchQuestions } from './questions';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '3000' }, concurrency: { type: 'string', default: '32' } } });
const total = Math.min(Number(values.requests), 50_000);
const concurrency = Math.min(Number(values.concurrency), 256);
const DEADLINE_MS = 120_000;

const slack = await startFakeSlack();
const server = spawn(process.execPath, [...(process.env.CTOC_LOAD_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), 'bin/ctoc-bot.mjs', 'serve', '--port', '0'], {
  env: {
    ...process.env,
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_USER_ID: BOT_USER,
    SLACK_API_URL: slack.apiUrl,
    SLACK_APP_TOKEN: '',
    TABLE_NAME: '',
    CTOC_LOCAL_DB_DIR: mkdtempSync(join(tmpdir(), 'ctoc-load-')),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error(`serve did not start in 60 s: ${out}`)), 60_000);
  server.stdout.on('data', (d) => {
    out += d;
    const m = /Slack events at (\S+)/.exec(out);
    if (m?.[1]) {
      clearTimeout(timer);
      resolve(m[1]);
    }
  });
  server.once('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
});
const questions = benchQuestions(total);

const latencies: number[] = [];
let errors = 0;
let next = 0;
const started = performance.now();
async function worker() {
  while (next < total && performance.now() - started < DEADLINE_MS) {
    const i = next++;
    const q = (questions[i] as { text: string }).text;
    const kind = i % 3;
    const req = kind === 0 ? signed(eventBody(mention(q)), 'json') : kind === 1 ? signed(eventBody(dm(q)), 'json') : signed(commandBody(q, slack.responseUrl(`l${i}`)), 'form');
    const t0 = performance.now();
    try {
      const r = await fetch(url, { method: 'POST', body: req.body, headers: req.headers });
      await r.arrayBuffer();
      if (r.status !== 200) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
// events are acknowledged before they are answered: wait (bounded) for the posts
const expectedPosts = Math.ceil(latencies.length / 3) * 2 - (latencies.length % 3 === 1 ? 1 : 0);
for (let i = 0; i < 200 && slack.posts().length < expectedPosts; i++) await new Promise((r) => setTimeout(r, 25));
latencies.sort((a, b) => a - b);
const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
console.log(`load: ${latencies.length} signed requests (mentions, DMs, /ctoc) at concurrency ${concurrency} against ${url}`);
console.log(`errors: ${errors}`);
console.log(`throughput: ${(latencies.length / seconds).toFixed(0)} requests/s over ${seconds.toFixed(1)} s`);
console.log(`latency: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`);
console.log(`Slack posts recorded: ${slack.posts().length} of ${expectedPosts} expected (one per mention and DM)`);
const stopped = new Promise((r) => server.once('exit', r));
server.kill('SIGTERM');
await stopped;
await slack.close();
process.exitCode = errors === 0 && slack.posts().length === expectedPosts ? 0 : 1;
