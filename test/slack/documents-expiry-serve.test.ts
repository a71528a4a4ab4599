import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_SK, PENDING_SK, REF_PK, pendingPk } from '../../lambda/adapters/dynamodb/keys';
import { type TestTable, startTestTable } from '../helpers/dynamo';
import { type RunningServe, startServe } from '../helpers/serve';
import { actionBody, eventBody, fileShare, signed } from '../helpers/slack-requests';

const EDITOR = 'U0EDITOR1';
const NOTE = readFileSync(join(import.meta.dirname, '../fixtures/notes/en-note-2026.txt'), 'utf8');

// serve over a configured table (dynalite on 127.0.0.1), so the test can age a review as a day passing would
let table: TestTable;
let server: RunningServe;
beforeAll(async () => {
  table = await startTestTable({ tableName: 'serve-expiry' });
  server = await startServe({ CTOC_EDITORS: EDITOR, TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.db.endpoint, AWS_REGION: 'eu-central-1' });
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
  await table.close();
});

const post = (req: { body: string; headers: Record<string, string> }) => fetch(server.url, { method: 'POST', body: req.body, headers: req.headers });
async function until(check: () => boolean, ms = 5000) {
  for (let i = 0; i < ms / 25 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('ctoc-bot serve: a review not decided within a day has expired', () => {
  it('Add and Discard on an expired review change nothing; the review says to upload the file again', async () => {
    const { slack } = server;
    const file = slack.serveFile('F0EXP', 'en-note-2026.txt', NOTE);
    await post(signed(eventBody(fileShare([file], { user: EDITOR, ts: '1700002000.000100' })), 'json'));
    const review = () => slack.posts().find((p) => JSON.stringify(p.args.blocks ?? '').includes('ctoc_change_add'));
    await until(() => Boolean(review()));
    const blocks = (review()?.args.blocks ?? []) as Array<{ type: string; elements?: Array<{ value: string }> }>;
    const id = String(blocks.find((b) => b.type === 'actions')?.elements?.[0]?.value);
    const key = { PK: pendingPk(id), SK: PENDING_SK };
    const stored = (await table.client.send(new GetCommand({ TableName: table.tableName, Key: key }))).Item as { expiresAt: number; status: string };
    expect(stored.status).toBe('pending');
    // created with a day to live: now make that day pass
    expect(stored.expiresAt - Math.floor(Date.now() / 1000)).toBeGreaterThan(86_000);
    const past = Math.floor(Date.now() / 1000) - 60;
    await table.client.send(new UpdateCommand({ TableName: table.tableName, Key: key, UpdateExpression: 'SET expiresAt = :e, #r.expiresAt = :e', ExpressionAttributeNames: { '#r': 'record' }, ExpressionAttributeValues: { ':e': past } }));
    const version = async () => (await table.client.send(new GetCommand({ TableName: table.tableName, Key: { PK: REF_PK, SK: META_SK } }))).Item?.version;
    const v = await version();

    await post(signed(actionBody('ctoc_change_add', id, { user: EDITOR, responseUrl: slack.responseUrl('add') }), 'form'));
    await until(() => slack.updates().length > 0);
    expect(slack.updates().map((u) => String(u.args.text))).toEqual(['This review has expired; upload the file again (en-note-2026.txt).']);
    await post(signed(actionBody('ctoc_change_discard', id, { user: EDITOR, responseUrl: slack.responseUrl('discard') }), 'form'));
    await until(() => slack.updates().length > 1);
    expect(slack.updates().map((u) => String(u.args.text))[1]).toBe('This review has expired; upload the file again (en-note-2026.txt).');
    expect(await version()).toBe(v);
    expect((await table.client.send(new GetCommand({ TableName: table.tableName, Key: key }))).Item?.status).toBe('pending');
  });
});
