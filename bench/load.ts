/**
 * A bounded load test of the local Slack server: signed requests at a fixed
 * concurrency against `serve` on 127.0.0.1 (with a local fake of the Slack Web API),
 * then errors, throughput and latency percentiles. Usage:
 *   npm run load -- [--requests 3000] [--concurrency 32]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../lambda/adapters/logger';
import { startLocalSlackApp } from '../lambda/adapters/slack/app-factory';
import { slackConfig } from '../lambda/adapters/slack/config';
import { openStorage, settingsFrom, slackDeps } from '../lambda/composition';
import { startFakeSlack } from '../test/helpers/fake-slack';
import { BOT_TOKEN, BOT_USER, SIGNING_SECRET, commandBody, dm, eventBody, mention, signed } from '../test/helpers/slack-requests';
import { benchQuestions } from './questions';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '3000' }, concurrency: { type: 'string', default: '32' } } });
const total = Math.min(Number(values.requests), 50_000);
const concurrency = Math.min(Number(values.concurrency), 256);
const DEADLINE_MS = 120_000;

process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
const slack = await startFakeSlack();
const local = await openStorage(await settingsFrom({ CTOC_LOCAL_DB_DIR: mkdtempSync(join(tmpdir(), 'ctoc-load-')), AWS_REGION: 'eu-central-1' }), 'embedded', { cacheTtlMs: 300_000 });
const config = slackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_USER_ID: BOT_USER, SLACK_API_URL: slack.apiUrl });
const deps = await slackDeps(local.table, { logger: createLogger() });
const app = await startLocalSlackApp(config, deps, { port: 0 });
const url = app.url as string;
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
await app.stop();
await local.close();
await slack.close();
process.exitCode = errors === 0 && slack.posts().length === expectedPosts ? 0 : 1;
