import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createDocumentClient } from './adapters/dynamodb/client';
import { type StorageConfig, storageConfig } from './adapters/dynamodb/config';
import { createLogger } from './adapters/logger';
import { startLocalSlackApp } from './adapters/slack/app-factory';
import { hasSlackTokens, slackConfig } from './adapters/slack/config';
import { SystemClock } from './adapters/system-clock';
import { AskService } from './app/ask';
import { seed } from './app/seed';
import { slackDepsOverTable } from './app/slack-wiring';
import { repositoryFor, startLocalStorage } from './app/storage';
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
      Runs the Slack app locally: Socket Mode when SLACK_APP_TOKEN is set, otherwise
      HTTP with events at http://127.0.0.1:PORT/slack/events. Needs SLACK_BOT_TOKEN and
      SLACK_SIGNING_SECRET; \`npm start\` does this when they are set.
  ctoc-bot seed [--table NAME] [--create] [--data DIR]
      Validates data/, then writes it to the table (idempotent; --create makes the table).
  ctoc-bot help

Environment: CTOC_TIME_ZONE (default Europe/Vienna) sets what "today" is; TABLE_NAME,
DYNAMODB_ENDPOINT (a local server), AWS_REGION, CTOC_CACHE_TTL_SECONDS (default 300).`;

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
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.now !== undefined && !isValidIso(values.now)) {
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
    if (!['ask', 'start', 'seed', 'serve'].includes(command)) throw new CtocError('BAD_ARGUMENT', `unknown command "${command}" (try: ctoc-bot help)`);
    const opts = options(rest);
    if (opts.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const config = storageConfig(io.env, { tableName: opts.table });
    if (command === 'seed') {
      if (!config.tableName) throw new CtocError('BAD_ARGUMENT', 'seed needs a table: --table NAME or TABLE_NAME');
      const r = await seed({ client: createDocumentClient(config), tableName: config.tableName, dataDir: opts.data, create: opts.create });
      io.stdout.write(`${r.created ? `created table ${config.tableName}; ` : ''}seeded ${config.tableName}: ${r.written} items written, ${r.deleted} stale items removed (data version ${r.version})\n`);
      return 0;
    }
    if (command === 'serve' || (command === 'start' && hasSlackTokens(io.env))) {
      return await serve(io, config, opts);
    }
    let local: Awaited<ReturnType<typeof startLocalStorage>> | undefined;
    if (command === 'start' && !config.tableName) local = await startLocalStorage({ dataDir: opts.data, dbDir: io.env.CTOC_LOCAL_DB_DIR || undefined, region: config.region, cacheTtlMs: config.cacheTtlMs });
    try {
      const repository = local?.repository ?? repositoryFor(config, opts.data);
      const service = new AskService(repository, new SystemClock(io.env.CTOC_TIME_ZONE || undefined));
      // load and validate the data before reading any question, so bad data fails first
      await service.ask('help', opts.now ?? '2000-01-01');
      const answerLine = async (q: string) => {
        const a = await service.ask(q, opts.now);
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
      return await chat(io, answerLine);
    } finally {
      await local?.db.close();
    }
  } catch (e) {
    const message = isCtocError(e) ? e.message : e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS') ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    io.stderr.write(`ctoc-bot: ${message}\n`);
    return isCtocError(e) && e.code !== 'BAD_ARGUMENT' ? 1 : 2;
  }
}

/** The Slack app on this machine, until SIGINT/SIGTERM (or until io.stop resolves, in tests). */
async function serve(io: Io, config: StorageConfig, opts: ReturnType<typeof options>): Promise<number> {
  const slack = slackConfig(io.env);
  const port = opts.port === undefined ? 3000 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CtocError('BAD_ARGUMENT', `--port must be a port number, got "${opts.port}"`);
  const logger = createLogger();
  let local: Awaited<ReturnType<typeof startLocalStorage>> | undefined;
  if (!config.tableName) local = await startLocalStorage({ dataDir: opts.data, dbDir: io.env.CTOC_LOCAL_DB_DIR || undefined, region: config.region, cacheTtlMs: config.cacheTtlMs });
  const storage = local?.config ?? config;
  const deps = slackDepsOverTable({ client: createDocumentClient(storage), tableName: storage.tableName as string, cacheTtlMs: storage.cacheTtlMs, logger, timeZone: io.env.CTOC_TIME_ZONE || undefined });
  const running = await startLocalSlackApp(slack, deps, { port, host: opts.host });
  io.stdout.write(running.url ? `ctoc-bot: Slack events at ${running.url}\n` : 'ctoc-bot: connected to Slack in Socket Mode\n');
  await (io.stop ?? new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  }));
  await running.stop();
  await local?.db.close();
  return 0;
}

async function chat(io: Io, answerLine: (q: string) => Promise<string>): Promise<number> {
  const rl = createInterface({ input: io.stdin, output: io.stdout, prompt: 'ctoc> ' });
  io.stdout.write('ctoc-bot: ask about UNTOC meetings and reports, in English or French. "exit" or Ctrl-D to leave.\n');
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
