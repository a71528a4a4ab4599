import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_SK, PENDING_SK, REF_PK, pendingPk } from '../../lambda/adapters/dynamodb/keys';
import { lambdaBuildOptions } from '../../lib/bundling/lambda-bundle';
import { type TestTable, startTestTable } from '../helpers/dynamo';
import { type FakeLambda, startFakeLambda } from '../helpers/fake-lambda';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack';
import { BOT_TOKEN, BOT_USER, SIGNING_SECRET, actionBody, dm, eventBody, fileShare, functionUrlEvent, signed } from '../helpers/slack-requests';

const ROOT = join(import.meta.dirname, '../../');
const OUT = mkdtempSync(join(tmpdir(), 'ctoc-doc-bundles-'));
const require = createRequire(import.meta.url);
const EDITOR = 'U0EDITOR1';
const NOTE = readFileSync(join(import.meta.dirname, '../fixtures/notes/en-note-2026.txt'), 'utf8');
const NOTE_FR = readFileSync(join(import.meta.dirname, '../fixtures/notes/fr-note-2026.txt'), 'utf8');

/** Bundled exactly as the stack bundles it. */
async function bundle(entry: string): Promise<(event: unknown, context: unknown) => Promise<unknown>> {
  const outfile = join(OUT, `${entry.replace(/\W+/g, '-')}.cjs`);
  await build(lambdaBuildOptions(ROOT, entry, outfile));
  return require(outfile).handler;
}

let table: TestTable;
let slack: FakeSlack;
let lambda: FakeLambda;
let slackHandler: (event: unknown, context: unknown) => Promise<unknown>;
const saved = { ...process.env };

beforeAll(async () => {
  table = await startTestTable({ tableName: 'doc-bundles' });
  slack = await startFakeSlack();
  const [s, review, apply] = await Promise.all([bundle('lambda/handlers/slack.ts'), bundle('lambda/handlers/review-upload.ts'), bundle('lambda/handlers/apply-change.ts')]);
  slackHandler = s;
  lambda = await startFakeLambda({ 'ctoc-review': (e) => review(e, {}), 'ctoc-apply': (e) => apply(e, {}) });
  Object.assign(process.env, {
    TABLE_NAME: 'doc-bundles',
    DYNAMODB_ENDPOINT: table.db.endpoint,
    AWS_REGION: 'eu-central-1',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_USER_ID: BOT_USER,
    SLACK_API_URL: slack.apiUrl,
    CTOC_TIME_ZONE: 'Europe/Vienna',
    CTOC_EDITORS: EDITOR,
    CTOC_REVIEW_FUNCTION: 'ctoc-review',
    CTOC_APPLY_FUNCTION: 'ctoc-apply',
    CTOC_LAMBDA_ENDPOINT: lambda.endpoint,
    CTOC_DATA_CHECK_SECONDS: '0',
  });
}, 60_000);
afterAll(async () => {
  process.env = saved;
  await lambda?.close();
  await slack?.close();
  await table?.close();
});

const send = async (body: string, type: 'json' | 'form', o: { retryNum?: number } = {}) => (await slackHandler(functionUrlEvent(signed(body, type, o)), {})) as { statusCode: number };

describe('documents through the Lambda bundles (Slack → asynchronous invoke → review and apply functions)', () => {
  it('upload → review (by the review function) → Add (by the apply function) → the Slack function answers from the new data', async () => {
    const file = slack.serveFile('F0LNOTE', 'en-note-2026.txt', NOTE);
    const upload = eventBody(fileShare([file], { user: EDITOR, ts: '1700000700.000100' }));
    expect((await send(upload, 'json')).statusCode).toBe(200);
    // Slack's retry of the same event: answered, nothing handed over again
    expect((await send(upload, 'json', { retryNum: 1 })).statusCode).toBe(200);
    // the Slack function acknowledged and handed the file over, without reading it
    expect(slack.posts().map((p) => p.args.text).filter((t) => t === 'Reading en-note-2026.txt…')).toHaveLength(1);
    expect(lambda.invocations.map((i) => [i.name, i.type])).toEqual([['ctoc-review', 'Event']]);
    await lambda.idle();
    expect(slack.downloads).toEqual([{ id: 'F0LNOTE', token: BOT_TOKEN }]);
    const review = slack.posts().find((p) => JSON.stringify(p.args.blocks ?? '').includes('ctoc_change_add'));
    expect(JSON.stringify(review?.args.blocks)).toContain('Working Group on Firearms, 12th meeting: 29–30 May 2026, Geneva (held)');
    const id = String((lambda.invocations[0]?.payload as { job?: { changeId: string } } | undefined)?.job?.changeId);

    // a non-editor's click is refused by the Slack function: nothing is invoked
    await send(actionBody('ctoc_change_add', id, { user: 'U0OTHER1', responseUrl: slack.responseUrl('x') }), 'form');
    expect(lambda.invocations).toHaveLength(1);

    // a double click: two apply jobs, one change
    const clicks = await Promise.all([1, 2].map((n) => send(actionBody('ctoc_change_add', id, { user: EDITOR, responseUrl: slack.responseUrl(`a${n}`) }), 'form')));
    expect(clicks.map((c) => c.statusCode)).toEqual([200, 200]);
    expect(lambda.invocations.map((i) => i.name)).toEqual(['ctoc-review', 'ctoc-apply', 'ctoc-apply']);
    await lambda.idle();
    const log = await table.client.send(new QueryCommand({ TableName: 'doc-bundles', KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'CHANGE' } }));
    expect(log.Items?.map((i) => i.record.approvedBy)).toEqual([EDITOR]);
    expect(slack.updates().map((u) => String(u.args.text))).toEqual([expect.stringContaining('Added to the bot by @U0EDITOR1')]);

    const before = slack.posts().length;
    await send(eventBody(dm('when did the firearms group hold its twelfth meeting?', { ts: '1700000800.000100' })), 'json');
    expect(String(slack.posts()[before]?.args.text)).toContain('12th meeting on 29–30 May 2026 in Geneva');

    // the next deploy re-seeds data/ (the seeding custom resource's bundle): what the editor added stays
    const seedOnDeploy = (await bundle('lambda/handlers/seed-on-deploy.ts')) as unknown as (e: unknown) => Promise<{ Data: Record<string, unknown> }>;
    const seeded = await seedOnDeploy({ RequestType: 'Update', PhysicalResourceId: 'ctoc-bot-reference-data', ResourceProperties: { dataVersion: 'next' } });
    expect(seeded.Data).toMatchObject({ replayed: 1, skipped: 0 });
    const after = slack.posts().length;
    await send(eventBody(dm('when did the firearms group hold its twelfth meeting?', { ts: '1700000850.000100' })), 'json');
    expect(String(slack.posts()[after]?.args.text)).toContain('12th meeting on 29–30 May 2026 in Geneva');
  }, 60_000);

  it('Discard: the Slack function drops the change itself and updates the review', async () => {
    const file = slack.serveFile('F0LFR', 'note-fr.txt', NOTE_FR);
    await send(eventBody(fileShare([file], { user: EDITOR, text: 'voici la note', ts: '1700000900.000100' })), 'json');
    await lambda.idle();
    const job = lambda.invocations.at(-1)?.payload as { job?: { changeId: string } } | undefined;
    const updates = slack.updates().length;
    await send(actionBody('ctoc_change_discard', String(job?.job?.changeId), { user: EDITOR, responseUrl: slack.responseUrl('d') }), 'form');
    expect(String(slack.updates()[updates]?.args.text)).toBe("Écarté par @U0EDITOR1. Rien n'a été modifié.");
    expect(lambda.invocations.at(-1)?.name).toBe('ctoc-review');
  }, 60_000);
  it('expiry: a review left for more than a day is refused on Add (nothing invoked, nothing changed); a review gone from the table says so too', async () => {
    const file = slack.serveFile('F0LOLD', 'old-note.txt', NOTE_FR);
    await send(eventBody(fileShare([file], { user: EDITOR, ts: '1700001000.000100' })), 'json');
    await lambda.idle();
    const id = String((lambda.invocations.at(-1)?.payload as { job?: { changeId: string } } | undefined)?.job?.changeId);
    const key = { PK: pendingPk(id), SK: PENDING_SK };
    expect((await table.client.send(new GetCommand({ TableName: 'doc-bundles', Key: key }))).Item?.status).toBe('pending');
    // a day and an hour later, as the table sees it
    const stored = (await table.client.send(new GetCommand({ TableName: 'doc-bundles', Key: key }))).Item as { expiresAt: number };
    await table.client.send(new UpdateCommand({ TableName: 'doc-bundles', Key: key, UpdateExpression: 'SET expiresAt = :e, #r.expiresAt = :e', ExpressionAttributeNames: { '#r': 'record' }, ExpressionAttributeValues: { ':e': Math.floor(Date.now() / 1000) - 3600 } }));
    expect(stored.expiresAt - Math.floor(Date.now() / 1000)).toBeGreaterThan(86_000);
    const version = async () => (await table.client.send(new GetCommand({ TableName: 'doc-bundles', Key: { PK: REF_PK, SK: META_SK } }))).Item?.version;
    const v = await version();
    const invoked = lambda.invocations.length;
    const updates = slack.updates().length;
    expect((await send(actionBody('ctoc_change_add', id, { user: EDITOR, responseUrl: slack.responseUrl('old') }), 'form')).statusCode).toBe(200);
    await lambda.idle();
    expect(lambda.invocations).toHaveLength(invoked);
    expect(slack.updates().slice(updates).map((u) => String(u.args.text))).toEqual(['Cette relecture a expiré ; renvoyez le fichier (old-note.txt).']);
    expect(await version()).toBe(v);
    // once DynamoDB's TTL has removed it, a click gets the same advice, as a reply to the editor only
    await send(actionBody('ctoc_change_add', 'removed-by-ttl', { user: EDITOR, responseUrl: slack.responseUrl('gone') }), 'form');
    for (let i = 0; i < 100 && !slack.responses.some((r) => r.id === 'gone'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(slack.responses.find((r) => r.id === 'gone')?.body.text).toBe('This review has expired; upload the file again.');
    expect(lambda.invocations).toHaveLength(invoked);
  }, 60_000);
});
