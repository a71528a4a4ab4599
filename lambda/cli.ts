import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { MemoryRepository } from './adapters/memory/memory-repository';
import { SystemClock } from './adapters/system-clock';
import { AskService } from './app/ask';
import { isValidIso } from './core/dates';
import { CtocError, isCtocError } from './core/errors';
import { toJson } from './core/render-json';

const USAGE = `Usage:
  ctoc-bot ask ["QUESTION"] [--now YYYY-MM-DD] [--json] [--data DIR]
      Answers QUESTION, or each line of standard input when no QUESTION is given.
  ctoc-bot start [--now YYYY-MM-DD] [--data DIR]
      A chat in the terminal (or, when input is piped, answers each line and exits).
  ctoc-bot help

Environment: CTOC_TIME_ZONE (default Europe/Vienna) sets what "today" is.`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
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
    if (command !== 'ask' && command !== 'start') throw new CtocError('BAD_ARGUMENT', `unknown command "${command}" (try: ctoc-bot help)`);
    const opts = options(rest);
    if (opts.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const service = new AskService(new MemoryRepository(opts.data), new SystemClock(io.env.CTOC_TIME_ZONE || undefined));
    // load and validate the data before reading any question, so bad data fails first
    await service.ask('help', opts.now ?? '2000-01-01');
    const answerLine = async (q: string) => {
      const a = await service.ask(q, opts.now);
      return opts.json ? JSON.stringify(toJson(a)) : a.text;
    };
    if (command === 'ask') {
      if (opts.positionals.length > 0) {
        io.stdout.write(`${await answerLine(opts.positionals.join(' '))}\n`);
        return 0;
      }
      for await (const q of lines(io.stdin)) io.stdout.write(`${await answerLine(q)}\n`);
      return 0;
    }
    if (!io.stdin.isTTY) {
      for await (const q of lines(io.stdin)) io.stdout.write(`${await answerLine(q)}\n`);
      return 0;
    }
    return await chat(io, answerLine);
  } catch (e) {
    const message = isCtocError(e) ? e.message : e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS') ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    io.stderr.write(`ctoc-bot: ${message}\n`);
    return isCtocError(e) && e.code !== 'BAD_ARGUMENT' ? 1 : 2;
  }
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
