import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES } from '../lambda/core/model';
import { DATA_DIR, OWN_NOTE } from './helpers/data';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'ctoc-bot.mjs');

/** Runs the CLI in a child process without blocking this one (which may serve dynalite). */
function run(args: string[], input?: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

describe('ctoc-bot ask', () => {
  it('answers one question in plain text', async () => {
    const r = await run(['ask', 'when did the firearms group meet in 2024?', '--now', '2024-07-15']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('The Working Group on Firearms held its 11th meeting on 3–4 April 2024 in Vienna (report CTOC/COP/WG.6/2024/5).\n');
  });

  it('--json prints the contract fields on one line', async () => {
    const r = await run(['ask', 'quelles réunions en juin 2024 ?', '--now', '2024-07-15', '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0] as string);
    expect(j).toMatchObject({ question: 'quelles réunions en juin 2024 ?', lang: 'fr', intent: 'meetings', bodies: ['WG.2', 'WG.3'], reports: ['CTOC/COP/WG.2/2024/5', 'CTOC/COP/WG.3/2024/5'] });
    expect(j.meetings).toEqual([
      { body: 'WG.2', number: 15, kind: 'meeting', start: '2024-06-03', end: '2024-06-04', location: 'Vienne', status: 'held', report: 'CTOC/COP/WG.2/2024/5' },
      { body: 'WG.3', number: 15, kind: 'meeting', start: '2024-06-05', end: '2024-06-06', location: 'Vienne', status: 'held', report: 'CTOC/COP/WG.3/2024/5' },
    ]);
    expect(j.text).toMatch(/^2 réunions sont enregistrées en juin 2024 :/);
    expect(j).toMatchObject({ instruments: [], unknown: null });
  });

  it('--json carries the instruments an answer cites and what was asked about that the data lacks', async () => {
    const r = await run(['ask', '--now', '2024-07-15', '--json'], 'what did res 7/1 decide\nwhen did the drugs working group meet\n');
    expect(r.code).toBe(0);
    const [mandate, unknown] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(mandate).toMatchObject({ intent: 'mandate', instruments: ['resolution-7/1'], unknown: null });
    expect(unknown).toMatchObject({ intent: 'unknown-body', meetings: [], instruments: [], unknown: 'drugs group' });
  });

  it('with no question, answers each line of standard input in order, skipping blank lines', async () => {
    const r = await run(['ask', '--now', '2024-07-15', '--json'], 'list the groups\n\n  \nwhat is CTOC/COP/WG.7/2023/5?\naide\n');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.intent)).toEqual(['bodies', 'symbol', 'help']);
    expect(out[2].lang).toBe('fr');
  });

  it('a bad --now is one clear line on stderr and a non-zero exit', async () => {
    const r = await run(['ask', 'next meeting', '--now', '2024-13-45']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ctoc-bot: --now must be a date as YYYY-MM-DD, got "2024-13-45"\n');
  });

  it('unreadable data is one clear line on stderr and a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctoc-cli-'));
    for (const f of DATA_FILES) writeFileSync(join(dir, f), readFileSync(join(DATA_DIR, f)));
    writeFileSync(join(dir, 'bodies.json'), '[{"id": "WG.6"}]');
    const r = await run(['ask', 'help', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ctoc-bot: bodies\.json: record 0 \(id "WG\.6"\) field "symbolPrefix": /);
  });

  it('an unknown option or command is refused with a hint', async () => {
    expect((await run(['ask', 'x', '--nope'])).code).toBe(2);
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('ctoc-bot ingest', () => {
  it('reads a note, writes the data/ files to --out, prints a summary; a bad file is one line and exit 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ctoc-cli-ingest-'));
    const r = await run(['ingest', OWN_NOTE, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('fr-note-2024-seed-layout.txt: French note by the secretariat of 2024-07-04 (note-2024-07-04)');
    expect(JSON.parse(readFileSync(join(out, 'meetings.json'), 'utf8'))).toHaveLength(11);
    const bad = await run(['ingest', join(out, 'missing.txt'), '--out', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^ctoc-bot: .*missing\.txt: cannot read \(ENOENT\); nothing written for it\n$/);
  });
});

describe('ctoc-bot calendar', () => {
  it('prints the feed (one body) and refuses an unknown body', async () => {
    const r = await run(['calendar', '--body', 'WG.3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(r.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(r.stdout).toContain('UID:WG.3-15@ctoc-bot');
    const bad = await run(['calendar', '--body', 'WG.9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ctoc-bot: unknown body "WG.9"; known: COP, WG.2, WG.3, WG.4, WG.6, WG.7\n');
  });
});

describe('npm start without Slack tokens', () => {
  it('answers piped lines and exits', async () => {
    const r = await run(['start', '--now', '2024-07-15'], 'when did the firearms group meet in 2024?\n', { CTOC_LOCAL_DB_DIR: mkdtempSync(join(tmpdir(), 'ctoc-start-')) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('The Working Group on Firearms held its 11th meeting on 3–4 April 2024 in Vienna (report CTOC/COP/WG.6/2024/5).\n');
  });
});

describe('ctoc-bot with DynamoDB (dynalite on 127.0.0.1)', () => {
  // the CLI runs in a child process; the table lives in this one
  let table: Awaited<ReturnType<typeof import('./helpers/dynamo')['startTestTable']>>;
  beforeAll(async () => {
    const { startTestTable } = await import('./helpers/dynamo');
    table = await startTestTable();
  });
  afterAll(async () => {
    await table.close();
  });
  const envFor = () => ({ DYNAMODB_ENDPOINT: table.db.endpoint, AWS_REGION: 'eu-central-1' });

  it('ask --table answers from the table', async () => {
    const r = await run(['ask', 'when did the firearms group meet in 2024?', '--now', '2024-07-15', '--table', table.tableName], '', envFor());
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('11th meeting on 3–4 April 2024');
  });

  it('seed --table is idempotent and says what it did', async () => {
    const r = await run(['seed', '--table', table.tableName], '', envFor());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^seeded ctoc-test: \d+ items written, 0 stale items removed \(data version [0-9a-f]{16}\)\n$/);
  });

  it('a wrong table name: one clear line, exit 1', async () => {
    const r = await run(['ask', 'help', '--table', 'wrong-table'], '', envFor());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ctoc-bot: DynamoDB table "wrong-table" does not exist (create it with: ctoc-bot seed --table wrong-table --create)\n');
  });

  it('an unreachable endpoint: one clear line, exit 1', async () => {
    const r = await run(['ask', 'help', '--table', 'x-table'], '', { DYNAMODB_ENDPOINT: 'http://127.0.0.1:9', AWS_REGION: 'eu-central-1' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ctoc-bot: DynamoDB is unreachable/);
  });

  it('reminders --dry-run prints what would be posted and writes nothing', async () => {
    const { DynamoSubscriptionStore } = await import('../lambda/adapters/dynamodb/dynamo-subscriptions');
    await new DynamoSubscriptionStore(table.client, table.tableName).put({ subscriber: 'C0DRY', kind: 'channel', bodies: ['WG.6'], leadDays: [7, 1], lang: 'en', digest: true, createdBy: 'U1', createdAt: '2024-01-01T00:00:00Z' });
    const r = await run(['reminders', '--dry-run', '--now', '2024-03-27T07:00', '--table', table.tableName], '', envFor());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'would post to C0DRY: Reminder: the Working Group on Firearms meets in 7 days — 3–4 April 2024, Vienna.\nreminders for 2024-03-27 (Europe/Vienna): 1 would be posted (dry run, nothing written)\n',
    );
    const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const items = (await table.client.send(new ScanCommand({ TableName: table.tableName }))).Items ?? [];
    expect(items.filter((i) => String(i.PK).startsWith('SENT#'))).toEqual([]);
  });

  it('reminders without a token (and not a dry run) is refused', async () => {
    const r = await run(['reminders', '--table', table.tableName], '', { ...envFor(), SLACK_BOT_TOKEN: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ctoc-bot: reminders needs SLACK_BOT_TOKEN to post (or --dry-run)\n');
  });

  it('seed without a table is refused', async () => {
    const r = await run(['seed'], '', { TABLE_NAME: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ctoc-bot: seed needs a table: --table NAME or TABLE_NAME\n');
  });
});

describe('npm start: embedded DynamoDB kept in a folder', () => {
  it('starts twice on the same folder (the data survives a restart)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctoc-local-'));
    for (let i = 0; i < 2; i++) {
      const r = await run(['start', '--now', '2024-07-15'], 'what is CTOC/COP/2024/1?\n', { CTOC_LOCAL_DB_DIR: dir });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('CTOC/COP/2024/1 is the provisional agenda of the 12th session of the Conference of the Parties (14–18 October 2024, Vienna).\n');
    }
    expect(readFileSync(join(dir, 'CURRENT'), 'utf8')).toMatch(/MANIFEST/);
  });

  it('a local subscription survives a restart (and the reference data is re-seeded around it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctoc-local-'));
    const { openStorage, settingsFrom } = await import('../lambda/composition');
    const { DynamoSubscriptionStore } = await import('../lambda/adapters/dynamodb/dynamo-subscriptions');
    const local = await openStorage(await settingsFrom({ CTOC_LOCAL_DB_DIR: dir, AWS_REGION: 'eu-central-1' }), 'embedded');
    await new DynamoSubscriptionStore(local.table.client, local.table.tableName).put({ subscriber: 'C0LOCAL', kind: 'channel', bodies: ['WG.6'], leadDays: [7], lang: 'fr', digest: false, createdBy: 'U1', createdAt: '2024-01-01T00:00:00Z' });
    await local.close();
    const r = await run(['reminders', '--dry-run', '--now', '2024-03-27T07:00'], '', { CTOC_LOCAL_DB_DIR: dir, TABLE_NAME: '' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('would post to C0LOCAL: Rappel : le Groupe de travail sur les armes à feu se réunit dans 7 jours — 3 et 4 avril 2024, Vienne.');
  });
});
