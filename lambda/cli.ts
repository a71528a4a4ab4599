import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { localSlackMode } from './adapters/slack/config';
import { zonedTimeToInstant } from './adapters/system-clock';
import { ingestFiles } from './app/ingest';
import { type Settings, cliAsk, cliCalendar, cliReminders, cliSeed, cliSlack, settingsFrom } from './composition';
import { isValidIso } from './core/dates';
import { CtocError, isCtocError } from './core/errors';
import { toJson } from './core/render-json';

const USAGE = `Usage:
  ctoc-bot ask ["QUESTION"] [--now YYYY-MM-DD] [--json] [--data DIR] [--table NAME]
      Answers QUESTION, or each line of standard input when no QUESTION is given.
      Without a table (--table or TABLE_NAME) the answers come from data/.
  ctoc-bot start [--now YYYY-MM-DD] [--data DIR]
      A chat in the terminal over an embedded DynamoDB (.local/dynalite) seeded from
      data/; when input is piped, answers each line and exits.
  ctoc-bot serve [--port 3000] [--table NAME]
      Runs the Slack app locally: Socket Mode when SLACK_APP_TOKEN is set (needs
      SLACK_BOT_TOKEN and SLACK_APP_TOKEN, no signing secret, no public URL), otherwise
      HTTP with events at http://127.0.0.1:PORT/slack/events (needs SLACK_BOT_TOKEN and
      SLACK_SIGNING_SECRET). \`npm start\` does this when either pair is set.
  ctoc-bot reminders [--now YYYY-MM-DDTHH:MM] [--dry-run] [--table NAME]
      Runs the reminders job once (now in CTOC_TIME_ZONE). --dry-run prints what would
      be posted and writes nothing; otherwise it needs SLACK_BOT_TOKEN.
  ctoc-bot calendar [--body ID] [--lang en|fr] [--table NAME]
      Prints the iCalendar feed of all meetings (or one body's) to standard output.
  ctoc-bot ingest FILE... [--out DIR]
      Reads CTOC/COP documents (text or PDF, French or English: reports, agendas,
      background papers, notes, announcements), extracts meetings, their documents and
      mandates with provenance, and merges them into DIR (default data/); prints a
      summary per file and a total; what needs a person goes to DIR/review.json. Exit
      code 1 when any file was refused (the others are still merged).
  ctoc-bot seed [--table NAME] [--create] [--data DIR]
      Validates data/, then writes it to the table (idempotent; --create makes the table).
  ctoc-bot help

Environment: CTOC_TIME_ZONE (default Europe/Vienna) sets what "today" is; TABLE_NAME,
DYNAMODB_ENDPOINT (a local server), AWS_REGION, CTOC_CACHE_TTL_SECONDS (default 300),
CTOC_DATA_CHECK_SECONDS (default 5: how often a cached copy checks the data version),
CTOC_EDITORS (Slack user ids, comma-separated, who may add documents from Slack).`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** resolves when a long-running command (serve) should stop; signals otherwise */
  stop?: Promise<void>;
}

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      now: { type: 'string' },
      json: { type: 'boolean', default: false },
      data: { type: 'string' },
      table: { type: 'string' },
      create: { type: 'boolean', default: false },
      port: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      body: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.now !== undefined && !isValidIso(values.now) && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(values.now)) {
    throw new CtocError('BAD_ARGUMENT', `--now must be a date as YYYY-MM-DD, got "${values.now}"`);
  }
  return { ...values, positionals };
}

async function* lines(stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const rl = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.trim()) yield line;
}

/** Runs the ctoc-bot command; returns the exit code instead of exiting, for tests. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    if (!['ask', 'start', 'seed', 'serve', 'reminders', 'calendar', 'ingest'].includes(command)) throw new CtocError('BAD_ARGUMENT', `unknown command "${command}" (try: ctoc-bot help)`);
    const opts = options(rest);
    if (opts.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const settings = await settingsFrom(io.env, { table: opts.table, data: opts.data });
    if (command === 'seed') {
      const r = await cliSeed(settings, { create: opts.create });
      const table = settings.storage.tableName;
      const slack = r.replayed.length ? `, with ${r.replayed.length} document(s) added from Slack re-applied` : '';
      io.stdout.write(`${r.created ? `created table ${table}; ` : ''}seeded ${table}: ${r.written} items written, ${r.deleted} stale items removed${slack} (data version ${r.version})\n`);
      for (const k of r.skipped) io.stderr.write(`ctoc-bot: a document added from Slack was not re-applied: ${k.document} (change ${k.changeId}): ${k.reason}\n`);
      return 0;
    }
    if (command === 'reminders') return await reminders(io, settings, opts);
    if (command === 'ingest') {
      if (opts.positionals.length === 0) throw new CtocError('BAD_ARGUMENT', 'usage: ctoc-bot ingest FILE... [--out DIR]');
      const run = await ingestFiles(opts.positionals, { outDir: opts.out, dataDir: opts.data, progress: (line) => io.stderr.write(`${line}\n`) });
      for (const f of run.files) {
        if (f.ok) io.stdout.write(`${f.summary}\n`);
        else io.stderr.write(`ctoc-bot: ${f.error}\n`);
      }
      io.stdout.write(`${run.total}\n`);
      return run.files.every((f) => f.ok) ? 0 : 1;
    }
    if (command === 'calendar') {
      if (opts.lang !== undefined && opts.lang !== 'en' && opts.lang !== 'fr') throw new CtocError('BAD_ARGUMENT', `--lang must be en or fr, got "${opts.lang}"`);
      io.stdout.write(await cliCalendar(settings, { body: opts.body, lang: opts.lang as 'en' | 'fr' | undefined }));
      return 0;
    }
    if (opts.now !== undefined && !isValidIso(opts.now)) throw new CtocError('BAD_ARGUMENT', `--now must be a date as YYYY-MM-DD, got "${opts.now}"`);
    const slackMode = localSlackMode(io.env);
    if (command === 'serve' || (command === 'start' && slackMode.mode)) return await serve(io, settings, opts);
    // Slack half-configured: say why `npm start` is not connecting, then chat in the terminal
    if (command === 'start' && (io.env.SLACK_BOT_TOKEN || io.env.SLACK_APP_TOKEN || io.env.SLACK_SIGNING_SECRET)) io.stderr.write(`ctoc-bot: not connecting to Slack (${slackMode.why}); starting the terminal chat\n`);
    const { ask, close } = await cliAsk(settings, command === 'start' ? 'embedded' : 'memory');
    try {
      // load and validate the data before reading any question, so bad data fails first
      await ask.ask('help', opts.now ?? '2000-01-01');
      const answerLine = async (q: string) => {
        const a = await ask.ask(q, opts.now);
        return opts.json ? JSON.stringify(toJson(a)) : a.text;
      };
      if (command === 'ask' && opts.positionals.length > 0) {
        io.stdout.write(`${await answerLine(opts.positionals.join(' '))}\n`);
        return 0;
      }
      if (command === 'ask' || !io.stdin.isTTY) {
        for await (const q of lines(io.stdin)) io.stdout.write(`${await answerLine(q)}\n`);
        return 0;
      }
      return await chat(io, answerLine, slackMode.why);
    } finally {
      await close();
    }
  } catch (e) {
    const message = isCtocError(e) ? e.message : e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS') ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    io.stderr.write(`ctoc-bot: ${message}\n`);
    return isCtocError(e) && e.code !== 'BAD_ARGUMENT' ? 1 : 2;
  }
}

/** One run of the reminders job, on the configured table or the embedded local one. */
async function reminders(io: Io, settings: Settings, opts: ReturnType<typeof options>): Promise<number> {
  const { timeZone } = settings;
  let now: Date;
  try {
    now = opts.now === undefined ? new Date() : zonedTimeToInstant(/T/.test(opts.now) ? opts.now : `${opts.now}T07:00`, timeZone);
  } catch {
    throw new CtocError('BAD_ARGUMENT', `--now must be YYYY-MM-DDTHH:MM (or YYYY-MM-DD), got "${opts.now}"`);
  }
  const dryRun = opts['dry-run'];
  const token = io.env.SLACK_BOT_TOKEN;
  if (!dryRun && !token) throw new CtocError('BAD_ARGUMENT', 'reminders needs SLACK_BOT_TOKEN to post (or --dry-run)');
  const { run, close } = await cliReminders(settings, { botToken: dryRun ? undefined : token, apiUrl: io.env.SLACK_API_URL });
  try {
    const r = await run(now, { dryRun });
    for (const p of dryRun ? r.wouldPost : r.posted) io.stdout.write(`${dryRun ? 'would post' : 'posted'} to ${p.subscriber}: ${p.text}\n`);
    for (const f of r.failed) io.stdout.write(`failed for ${f.subscriber}: ${f.error}\n`);
    io.stdout.write(`reminders for ${r.today} (${timeZone}): ${dryRun ? `${r.wouldPost.length} would be posted (dry run, nothing written)` : `${r.posted.length} posted, ${r.skipped} already sent, ${r.failed.length} failed, ${r.disabled.length} subscriptions disabled`}\n`);
    return r.failed.length > 0 && r.posted.length === 0 && !dryRun ? 1 : 0;
  } finally {
    await close();
  }
}

/** The Slack app on this machine, until SIGINT/SIGTERM (or until io.stop resolves, in tests). */
async function serve(io: Io, settings: Settings, opts: ReturnType<typeof options>): Promise<number> {
  const port = opts.port === undefined ? 3000 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CtocError('BAD_ARGUMENT', `--port must be a port number, got "${opts.port}"`);
  const running = await cliSlack(settings, io.env, { port, host: opts.host });
  io.stdout.write(running.mode === 'socket' ? `ctoc-bot: Socket Mode (${running.why}): connected to Slack\n` : `ctoc-bot: HTTP mode (${running.why}): Slack events at ${running.url}\n`);
  await (io.stop ?? new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  }));
  await running.stop();
  return 0;
}

async function chat(io: Io, answerLine: (q: string) => Promise<string>, why: string): Promise<number> {
  const rl = createInterface({ input: io.stdin, output: io.stdout, prompt: 'ctoc> ' });
  io.stdout.write(`ctoc-bot: terminal chat (not Slack: ${why}). Ask about UNTOC meetings and reports, in English or French. "exit" or Ctrl-D to leave.\n`);
  rl.prompt();
  for await (const line of rl) {
    const q = line.trim();
    if (q === 'exit' || q === 'quit') break;
    if (q) io.stdout.write(`${await answerLine(q)}\n`);
    rl.prompt();
  }
  rl.close();
  return 0;
}
