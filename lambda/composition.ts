/**
 * The composition root: the one place where validated configuration (a Lambda's
 * environment, the CLI's flags, the local embedded storage) becomes the adapters and
 * use cases an entry point runs. Handlers (lambda/handlers/) and CLI commands
 * (lambda/cli.ts) each call one function here and do nothing else.
 *
 * Adapters and use cases are imported inside the function that needs them
 * (`await import`), never at the top of this file: a Lambda bundle then carries only what
 * its entry point uses (esbuild drops the builders it does not call, with their
 * imports), and nothing heavy loads when a handler module is imported.
 */
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResult } from 'aws-lambda';
import type { StorageConfig } from './adapters/dynamodb/config';
import type { RunningSlackApp, SlackLambdaHandler } from './adapters/slack/app-factory';
import type { PdfText } from './adapters/documents/ingest-reader';
import type { ChangeFeature } from './adapters/slack/change-listeners';
import type { SlackDeps } from './adapters/slack/listeners';
import type { ApplyJob, ReviewJob } from './core/changes/upload';
import type { AskService } from './app/ask';
import type { ReminderRunOptions, ReminderRunReport } from './app/reminders';
import type { AppLogger, Clock, EventDeduplicator, MeetingRepository } from './core/ports';

export type Env = Record<string, string | undefined>;

/** The embedded DynamoDB's table (npm start, serve and reminders with no table configured). */
export const LOCAL_TABLE = 'ctoc-bot-local';

/** What every entry point is configured with, read and validated once. */
export interface Settings {
  storage: StorageConfig;
  /** the team's time zone: what "today" is (CTOC_TIME_ZONE, default Europe/Vienna) */
  timeZone: string;
  /** the data folder (--data DIR; default the repository's data/) */
  dataDir?: string;
  /** where the embedded DynamoDB keeps its files (CTOC_LOCAL_DB_DIR; default .local/dynalite) */
  localDbDir?: string;
  /** how many days late a missed reminder is still sent (CTOC_CATCH_UP_DAYS) */
  catchUpDays?: number;
  /** the public calendar feed, linked by /ctoc calendar (CTOC_CALENDAR_URL) */
  calendarUrl?: string;
  /** Slack user ids who may add documents from Slack (CTOC_EDITORS; the stack's `editors` context) */
  editors: string[];
}

/** Settings from an environment and CLI flags; a bad value is one CtocError naming the variable. */
export async function settingsFrom(env: Env, flags: { table?: string; data?: string } = {}): Promise<Settings> {
  const [{ storageConfig }, { CtocError }, { editorsFrom }] = await Promise.all([import('./adapters/dynamodb/config'), import('./core/errors'), import('./adapters/slack/editors')]);
  const timeZone = env.CTOC_TIME_ZONE || 'Europe/Vienna';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new CtocError('BAD_ARGUMENT', `invalid configuration: CTOC_TIME_ZONE: an IANA time zone such as Europe/Vienna, got "${timeZone}"`);
  }
  const catchUp = env.CTOC_CATCH_UP_DAYS ? Number(env.CTOC_CATCH_UP_DAYS) : undefined;
  if (catchUp !== undefined && !(Number.isInteger(catchUp) && catchUp >= 0 && catchUp <= 60)) throw new CtocError('BAD_ARGUMENT', 'invalid configuration: CTOC_CATCH_UP_DAYS: a whole number of days, 0–60');
  return { storage: storageConfig(env, { tableName: flags.table }), timeZone, dataDir: flags.data, localDbDir: env.CTOC_LOCAL_DB_DIR || undefined, catchUpDays: catchUp, calendarUrl: env.CTOC_CALENDAR_URL || undefined, editors: editorsFrom(env) };
}

/** One DynamoDB table and the client to reach it. */
export interface TableAccess {
  client: DynamoDBDocumentClient;
  tableName: string;
  cacheTtlMs?: number;
  /** how often a cached copy checks the data version (CTOC_DATA_CHECK_SECONDS) */
  versionCheckMs?: number;
}

/** Where an entry point reads and writes: a table (configured or embedded) or data/ in memory. */
export interface Storage {
  repository: MeetingRepository;
  /** absent when answering from data/ in memory */
  table?: TableAccess;
  /** stops the embedded DynamoDB, if one was started */
  close(): Promise<void>;
}

/** The configured table (a Lambda, `seed`); none configured is an error. */
export async function openTable(s: Pick<Settings, 'storage'>, o: { cacheTtlMs?: number; endpoint?: string; tableName?: string } = {}): Promise<TableAccess> {
  const tableName = o.tableName ?? s.storage.tableName;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  const { createDocumentClient } = await import('./adapters/dynamodb/client');
  return { client: createDocumentClient({ region: s.storage.region, endpoint: o.endpoint ?? s.storage.endpoint }), tableName, cacheTtlMs: o.cacheTtlMs ?? s.storage.cacheTtlMs, versionCheckMs: s.storage.versionCheckMs };
}

/**
 * For the CLI: the configured table; without one, 'memory' answers from data/ and
 * 'embedded' starts a DynamoDB in this process (files in .local/, seeded from data/ at
 * every start, so local subscriptions survive a restart).
 */
export async function openStorage(s: Settings, whenNoTable: 'embedded', o?: { cacheTtlMs?: number }): Promise<Storage & { table: TableAccess }>;
export async function openStorage(s: Settings, whenNoTable: 'memory' | 'embedded', o?: { cacheTtlMs?: number }): Promise<Storage>;
export async function openStorage(s: Settings, whenNoTable: 'memory' | 'embedded', o: { cacheTtlMs?: number } = {}): Promise<Storage> {
  if (!s.storage.tableName && whenNoTable === 'memory') {
    const { MemoryRepository } = await import('./adapters/memory/memory-repository');
    return { repository: new MemoryRepository(s.dataDir), close: async () => {} };
  }
  const { DynamoRepository } = await import('./adapters/dynamodb/dynamo-repository');
  const embedded = s.storage.tableName ? undefined : await startLocalTable(s);
  const table = await openTable(s, { ...o, ...(embedded ? { tableName: LOCAL_TABLE, endpoint: embedded.endpoint } : {}) });
  const close = async () => {
    table.client.destroy();
    await embedded?.close();
  };
  if (embedded) {
    try {
      const { seed } = await import('./app/seed');
      const r = await seed({ client: table.client, tableName: LOCAL_TABLE, dataDir: s.dataDir, create: true });
      for (const k of r.skipped) process.stderr.write(`ctoc-bot: a document added from Slack was not re-applied: ${k.document} (change ${k.changeId}): ${k.reason}\n`);
    } catch (e) {
      await close();
      throw e;
    }
  }
  return { repository: new DynamoRepository(table), table, close };
}

/** The embedded DynamoDB (dynalite on 127.0.0.1), its files in .local/dynalite unless CTOC_LOCAL_DB_DIR says otherwise. */
async function startLocalTable(s: Settings) {
  const [{ startEmbeddedDynamo }, { DEFAULT_DATA_DIR }] = await Promise.all([import('./adapters/dynamodb/embedded'), import('./adapters/memory/load-data')]);
  return startEmbeddedDynamo({ path: s.localDbDir ?? join(DEFAULT_DATA_DIR, '..', '.local', 'dynalite') });
}

/** The Slack listeners' dependencies over one table. */
export async function slackDeps(table: TableAccess, o: { logger: AppLogger; clock?: Clock; timeZone?: string; calendarUrl?: string; repository?: MeetingRepository; dedupe?: EventDeduplicator; changes?: ChangeFeature }): Promise<SlackDeps> {
  const [{ DynamoRepository }, { DynamoDeduplicator }, { DynamoSubscriptionStore }, { SystemClock }, { AskService }] = await Promise.all([
    import('./adapters/dynamodb/dynamo-repository'),
    import('./adapters/dynamodb/dynamo-deduplicator'),
    import('./adapters/dynamodb/dynamo-subscriptions'),
    import('./adapters/system-clock'),
    import('./app/ask'),
  ]);
  const repository = o.repository ?? new DynamoRepository(table);
  const clock = o.clock ?? new SystemClock(o.timeZone);
  return { ask: new AskService(repository, clock), repository, clock, dedupe: o.dedupe ?? new DynamoDeduplicator(table.client, table.tableName), logger: o.logger, subscriptions: new DynamoSubscriptionStore(table.client, table.tableName), calendarUrl: o.calendarUrl, changes: o.changes };
}

/** What the document workers and the Slack function share: the table, the bot token, the editors. */
interface ChangeAccess {
  table: TableAccess;
  botToken: string;
  apiUrl?: string;
  editors: readonly string[];
  logger: AppLogger;
  nowMs?: () => number;
}

/** Pending changes, the messages about them and the decisions on them (Slack function, apply function). */
export async function changeDecisions(o: ChangeAccess) {
  const { changeDecisionsOverTable } = await import('./app/changes/decisions-wiring');
  return changeDecisionsOverTable({ ...o, client: o.table.client, tableName: o.table.tableName });
}

/** The document reader worker: download, read, review (review function, serve). */
export async function uploadReviewer(o: ChangeAccess & { pdfText?: PdfText }) {
  const { uploadReviewerOverTable } = await import('./app/changes/reviewer-wiring');
  return uploadReviewerOverTable({ ...o, client: o.table.client, tableName: o.table.tableName });
}

export type RemindersJob = (now: Date, extra?: Partial<ReminderRunOptions>) => Promise<ReminderRunReport>;

/** The reminders job over one table, posting with a bot token (none: a dry run). Reference data is never cached. */
export async function remindersJob(table: TableAccess, o: { logger: AppLogger; botToken?: string; apiUrl?: string; timeZone: string; catchUpDays?: number }): Promise<RemindersJob> {
  const [{ DynamoRepository }, { DynamoSubscriptionStore }, { DynamoReminderLedger }, { SlackPoster }, { runReminders }] = await Promise.all([
    import('./adapters/dynamodb/dynamo-repository'),
    import('./adapters/dynamodb/dynamo-subscriptions'),
    import('./adapters/dynamodb/dynamo-ledger'),
    import('./adapters/slack/reminder-poster'),
    import('./app/reminders'),
  ]);
  const base = {
    repository: new DynamoRepository({ ...table, cacheTtlMs: 0 }),
    subscriptions: new DynamoSubscriptionStore(table.client, table.tableName),
    ledger: new DynamoReminderLedger(table.client, table.tableName),
    poster: o.botToken ? new SlackPoster(o.botToken, { apiUrl: o.apiUrl }) : undefined,
    logger: o.logger,
    timeZone: o.timeZone,
    catchUpDays: o.catchUpDays,
  };
  return (now, extra = {}) => runReminders({ ...base, now, ...extra });
}

/** A Lambda's environment with the Slack secret (SLACK_SECRET_ARN) merged in; read once per cold start. */
async function withSlackSecret(env: Env): Promise<Env> {
  if (!env.SLACK_SECRET_ARN) return env;
  const { readSlackSecret } = await import('./adapters/secrets');
  return { ...env, ...(await readSlackSecret(env.SLACK_SECRET_ARN)) };
}

// ---- Lambda entry points ----

/** Lets requests already sent reach the network before a long synchronous stretch (loading modules). */
const yieldToNetwork = () => new Promise<void>((r) => setImmediate(r));

/**
 * The Slack function: Bolt behind AwsLambdaReceiver over the table, network first. The
 * secret and the reference data are requested before anything else loads (only the
 * table's configuration and the AWS client before them) and travel while Bolt, the listeners and
 * the answering code load; the clock's formatter is made and the answerer compiled (as
 * soon as the data is in) before the secret is awaited.
 */
export async function slackLambda(rawEnv: Env): Promise<SlackLambdaHandler> {
  const env = withSlackSecret(rawEnv);
  // the table's settings alone first: the data read leaves before the other settings are
  // checked (the time zone's check loads ICU's zone data, some 15 ms)
  const { storageConfig } = await import('./adapters/dynamodb/config');
  const table = await openTable({ storage: storageConfig(rawEnv) });
  const { DynamoRepository } = await import('./adapters/dynamodb/dynamo-repository');
  const repository = new DynamoRepository(table);
  // failures surface where they are awaited: the secret below, the data on the first question
  env.catch(() => undefined);
  repository.load().catch(() => undefined);
  await yieldToNetwork();
  const s = await settingsFrom(rawEnv);
  const [{ createLogger }, { slackConfig }, { createLambdaSlackApp }] = await Promise.all([import('./adapters/logger'), import('./adapters/slack/config'), import('./adapters/slack/app-factory')]);
  const logger = createLogger();
  const deps = await slackDeps(table, { logger, timeZone: s.timeZone, calendarUrl: s.calendarUrl, repository });
  deps.ask.prepare();
  const slack = slackConfig(await env, 'http');
  // documents are read, and changes applied, by their own functions (asynchronous invoke);
  // the store and decider load with the first upload, click or /ctoc changes, not at cold start
  if (rawEnv.CTOC_REVIEW_FUNCTION && rawEnv.CTOC_APPLY_FUNCTION) {
    let decisions: ReturnType<typeof changeDecisions> | undefined;
    const loaded = () => {
      decisions ??= changeDecisions({ table, botToken: slack.botToken, apiUrl: slack.apiUrl, editors: s.editors, logger }).catch((e) => {
        decisions = undefined;
        throw e;
      });
      return decisions;
    };
    const d = { store: onFirstCall(async () => (await loaded()).store), decider: onFirstCall(async () => (await loaded()).decider) };
    const o = { reviewFunction: rawEnv.CTOC_REVIEW_FUNCTION, applyFunction: rawEnv.CTOC_APPLY_FUNCTION, region: s.storage.region, endpoint: rawEnv.CTOC_LAMBDA_ENDPOINT || undefined };
    // the Lambda client loads with the first upload or click, not at cold start
    let client: Promise<import('./core/ports').ChangeJobs> | undefined;
    const lambdaJobs = () => {
      client ??= import('./adapters/aws/lambda-jobs').then((m) => new m.LambdaJobs(o));
      return client;
    };
    const jobs = { review: async (j: ReviewJob) => (await lambdaJobs()).review(j), apply: async (j: ApplyJob) => (await lambdaJobs()).apply(j) };
    deps.changes = { editors: s.editors, jobs, store: d.store, decider: d.decider };
  }
  return createLambdaSlackApp(slack, deps).handler;
}

/**
 * An object whose methods, on their first call, load the real one and then call it: a
 * Slack cold start does not load what only uploads and their buttons use.
 */
function onFirstCall<T extends object>(load: () => Promise<T>): T {
  return new Proxy({} as T, {
    // not a promise itself ('then'), and nothing else is read from it
    get: (_, name) =>
      name === 'then' || typeof name === 'symbol'
        ? undefined
        : async (...args: unknown[]) => {
            const real = (await load()) as Record<string, unknown>;
            const method = real[name];
            if (typeof method !== 'function') throw new TypeError(`${name} is not a method of the loaded object`);
            return method.apply(real, args);
          },
  });
}

/** A job for a document worker, as the Slack function sends it. */
export type WorkerEvent = { kind: 'review'; job: ReviewJob } | { kind: 'apply'; job: ApplyJob };

async function workerAccess(rawEnv: Env, service: string): Promise<ChangeAccess> {
  const env = await withSlackSecret(rawEnv);
  const { createLogger } = await import('./adapters/logger');
  const token = env.SLACK_BOT_TOKEN;
  if (!token) throw new Error('no Slack bot token (SLACK_SECRET_ARN or SLACK_BOT_TOKEN)');
  const s = await settingsFrom(env);
  return { table: await openTable(s), botToken: token, apiUrl: env.SLACK_API_URL || undefined, editors: s.editors, logger: createLogger(service) };
}

/** The review function: reads an uploaded document and posts its review (review jobs only). */
export async function reviewLambda(env: Env): Promise<(event: WorkerEvent) => Promise<{ outcome: string }>> {
  const { pdfText } = await import('./adapters/pdf/pdf-text');
  const { reviewer } = await uploadReviewer({ ...(await workerAccess(env, 'ctoc-bot-review')), pdfText });
  return async (event) => {
    if (event?.kind !== 'review') throw new Error(`not a review job: ${String((event as { kind?: unknown })?.kind)}`);
    return { outcome: await reviewer.review(event.job) };
  };
}

/** The apply function: adds an approved change to the reference data (apply jobs only). */
export async function applyLambda(env: Env): Promise<(event: WorkerEvent) => Promise<{ outcome: string }>> {
  const { decider } = await changeDecisions(await workerAccess(env, 'ctoc-bot-apply'));
  return async (event) => {
    if (event?.kind !== 'apply') throw new Error(`not an apply job: ${String((event as { kind?: unknown })?.kind)}`);
    return { outcome: await decider.apply(event.job.changeId, event.job.user) };
  };
}

/** The daily reminders function. */
export async function remindersLambda(rawEnv: Env): Promise<RemindersJob> {
  const env = await withSlackSecret(rawEnv);
  const { createLogger } = await import('./adapters/logger');
  const token = env.SLACK_BOT_TOKEN;
  if (!token) throw new Error('no Slack bot token (SLACK_SECRET_ARN or SLACK_BOT_TOKEN)');
  const s = await settingsFrom(env);
  return remindersJob(await openTable(s), { logger: createLogger('ctoc-bot-reminders'), botToken: token, apiUrl: env.SLACK_API_URL, timeZone: s.timeZone, catchUpDays: s.catchUpDays });
}

/** The public calendar feed function. */
export async function calendarLambda(env: Env): Promise<(event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResult>> {
  const [{ calendarHttpHandler }, { createLogger }] = await Promise.all([import('./adapters/calendar/http-handler'), import('./adapters/logger')]);
  const { DynamoRepository } = await import('./adapters/dynamodb/dynamo-repository');
  return calendarHttpHandler(new DynamoRepository(await openTable(await settingsFrom(env))), createLogger('ctoc-bot-calendar'));
}

/** The deploy-time seeding custom resource: data/ compiled into the bundle, written to the table. */
export async function seedOnDeploy(env: Env) {
  const [{ seedWithChanges }, { bundledDataset }, { createLogger }] = await Promise.all([import('./app/seed-with-changes'), import('./adapters/memory/bundled-data'), import('./adapters/logger')]);
  const table = await openTable(await settingsFrom(env));
  const r = await seedWithChanges(table.client, table.tableName, bundledDataset());
  const logger = createLogger('ctoc-bot-seed');
  for (const k of r.skipped) logger.warn('a document added from Slack was not re-applied', k);
  return r;
}

// ---- CLI commands ----

/** The ask use case for `ask` (data/ unless a table is set) and `start` (the embedded table unless one is set). */
export async function cliAsk(s: Settings, whenNoTable: 'memory' | 'embedded'): Promise<{ ask: AskService; close(): Promise<void> }> {
  const [{ AskService }, { SystemClock }] = await Promise.all([import('./app/ask'), import('./adapters/system-clock')]);
  const storage = await openStorage(s, whenNoTable);
  return { ask: new AskService(storage.repository, new SystemClock(s.timeZone)), close: storage.close };
}

/**
 * `serve` (and `npm start` with Slack tokens): the Slack app on this machine over the
 * configured or embedded table — Socket Mode when SLACK_APP_TOKEN is set, HTTP otherwise;
 * `mode` and `why` say which, for the start-up line.
 */
export async function cliSlack(s: Settings, env: Env, o: { port: number; host?: string }): Promise<RunningSlackApp & { mode: 'http' | 'socket'; why: string }> {
  const [{ createLogger }, { slackConfig, localSlackMode }, { startLocalSlackApp }] = await Promise.all([import('./adapters/logger'), import('./adapters/slack/config'), import('./adapters/slack/app-factory')]);
  const slack = slackConfig(env);
  const why = localSlackMode(env).why;
  const storage = await openStorage(s, 'embedded');
  // the embedded table serves this one process: its requests are de-duplicated in memory;
  // a configured table may be shared by several servers, so it holds the claims
  const dedupe = s.storage.tableName ? undefined : new (await import('./adapters/memory/memory-deduplicator')).MemoryDeduplicator();
  try {
    const logger = createLogger();
    // documents uploaded by editors are read and applied in this process
    const [{ InProcessJobs }, { pdfText }] = await Promise.all([import('./app/changes/in-process-jobs'), import('./adapters/pdf/pdf-text')]);
    const w = await uploadReviewer({ table: storage.table, botToken: slack.botToken, apiUrl: slack.apiUrl, editors: s.editors, logger, pdfText });
    const jobs = new InProcessJobs(w.reviewer, w.decider, logger);
    const changes: ChangeFeature = { editors: s.editors, jobs, store: w.store, decider: w.decider };
    const deps = await slackDeps(storage.table, { logger, timeZone: s.timeZone, changes, dedupe });
    // unreadable data fails the first question, as it would without the warm-up
    await deps.ask.warmUp().catch(() => undefined);
    const running = await startLocalSlackApp(slack, deps, o);
    const stop = async () => {
      await running.stop();
      await jobs.idle();
      await storage.close();
    };
    return { ...running, stop, mode: slack.mode, why };
  } catch (e) {
    await storage.close();
    throw e;
  }
}

/** `reminders`: one run over the configured or embedded table; `botToken` absent means a dry run. */
export async function cliReminders(s: Settings, o: { botToken?: string; apiUrl?: string }): Promise<{ run: RemindersJob; close(): Promise<void> }> {
  const { createLogger } = await import('./adapters/logger');
  const storage = await openStorage(s, 'embedded', { cacheTtlMs: 0 });
  return { run: await remindersJob(storage.table, { logger: createLogger('ctoc-bot-reminders'), ...o, timeZone: s.timeZone, catchUpDays: s.catchUpDays }), close: storage.close };
}

/** `calendar`: the feed from data/ or the configured table. */
export async function cliCalendar(s: Settings, o: { body?: string; lang?: 'en' | 'fr' }): Promise<string> {
  const { calendarFeed } = await import('./app/calendar');
  return calendarFeed((await openStorage(s, 'memory')).repository, o);
}

/** `seed`: data/ (or --data DIR) into the configured table, creating it if asked. */
export async function cliSeed(s: Settings, o: { create: boolean }) {
  const { seed } = await import('./app/seed');
  if (!s.storage.tableName) throw new (await import('./core/errors')).CtocError('BAD_ARGUMENT', 'seed needs a table: --table NAME or TABLE_NAME');
  const table = await openTable(s);
  try {
    return await seed({ client: table.client, tableName: table.tableName, dataDir: s.dataDir, create: o.create });
  } finally {
    table.client.destroy();
  }
}
