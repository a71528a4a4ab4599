import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { batchWrite } from '../../lambda/adapters/dynamodb/batch-write';
import { changeSet } from '../../lambda/adapters/dynamodb/change-set';
import { DynamoRepository } from '../../lambda/adapters/dynamodb/dynamo-repository';
import { DynamoSubscriptionStore } from '../../lambda/adapters/dynamodb/dynamo-subscriptions';
import { META_SK, PENDING_SK, REF_PK, pendingPk } from '../../lambda/adapters/dynamodb/keys';
import { zonedTimeToInstant } from '../../lambda/adapters/system-clock';
import { calendarFeed } from '../../lambda/app/calendar';
import { seed } from '../../lambda/app/seed';
import { uploadReviewerOverTable } from '../../lambda/app/changes/reviewer-wiring';
import { remindersJob } from '../../lambda/composition';
import { mergeDocument } from '../../lambda/core/changes/merge';
import { captureLogger } from '../helpers/capture-logger';
import { type TestTable, startTestTable } from '../helpers/dynamo';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack';
import { BOT_TOKEN } from '../helpers/slack-requests';

const EDITOR = 'U0EDITOR1';
const NOTE = readFileSync(join(import.meta.dirname, '../fixtures/notes/en-note-2026.txt'), 'utf8');
// a note of a week later about the trafficking group alone: its sixteenth meeting moved two days later
const REVISED = NOTE.slice(0, NOTE.indexOf('Report on the meetings of the Working Group on Firearms')).replace('12 June 2026', '19 June 2026').replaceAll('8 to 9 June 2026', '10 to 11 June 2026');

let table: TestTable;
let slack: FakeSlack;
let now = Date.parse('2026-06-13T08:00:00Z');
let w: ReturnType<typeof uploadReviewerOverTable>;
const log = captureLogger();
let seq = 0;

beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
});
beforeEach(async () => {
  await table?.close();
  table = await startTestTable();
  slack.calls.length = 0;
  now = Date.parse('2026-06-13T08:00:00Z');
  w = uploadReviewerOverTable({ client: table.client, tableName: table.tableName, botToken: BOT_TOKEN, apiUrl: slack.apiUrl, editors: [EDITOR], logger: log, nowMs: () => now });
});

async function upload(name: string, text: string): Promise<string> {
  seq++;
  const file = slack.serveFile(`F${seq}`, name, text);
  const changeId = `change-${seq}`;
  expect(await w.reviewer.review({ changeId, file: { ...file, url: file.url_private_download }, uploadedBy: EDITOR, lang: null, conversation: { channel: 'D0DM0001' } })).toBe('reviewed');
  return changeId;
}
const version = async () => (await table.client.send(new GetCommand({ TableName: table.tableName, Key: { PK: REF_PK, SK: META_SK } }))).Item?.version;
const changeLog = async () => (await table.client.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'CHANGE' } }))).Items ?? [];

describe('deciding on a pending change', () => {
  it('a change not decided within a day has expired: Add changes nothing and the review says to upload again', async () => {
    const id = await upload('en-note-2026.txt', NOTE);
    const v = await version();
    now += 25 * 3600_000;
    expect(await w.decider.apply(id, EDITOR)).toBe('expired');
    expect(await version()).toBe(v);
    expect(String(slack.updates().at(-1)?.args.text)).toBe('This review has expired; upload the file again (en-note-2026.txt).');
    expect(await w.decider.discard(id, EDITOR)).toBe('expired');
  });

  it('a non-editor changes nothing, even calling the use case directly', async () => {
    const id = await upload('en-note-2026.txt', NOTE);
    const v = await version();
    expect(await w.decider.apply(id, 'U0OTHER1')).toBe('not-editor');
    expect(await w.decider.discard(id, 'U0OTHER1')).toBe('not-editor');
    expect(await version()).toBe(v);
    expect((await w.store.get(id))?.status).toBe('pending');
  });

  it('when the base moved (a newer document for the same meeting was added), Add shows the new diff instead of overwriting; the older document never overrides the newer one', async () => {
    const original = await upload('en-note-2026.txt', NOTE);
    const revised = await upload('en-note-2026-rev.txt', REVISED);
    expect(await w.decider.apply(revised, EDITOR)).toBe('applied');
    const afterRevised = await version();
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName, cacheTtlMs: 0 });
    expect((await repo.load()).dataset.meetings.find((m) => m.id === 'WG.4-16')?.start).toBe('2026-06-10');

    expect(await w.decider.apply(original, EDITOR)).toBe('rebased');
    expect(await version()).toBe(afterRevised);
    const shown = JSON.stringify(slack.updates().at(-1)?.args.blocks);
    expect(shown).toContain("The bot's data changed since this review");
    expect(shown).toContain('Kept as the bot has it');
    expect(shown).toContain("Working Group on Trafficking in Persons, 16th meeting: dates 10–11 June 2026 (from note-2026-06-19); this document says 8–9 June 2026 — the bot's source is as recent or newer");
    expect(shown).toContain('Working Group on Firearms, 12th meeting: 29–30 May 2026, Geneva (held)');
    expect(shown).toContain('ctoc_change_add');

    expect(await w.decider.apply(original, EDITOR)).toBe('applied');
    const data = (await repo.load()).dataset;
    const wg4 = data.meetings.find((m) => m.id === 'WG.4-16');
    expect([wg4?.start, wg4?.end]).toEqual(['2026-06-10', '2026-06-11']);
    expect(data.meetings.find((m) => m.id === 'WG.6-12')?.start).toBe('2026-05-29');
    expect((await changeLog()).map((i) => i.record.fileName).sort()).toEqual(['en-note-2026-rev.txt', 'en-note-2026.txt']);
  });

  it('a newer document revises a meeting the bot has (before → after in the review), keeping the older source as provenance', async () => {
    expect(await w.decider.apply(await upload('en-note-2026.txt', NOTE), EDITOR)).toBe('applied');
    const revised = await upload('en-note-2026-rev.txt', REVISED);
    const shown = JSON.stringify(slack.posts().at(-1)?.args.blocks);
    expect(shown).toContain('Working Group on Trafficking in Persons, 16th meeting: dates 8–9 June 2026 → 10–11 June 2026');
    expect(await w.decider.apply(revised, EDITOR)).toBe('applied');
    const wg4 = (await new DynamoRepository({ client: table.client, tableName: table.tableName, cacheTtlMs: 0 }).load()).dataset.meetings.find((m) => m.id === 'WG.4-16');
    expect([wg4?.start, wg4?.end, wg4?.source.document, wg4?.status, wg4?.report]).toEqual(['2026-06-10', '2026-06-11', 'note-2026-06-19', 'scheduled', 'CTOC/COP/WG.4/2026/3']);
    expect(wg4?.alsoIn?.map((r) => r.document)).toContain('note-2026-06-12');
    // the older note uploaded again adds nothing, and says which newer facts it keeps
    const file = slack.serveFile('Fold', 'en-note-2026.txt', NOTE);
    expect(await w.reviewer.review({ changeId: 'old-again', file: { ...file, url: file.url_private_download }, uploadedBy: EDITOR, lang: null, conversation: { channel: 'D0DM0001' } })).toBe('nothing-new');
    expect(String(slack.posts().at(-1)?.args.text)).toBe(
      "en-note-2026.txt: nothing to add — where it differs from the bot, the bot keeps what it has:\n• the Working Group on Trafficking in Persons, 16th meeting: dates 10–11 June 2026 (from note-2026-06-19); this document says 8–9 June 2026 — the bot's source is as recent or newer",
    );
  });

  it('applied twice (a Lambda retry, a second editor), it is applied once', async () => {
    const id = await upload('en-note-2026.txt', NOTE);
    const outcomes = await Promise.all([w.decider.apply(id, EDITOR), w.decider.apply(id, EDITOR), w.decider.apply(id, EDITOR)]);
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'applied').every((o) => o === 'already')).toBe(true);
    expect(await w.decider.apply(id, EDITOR)).toBe('already');
    expect(await changeLog()).toHaveLength(1);
    expect((await changeLog())[0]?.record).toMatchObject({ approvedBy: EDITOR, fileName: 'en-note-2026.txt', document: 'note-2026-06-12', approvedAt: '2026-06-13T08:00:00.000Z' });
  });

  it('a writer that died half-way: readers already see the whole new data (never a mix); the next Add finishes it', async () => {
    const id = await upload('en-note-2026.txt', NOTE);
    const p = await w.store.get(id);
    if (!p) throw new Error('no pending change');
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName, cacheTtlMs: 0 });
    const before = await repo.load();
    const set = changeSet(before, mergeDocument(before.dataset, p.document));
    expect(set.puts.length).toBeGreaterThan(4);
    // steps 1–2 and part of 3 of a run that then died
    await table.client.send(new UpdateCommand({ TableName: table.tableName, Key: { PK: pendingPk(id), SK: PENDING_SK }, UpdateExpression: 'SET #s = :a, changeSet = :set, logEntry = :e, applyingAt = :t', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':a': 'applying', ':set': set, ':e': { changeId: id, fileName: p.fileName, document: p.document.source.id, approvedBy: EDITOR, approvedAt: '2026-06-13T08:00:00.000Z', uploadedBy: EDITOR, fromVersion: before.version, toVersion: set.to, summary: { newMeetings: 4, changedMeetings: 0, newDocuments: 4, newMandates: 0 } }, ':t': now - 600_000 } }));
    await table.client.send(new UpdateCommand({ TableName: table.tableName, Key: { PK: REF_PK, SK: META_SK }, UpdateExpression: 'SET applying = :l', ExpressionAttributeValues: { ':l': { changeId: id, to: set.to, at: now - 600_000 } } }));
    await batchWrite(table.client, table.tableName, set.puts.slice(0, 2).map((i) => ({ PutRequest: { Item: i as unknown as Record<string, unknown> } })));

    const seen = await new DynamoRepository({ client: table.client, tableName: table.tableName }).load();
    expect(seen.version).toBe(set.to);
    expect(seen.dataset.meetings.map((m) => m.id)).toEqual(expect.arrayContaining(['WG.6-12', 'WG.4-16', 'COP-13']));

    expect(await w.decider.apply(id, EDITOR)).toBe('applied');
    expect(await version()).toBe(set.to);
    const meta = (await table.client.send(new GetCommand({ TableName: table.tableName, Key: { PK: REF_PK, SK: META_SK } }))).Item;
    expect(meta?.applying).toBeUndefined();
    expect(await changeLog()).toHaveLength(1);
    expect((await repo.load()).dataset.meetings.map((m) => m.id)).toEqual(expect.arrayContaining(['WG.6-12', 'WG.4-16', 'COP-13']));
  });

  it('re-uploading a document the bot has whole is "nothing new", with no buttons', async () => {
    const id = await upload('en-note-2026.txt', NOTE);
    await w.decider.apply(id, EDITOR);
    const file = slack.serveFile('Fagain', 'en-note-2026.txt', NOTE);
    expect(await w.reviewer.review({ changeId: 'again', file: { ...file, url: file.url_private_download }, uploadedBy: EDITOR, lang: 'fr', conversation: { channel: 'D0DM0001' } })).toBe('nothing-new');
    expect(String(slack.posts().at(-1)?.args.text)).toBe('en-note-2026.txt : rien de nouveau — le bot sait déjà tout ce que ce document énonce.');
    expect(await w.store.get('again')).toBeNull();
  });

  it('re-seeding from data/ (a restart, ctoc-bot seed) keeps the documents added from Slack, re-applied in order', async () => {
    expect(await w.decider.apply(await upload('en-note-2026.txt', NOTE), EDITOR)).toBe('applied');
    expect(await w.decider.apply(await upload('en-note-2026-rev.txt', REVISED), EDITOR)).toBe('applied');
    const r = await seed({ client: table.client, tableName: table.tableName });
    expect([r.replayed.length, r.skipped]).toEqual([2, []]);
    const data = (await new DynamoRepository({ client: table.client, tableName: table.tableName, cacheTtlMs: 0 }).load()).dataset;
    const wg4 = data.meetings.find((m) => m.id === 'WG.4-16');
    expect([wg4?.start, wg4?.end]).toEqual(['2026-06-10', '2026-06-11']);
    expect(data.meetings.find((m) => m.id === 'COP-13')?.start).toBe('2026-10-12');
    // seeding again changes nothing
    const v = await version();
    await seed({ client: table.client, tableName: table.tableName });
    expect(await version()).toBe(v);
  });

  it('the calendar feed includes a newly added meeting on its next request', async () => {
    const repo = new DynamoRepository({ client: table.client, tableName: table.tableName, cacheTtlMs: 0 });
    expect(await calendarFeed(repo)).not.toContain('UID:WG.6-12@ctoc-bot');
    await w.decider.apply(await upload('en-note-2026.txt', NOTE), EDITOR);
    const ics = await calendarFeed(repo);
    expect(ics).toContain('UID:WG.6-12@ctoc-bot');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260529');
  });

  it('the reminders job includes a newly added meeting on its next run', async () => {
    await new DynamoSubscriptionStore(table.client, table.tableName).put({ subscriber: 'C0TRAFFIC', kind: 'channel', bodies: ['WG.4'], leadDays: [7, 1], lang: 'en', digest: false, createdBy: EDITOR, createdAt: '2026-05-01T00:00:00Z' });
    const job = await remindersJob({ client: table.client, tableName: table.tableName }, { logger: log, botToken: BOT_TOKEN, apiUrl: slack.apiUrl, timeZone: 'Europe/Vienna' });
    expect((await job(zonedTimeToInstant('2026-06-01T07:00', 'Europe/Vienna'))).posted).toEqual([]);
    await w.decider.apply(await upload('en-note-2026.txt', NOTE), EDITOR);
    const r = await job(zonedTimeToInstant('2026-06-02T07:00', 'Europe/Vienna'));
    // its 7-day reminder was due yesterday: sent late under the catch-up rule
    expect(r.posted.map((x) => x.text)).toEqual(['Reminder: the Working Group on Trafficking in Persons meets in 6 days — 8–9 June 2026, Vienna.']);
  });
});
