// Runs in a fresh Node process: loads a bundled Lambda handler and sends it signed
// app_mention Function URL events, as the Lambda runtime would: one cold, then warm ones.
// argv: bundle path, questions JSON file, number of warm requests. Prints JSON.
const { createHmac } = require('node:crypto');
const { readFileSync } = require('node:fs');

const [bundle, questionsFile, warmArg] = process.argv.slice(2);
const { handler } = require(bundle);
const secret = process.env.BENCH_SIGNING_SECRET;
const questions = JSON.parse(readFileSync(questionsFile, 'utf8'));
let seq = 0;

function event(text) {
  seq++;
  const ts = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({
    token: 'legacy', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback',
    event_id: `Ev${process.pid}x${seq}`, event_time: ts,
    authorizations: [{ team_id: 'T0001', user_id: 'UBOT0001', is_bot: true }],
    event: { type: 'app_mention', user: 'U0USER1', text: `<@UBOT0001> ${text}`, ts: `1700000000.${String(seq).padStart(6, '0')}`, channel: 'C0BENCH' },
  });
  const sig = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return {
    version: '2.0', routeKey: '$default', rawPath: '/', rawQueryString: '',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig, host: 'bench.lambda-url.eu-central-1.on.aws' },
    requestContext: { http: { method: 'POST', path: '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'Slackbot 1.0' }, requestId: `r${seq}`, timeEpoch: Date.now() },
    body, isBase64Encoded: false,
  };
}

const context = { getRemainingTimeInMillis: () => 10_000, functionName: 'bench', awsRequestId: 'bench' };

async function main() {
  const t0 = performance.now();
  const cold = await handler(event(questions[0]), context);
  if (cold.statusCode !== 200) throw new Error(`cold request: status ${cold.statusCode}`);
  const coldMs = performance.now() - t0;
  // CPU of the whole process until the reply (less sensitive than time to a busy machine)
  const cpu = process.cpuUsage();
  const coldCpuMs = (cpu.user + cpu.system) / 1000;
  const warm = [];
  // when each warm event was handed to the handler, on the clock the fake Slack's arrivals use
  // (wall time with sub-millisecond precision, shared by both processes)
  const sent = [];
  for (let i = 0; i < Number(warmArg); i++) {
    const e = event(questions[(i + 1) % questions.length]);
    const t = performance.now();
    sent.push(performance.timeOrigin + t);
    const r = await handler(e, context);
    warm.push(performance.now() - t);
    if (r.statusCode !== 200) throw new Error(`warm request: status ${r.statusCode}`);
  }
  process.stdout.write(JSON.stringify({ coldHandlerMs: coldMs, coldCpuMs, warm, sent }));
  // keep-alive sockets would keep the process up
  process.exit(0);
}
main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
