import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { build } from 'esbuild';
import { lambdaBuildOptions } from '../lib/bundling/lambda-bundle';

// run from the repository root (npm run bench); this file is itself bundled elsewhere
const ROOT = `${process.cwd()}/`;
const OUT = `${ROOT}.local/bench/bundles/`;

/** Bundles an entry the way the stack does (lib/bundling/lambda-bundle.ts). */
async function bundle(name: string, entry: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const outfile = `${OUT}${name}.cjs`;
  await build(lambdaBuildOptions(ROOT, entry, outfile));
  return outfile;
}

/**
 * The handler requests its secret-less configuration's data as it loads: a closed port on
 * this machine (the request fails at once), so nothing leaves it and nothing is waited for.
 */
const LOCAL_ENV = {
  ...process.env,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: 'benchmark-signing-secret',
  SLACK_SECRET_ARN: '',
  TABLE_NAME: 'bench',
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
};

/** Milliseconds to require the bundle in a fresh Node process (median of runs). */
function loadMs(file: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['-e', `const t=process.hrtime.bigint();require(${JSON.stringify(file)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`], {
      env: LOCAL_ENV,
    });
    times.push(Number(out));
  }
  return times;
}

/** Milliseconds from a fresh process's require to the answer of its first request (url_verification, no network). */
function firstAnswerMs(file: string, secret: string): number {
  const body = JSON.stringify({ type: 'url_verification', challenge: 'c' });
  const script = `
    const { createHmac } = require('node:crypto');
    const t = process.hrtime.bigint();
    const { handler } = require(${JSON.stringify(file)});
    const ts = Math.floor(Date.now() / 1000);
    const body = ${JSON.stringify(body)};
    const sig = 'v0=' + createHmac('sha256', ${JSON.stringify(secret)}).update('v0:' + ts + ':' + body).digest('hex');
    handler({ version: '2.0', rawPath: '/', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig }, body, isBase64Encoded: false, requestContext: { http: { method: 'POST' } } }, {})
      .then((r) => { if (r.statusCode !== 200) throw new Error('status ' + r.statusCode); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6)); });`;
  const out = execFileSync(process.execPath, ['-e', script], {
    env: { ...LOCAL_ENV, SLACK_SIGNING_SECRET: secret },
  });
  return Number(out);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchColdStart(runs = 15): Promise<void> {
  const ours = await bundle('slack-handler', 'lambda/handlers/slack.ts');
  const minimal = await bundle('minimal-bolt', 'bench/minimal-bolt.ts');
  // alternate the two so machine noise hits both alike
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(...loadMs(ours, 1));
    b.push(...loadMs(minimal, 1));
  }
  const kb = (f: string) => (statSync(f).size / 1024).toFixed(0);
  console.log('cold start: bundled like the stack (esbuild, CJS, minified), required in a fresh Node process');
  console.log(`ctoc-bot Slack handler   ${kb(ours).padStart(6)} KB   load ${median(a).toFixed(1)} ms (median of ${runs})`);
  console.log(`minimal Bolt app         ${kb(minimal).padStart(6)} KB   load ${median(b).toFixed(1)} ms (median of ${runs})`);
  const ratio = median(a) / median(b);
  console.log(`ratio: load time ${ratio.toFixed(2)}x the minimal Bolt app's (target <= 1.30x) ${ratio <= 1.3 ? 'OK' : 'OVER TARGET'}`);
  const fa: number[] = [];
  const fb: number[] = [];
  for (let i = 0; i < runs; i++) {
    fa.push(firstAnswerMs(ours, 'benchmark-signing-secret'));
    fb.push(firstAnswerMs(minimal, 'benchmark-signing-secret'));
  }
  console.log(`load + first answer (url_verification, no network): ctoc-bot ${median(fa).toFixed(1)} ms, minimal Bolt ${median(fb).toFixed(1)} ms, ratio ${(median(fa) / median(fb)).toFixed(2)}x`);
}
