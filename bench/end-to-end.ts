/**
 * End to end, as Slack sees it: a signed app_mention Function URL event into the bundled
 * Slack handler (built as the stack builds it), with a seeded local table (dynalite), a
 * local Secrets Manager and the fake Slack Web API on 127.0.0.1, until chat.postMessage
 * arrives — against a minimal Bolt app bundled the same way, in the same run.
 * Cold: process start to the post arriving, median over fresh processes (the two apps
 * alternate so machine noise hits both alike). Warm: p50/p99 of handler calls, each of
 * which returns once the post is answered.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundledDataset } from '../lambda/adapters/memory/bundled-data';
import { createDocumentClient } from '../lambda/adapters/dynamodb/client';
import { createTable } from '../lambda/adapters/dynamodb/create-table';
import { startEmbeddedDynamo } from '../lambda/adapters/dynamodb/embedded';
import { seedTable } from '../lambda/adapters/dynamodb/seeder';
import { lambdaBuildOptions } from '../lib/bundling/lambda-bundle';
import { startFakeSlack } from '../test/helpers/fake-slack';
import { startFakeSecretsManager } from './e2e/fake-secrets-manager';
import { benchQuestions } from './questions';

// run from the repository root (npm run bench); this file is itself bundled elsewhere
const ROOT = `${process.cwd()}/`;
const OUT = `${ROOT}.local/bench/bundles/`;
const SIGNING_SECRET = 'benchmark-signing-secret-0123';

/** Bundles an entry as the stack does; `plain`: without our module substitutions (Bolt as anyone bundles it). */
async function bundle(name: string, entry: string, plain = false): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const outfile = `${OUT}${name}.cjs`;
  await build({ ...lambdaBuildOptions(ROOT, entry, outfile), ...(plain ? { alias: {} } : {}) });
  return outfile;
}

interface ProcessResult {
  /** spawn to the post arriving at the fake Slack */
  coldMs: number;
  /** CPU this process (the local table, Secrets Manager and Slack) spent per warm question */
  standInCpuUs: number;
  /** CPU the process used until its cold reply */
  coldCpuMs: number;
  /** event handed to the handler -> reply arriving at the fake Slack, per warm question */
  warm: number[];
  /** event handed to the handler -> handler returned, per warm question */
  handler: number[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

export async function benchEndToEnd(o: { runs?: number; warm?: number; node?: string } = {}): Promise<void> {
  const runs = o.runs ?? 11;
  const warmN = o.warm ?? 300;
  const node = o.node ?? process.execPath;
  const slack = await startFakeSlack();
  const arrivals: number[] = [];
  // the stand-ins' CPU is counted from the first (cold) reply of each process on
  let coldPost = 0;
  let afterCold: NodeJS.CpuUsage | undefined;
  slack.onCall = (c) => {
    if (c.method !== 'chat.postMessage') return;
    // wall time with sub-millisecond precision: the child processes stamp what they send on the same clock
    arrivals.push(performance.timeOrigin + performance.now());
    if (arrivals.length === coldPost) afterCold = process.cpuUsage();
  };
  const db = await startEmbeddedDynamo();
  const client = createDocumentClient({ endpoint: db.endpoint, region: 'eu-central-1' });
  await createTable(client as never, 'bench-e2e');
  await seedTable(client, 'bench-e2e', bundledDataset());
  client.destroy();
  const secrets = await startFakeSecretsManager(JSON.stringify({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_USER_ID: 'UBOT0001', SLACK_BOT_ID: 'B0BENCH1' }));
  const dir = mkdtempSync(join(tmpdir(), 'ctoc-e2e-'));
  const questionsFile = join(dir, 'questions.json');
  writeFileSync(questionsFile, JSON.stringify(['when did the firearms group meet in 2024?', ...benchQuestions(200).map((q) => (q as { text: string }).text)]));
  const ours = await bundle('slack-handler', 'lambda/handlers/slack.ts');
  const minimal = await bundle('minimal-bolt-plain', 'bench/minimal-bolt.ts', true);
  const minimalTrimmed = await bundle('minimal-bolt', 'bench/minimal-bolt.ts');
  const env = {
    PATH: process.env.PATH,
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    SLACK_SECRET_ARN: 'arn:aws:secretsmanager:eu-central-1:000000000000:secret:ctoc-bench',
    TABLE_NAME: 'bench-e2e',
    DYNAMODB_ENDPOINT: db.endpoint,
    SLACK_API_URL: slack.apiUrl,
    CTOC_TIME_ZONE: 'Europe/Vienna',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    BENCH_SIGNING_SECRET: SIGNING_SECRET,
    // as the stack configures the function: uploads handed over to the document functions
    // (never invoked here; the questions do not upload)
    CTOC_REVIEW_FUNCTION: 'ctoc-bench-review',
    CTOC_APPLY_FUNCTION: 'ctoc-bench-apply',
  };

  const runOnce = (file: string, warm = warmN): Promise<ProcessResult> =>
    new Promise((resolve, reject) => {
      const before = arrivals.length;
      coldPost = before + 1;
      const t0 = performance.timeOrigin + performance.now();
      const child = spawn(node, [`${ROOT}bench/e2e/invoke-bundle.cjs`, file, questionsFile, String(warm)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('close', (code) => {
        if (code !== 0 || arrivals.length < before + 1 + warm) return reject(new Error(`${file}: exit ${code}, ${arrivals.length - before} posts\n${err}`));
        const r = JSON.parse(out) as { warm: number[]; sent: number[]; coldCpuMs: number };
        const c = process.cpuUsage(afterCold);
        // warm: from the event handed to the handler to its reply arriving at Slack (as Slack sees it);
        // handler: until the handler returns (ours then still waits for its de-duplication write)
        const toPost = r.sent.map((at, i) => (arrivals[before + 1 + i] as number) - at);
        resolve({ coldMs: (arrivals[before] as number) - t0, coldCpuMs: r.coldCpuMs, warm: toPost, handler: r.warm, standInCpuUs: warm ? (c.user + c.system) / warm : 0 });
      });
    });

  // DynamoDB requests of a process that answers once (cold), then of one that answers
  // 1 + warmN times: the difference is what the warm questions cost
  const snapshot = () => ({ ...db.requests });
  const s0 = snapshot();
  await runOnce(ours, 0);
  const s1 = snapshot();
  await runOnce(ours);
  const s2 = snapshot();
  const delta = (from: Record<string, number>, to: Record<string, number>, k: string) => (to[k] ?? 0) - (from[k] ?? 0);
  const coldCalls = Object.keys(s2).map((k) => [k, delta(s0, s1, k)] as const).filter(([, v]) => v > 0);
  const warmCalls = Object.keys(s2).map((k) => [k, (delta(s1, s2, k) - delta(s0, s1, k)) / warmN] as const).filter(([, v]) => v > 0);
  const a: ProcessResult[] = [];
  const b: ProcessResult[] = [];
  const c: ProcessResult[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await runOnce(ours));
    b.push(await runOnce(minimal));
    c.push(await runOnce(minimalTrimmed));
  }
  const kb = (f: string) => (statSync(f).size / 1024).toFixed(0);
  const cold = (rs: ProcessResult[]) => median(rs.map((r) => r.coldMs));
  const cpu = (rs: ProcessResult[]) => median(rs.map((r) => r.coldCpuMs));
  const warm = (rs: ProcessResult[], p: number) => pct(rs.flatMap((r) => r.warm), p);
  const handlerP = (rs: ProcessResult[], p: number) => pct(rs.flatMap((r) => r.handler), p);
  const standIn = (rs: ProcessResult[]) => median(rs.map((r) => r.standInCpuUs));
  const row = (name: string, file: string, rs: ProcessResult[]) =>
    console.log(`${name.padEnd(40)} ${kb(file).padStart(6)} KB  cold ${cold(rs).toFixed(1).padStart(6)} ms (CPU ${cpu(rs).toFixed(0).padStart(4)} ms)  warm p50 ${warm(rs, 50).toFixed(2).padStart(5)} ms  p99 ${warm(rs, 99).toFixed(2).padStart(6)} ms  (handler returns: p50 ${handlerP(rs, 50).toFixed(2)} ms)  stand-ins' CPU ${standIn(rs).toFixed(0).padStart(4)} µs/question`);
  console.log(`end to end (${node === process.execPath ? `Node ${process.version}` : node}): signed app_mention -> bundled handler -> chat.postMessage on the fake Slack; local table, Secrets Manager and Web API`);
  console.log(`cold = process start to the reply posted, median of ${runs} processes; warm = ${warmN} questions in each process, event handed to the handler to the reply arriving at Slack;`);
  console.log("stand-ins' CPU = what the local table, Secrets Manager and Slack (this process, on the same CPUs) spent per warm question");
  row('ctoc-bot Slack handler', ours, a);
  row('minimal Bolt app (same esbuild options)', minimal, b);
  row('minimal Bolt app, also trimmed like ours', minimalTrimmed, c);
  const list = (xs: (readonly [string, number])[]) => xs.map(([k, v]) => `${k} ${Number(v.toFixed(2))}`).join(', ') || 'none';
  const perWarm = warmCalls.reduce((t, [, v]) => t + v, 0);
  console.log(`DynamoDB requests: cold start ${list(coldCalls)}; per warm question ${perWarm.toFixed(2)} (${list(warmCalls)}) (target <= 1) ${perWarm <= 1 ? 'OK' : 'OVER TARGET'}`);
  const ratios = (rs: ProcessResult[], label: string) => {
    const c = cold(a) / cold(rs);
    const cc = cpu(a) / cpu(rs);
    const w = warm(a, 50) / warm(rs, 50);
    const h = handlerP(a, 50) / handlerP(rs, 50);
    console.log(`ratio vs ${label}: cold ${c.toFixed(2)}x (target <= 1.30x) ${c <= 1.3 ? 'OK' : 'OVER TARGET'} (CPU ${cc.toFixed(2)}x); warm p50 ${w.toFixed(2)}x (target <= 2.00x) ${w <= 2 ? 'OK' : 'OVER TARGET'} (until the handler returns: ${h.toFixed(2)}x)`);
  };
  ratios(b, 'the minimal Bolt app');
  ratios(c, 'the trimmed minimal Bolt app');
  await secrets.close();
  await slack.close();
  await db.close();
}
