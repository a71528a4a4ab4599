import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoReminderLedger } from '../../lambda/adapters/dynamodb/dynamo-ledger';
import { DynamoSubscriptionStore } from '../../lambda/adapters/dynamodb/dynamo-subscriptions';
import { createLambdaSlackApp } from '../../lambda/adapters/slack/app-factory';
import { slackConfig } from '../../lambda/adapters/slack/config';
import { FixedClock, zonedTimeToInstant } from '../../lambda/adapters/system-clock';
import type { MessagePoster } from '../../lambda/core/ports';
import type { ReminderRunOptions } from '../../lambda/app/reminders';
import { remindersJob, slackDeps } from '../../lambda/composition';
import { captureLogger } from '../helpers/capture-logger';
import { type TestTable, startTestTable } from '../helpers/dynamo';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack';
import { BOT_TOKEN, BOT_USER, SIGNING_SECRET, commandBody, functionUrlEvent, signed } from '../helpers/slack-requests';

const VIENNA = 'Europe/Vienna';
const at = (local: string) => zonedTimeToInstant(local, VIENNA);

let table: TestTable;
let slack: FakeSlack;
let slash: (text: string, channel?: string) => Promise<string>;
const log = captureLogger();
const jobIn = (timeZone: string) => async (now: Date, extra?: Partial<ReminderRunOptions>) => (await remindersJob(table, { logger: log, botToken: BOT_TOKEN, apiUrl: slack.apiUrl, timeZone }))(now, extra);
const job = () => jobIn(VIENNA);

beforeAll(async () => {
  table = await startTestTable();
  slack = await startFakeSlack();
  const config = slackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, SLACK_BOT_USER_ID: BOT_USER });
  const { handler } = createLambdaSlackApp(config, await slackDeps(table, { logger: log, clock: new FixedClock('2024-03-01') }));
  slash = async (text, channel = 'C0CHAN1') => {
    const r = await handler(functionUrlEvent(signed(commandBody(text, slack.responseUrl('x'), { channel }), 'form')), {} as Context);
    expect(r.statusCode).toBe(200);
    return (JSON.parse(r.body) as { text: string }).text;
  };
});
afterAll(async () => {
  await slack.close();
  await table.close();
});

const store = () => new DynamoSubscriptionStore(table.client, table.tableName);
async function reset() {
  for (const s of await store().all()) await store().delete(s.subscriber);
  // forget what earlier tests sent (a test may scan; the bot never does)
  const { ScanCommand, DeleteCommand } = await import('@aws-sdk/lib-dynamodb');
  const items = (await table.client.send(new ScanCommand({ TableName: table.tableName }))).Items ?? [];
  for (const i of items.filter((x) => String(x.PK).startsWith('SENT#'))) await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: { PK: i.PK, SK: i.SK } }));
  slack.calls.length = 0;
  log.lines.length = 0;
}
const postsTo = (channel: string) => slack.posts().filter((p) => p.args.channel === channel).map((p) => String(p.args.text));

describe('subscribing with /ctoc (the real slash-command path)', () => {
  beforeEach(reset);

  it('subscribes the channel to all bodies, 7 and 1 days before, with the digest', async () => {
    expect(await slash('subscribe')).toBe('Subscribed — <#C0CHAN1>: all bodies, 7 and 1 day(s) before each meeting, with the Monday digest, in English. If the channel is private, invite me (`/invite @ctoc-bot`).');
    expect(await store().get('C0CHAN1')).toMatchObject({ subscriber: 'C0CHAN1', kind: 'channel', bodies: [], leadDays: [7, 1], lang: 'en', digest: true });
  });

  it('takes bodies, lead times, me, a language and nodigest', async () => {
    const text = await slash('subscribe firearms trafficking 14 3 1 me fr nodigest');
    expect(text).toMatch(/^Abonné — vous \(message direct\) : le Groupe de travail sur la traite des personnes, le Groupe de travail sur les armes à feu|^Abonné — vous \(message direct\) : le Groupe de travail sur les armes à feu, le Groupe de travail sur la traite des personnes/);
    expect(await store().get('U0USER1')).toMatchObject({ kind: 'dm', bodies: expect.arrayContaining(['WG.6', 'WG.4']), leadDays: [14, 3, 1], lang: 'fr', digest: false });
    expect(await store().get('C0CHAN1')).toBeNull();
  });

  it('French words work and answer in French', async () => {
    expect(await slash('abonner armes à feu')).toMatch(/^Abonné — <#C0CHAN1> : le Groupe de travail sur les armes à feu, 7 et 1 jour\(s\) avant chaque réunion, avec le résumé du lundi, en français\./);
    expect(await slash('abonnements')).toMatch(/^• <#C0CHAN1> : le Groupe de travail sur les armes à feu/);
    expect(await slash('désabonner')).toBe('Désabonné : plus aucun rappel ici.');
  });

  it('bad options get a clear message with the correct form, and change nothing', async () => {
    const bad = await slash('subscribe 0');
    expect(bad).toContain('"0": lead times are days before a meeting, from 1 to 60');
    expect(bad).toContain('Usage: `/ctoc subscribe');
    const unknown = await slash('subscribe cybercrime');
    expect(unknown).toMatch(/^I do not recognise a body in "cybercrime"\. Bodies: .*Working Group on Firearms \(WG\.6\)/);
    expect(await store().get('C0CHAN1')).toBeNull();
  });

  it('unsubscribing from some bodies keeps the others', async () => {
    await slash('subscribe');
    expect(await slash('unsubscribe firearms')).toMatch(/^Subscription updated — <#C0CHAN1>: the Conference of the Parties, .*the Working Group on the Smuggling of Migrants, 7 and 1 day/);
    expect((await store().get('C0CHAN1'))?.bodies).not.toContain('WG.6');
    expect(await slash('subscriptions')).toMatch(/^• <#C0CHAN1>/);
    expect(await slash('unsubscribe')).toBe('Unsubscribed: no more reminders here.');
    expect(await slash('subscriptions')).toMatch(/^No subscription here or for you\./);
  });
});

describe('the daily job', () => {
  beforeEach(reset);

  it('posts a reminder a week before, in the zone, once even if run twice', async () => {
    await slash('subscribe firearms');
    const r1 = await job()(at('2024-03-27T07:00'));
    expect(r1.today).toBe('2024-03-27');
    expect(postsTo('C0CHAN1')).toEqual(['Reminder: the Working Group on Firearms meets in 7 days — 3–4 April 2024, Vienna.']);
    expect(JSON.stringify(slack.posts()[0]?.args.blocks)).toContain('Reminder: the Working Group on Firearms meets in 7 days');
    const r2 = await job()(at('2024-03-27T07:05'));
    expect(r2.posted).toHaveLength(0);
    expect(r2.skipped).toBe(1);
    expect(postsTo('C0CHAN1')).toHaveLength(1);
    await job()(at('2024-04-02T07:00'));
    expect(postsTo('C0CHAN1')).toEqual(['Reminder: the Working Group on Firearms meets in 7 days — 3–4 April 2024, Vienna.', 'Reminder: the Working Group on Firearms meets tomorrow — 3–4 April 2024, Vienna.']);
  });

  it('two overlapping runs post each reminder once', async () => {
    await slash('subscribe firearms');
    await Promise.all([job()(at('2024-03-27T07:00')), job()(at('2024-03-27T07:00')), job()(at('2024-03-27T07:00'))]);
    expect(postsTo('C0CHAN1')).toHaveLength(1);
  });

  it('a run that crashed half-way: the rerun posts what is missing, and nothing twice', async () => {
    await slash('subscribe firearms', 'C0AAA');
    await slash('subscribe firearms', 'C0BBB');
    await slash('subscribe firearms', 'C0CCC');
    const real = job();
    // the first run dies while posting to C0BBB: the call never returns (as if the process was killed)
    const dying: MessagePoster = {
      post: async (channel, message) => {
        if (channel === 'C0BBB') return new Promise<never>(() => undefined);
        const { SlackPoster } = await import('../../lambda/adapters/slack/reminder-poster');
        return new SlackPoster(BOT_TOKEN, { apiUrl: slack.apiUrl }).post(channel, message);
      },
    };
    void real(at('2024-03-27T07:00'), { poster: dying });
    for (let i = 0; i < 100 && postsTo('C0AAA').length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    expect(postsTo('C0AAA')).toHaveLength(1);
    expect(postsTo('C0BBB')).toHaveLength(0);
    expect(postsTo('C0CCC')).toHaveLength(0);
    // a second run while the dead one's claim is fresh leaves C0BBB alone (it may still be posting)
    await job()(at('2024-03-27T07:02'));
    expect(postsTo('C0BBB')).toHaveLength(0);
    expect(postsTo('C0CCC')).toHaveLength(1);
    // once the claim's lease has passed, the next run takes it over
    await job()(at('2024-03-27T07:30'));
    expect(postsTo('C0AAA')).toHaveLength(1);
    expect(postsTo('C0BBB')).toHaveLength(1);
    expect(postsTo('C0CCC')).toHaveLength(1);
  });

  it('catches up when the job did not run for a day, and says so', async () => {
    await slash('subscribe firearms');
    const r = await job()(at('2024-03-28T07:00'));
    expect(r.posted.map((p) => p.text)).toEqual(['Reminder: the Working Group on Firearms meets in 6 days — 3–4 April 2024, Vienna.']);
    // beyond the 2-day window a missed 7-day reminder is not sent
    await reset();
    await slash('subscribe firearms');
    expect((await job()(at('2024-03-30T07:00'))).posted).toHaveLength(0);
  });

  it('uses the team zone: 00:30 in Vienna is already the reminder day, though UTC is still the day before', async () => {
    await slash('subscribe firearms');
    const instant = new Date('2024-03-26T23:30:00Z'); // 00:30 on 27 March in Vienna (UTC+1)
    const utc = jobIn('UTC');
    const inUtc = await utc(instant, { dryRun: true });
    expect(inUtc.today).toBe('2024-03-26');
    expect(inUtc.wouldPost).toHaveLength(0);
    const inVienna = await job()(instant);
    expect(inVienna.today).toBe('2024-03-27');
    expect(inVienna.posted).toHaveLength(1);
  });

  it('one channel failing never stops the others; a permanent failure disables it with a log line', async () => {
    await slash('subscribe firearms', 'C0GONE');
    await slash('subscribe firearms', 'C0LIVE');
    slack.fail('chat.postMessage', 'C0GONE', { error: 'channel_not_found' });
    const r = await job()(at('2024-03-27T07:00'));
    expect(postsTo('C0LIVE')).toHaveLength(1);
    expect(r.failed).toEqual([{ subscriber: 'C0GONE', error: 'channel_not_found' }]);
    expect(r.disabled).toEqual(['C0GONE']);
    expect((await store().get('C0GONE'))?.disabled?.reason).toBe('channel_not_found');
    expect(log.lines.some((l) => l.level === 'warn' && l.message.startsWith('subscription disabled') && l.extra?.subscriber === 'C0GONE')).toBe(true);
    // disabled: not tried again
    const tried = slack.calls.filter((c) => c.args.channel === 'C0GONE').length;
    await job()(at('2024-04-02T07:00'));
    expect(slack.calls.filter((c) => c.args.channel === 'C0GONE').length).toBe(tried);
    expect(postsTo('C0LIVE')).toHaveLength(2);
    expect(await slash('subscriptions', 'C0GONE')).toContain('*paused* (channel_not_found)');
  });

  it('a rate limit is retried after the delay Slack asks for', async () => {
    await slash('subscribe firearms');
    slack.fail('chat.postMessage', 'C0CHAN1', { status: 429, retryAfter: 1, times: 1 });
    const t0 = Date.now();
    const r = await job()(at('2024-03-27T07:00'));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(r.posted).toHaveLength(1);
    expect(postsTo('C0CHAN1')).toHaveLength(1);
  });

  it('an unsubscribe stops reminders', async () => {
    await slash('subscribe firearms');
    await slash('unsubscribe');
    expect((await job()(at('2024-03-27T07:00'))).posted).toHaveLength(0);
    expect(slack.posts()).toHaveLength(0);
  });

  it('reminds in French for a French subscription', async () => {
    expect(await slash('abonner traite')).toMatch(/^Abonné — <#C0CHAN1> : le Groupe de travail sur la traite des personnes, 7/);
    await job()(at('2024-07-01T07:00')); // a Monday: the digest comes too
    expect(postsTo('C0CHAN1')).toEqual([
      'Rappel : le Groupe de travail sur la traite des personnes se réunit dans 7 jours — 8 et 9 juillet 2024, Vienne.',
      'Aperçu de la semaine : 1 réunion dans les 30 prochains jours : Groupe de travail sur la traite des personnes — 14e réunion, 8 et 9 juillet 2024, Vienne.',
    ]);
  });
});

describe('the Monday digest', () => {
  beforeEach(reset);

  it('lists the next 30 days on Mondays, once', async () => {
    await slash('subscribe 1');
    await job()(at('2024-06-03T07:00')); // a Monday
    const digest = postsTo('C0CHAN1').filter((t) => t.startsWith("This week's look ahead"));
    expect(digest).toEqual(["This week's look ahead: 1 meeting in the next 30 days: Working Group on International Cooperation — 15th meeting, 5–6 June 2024, Vienna."]);
    const blocks = slack.posts().find((p) => String(p.args.text).startsWith("This week's"))?.args.blocks as Array<{ text: { text: string } }>;
    expect(blocks.map((b) => b.text.text)).toEqual(["This week's look ahead: 1 meeting in the next 30 days:", '• Working Group on International Cooperation — 15th meeting, 5–6 June 2024, Vienna']);
    await job()(at('2024-06-03T09:00'));
    expect(postsTo('C0CHAN1').filter((t) => t.startsWith("This week's look ahead"))).toHaveLength(1);
  });

  it('posts nothing when no meeting is coming, or when turned off', async () => {
    await slash('subscribe');
    expect((await job()(at('2025-01-06T07:00'))).posted).toHaveLength(0); // a Monday, nothing recorded ahead
    await reset();
    await slash('subscribe nodigest 1');
    expect((await job()(at('2024-06-03T07:00'))).posted.filter((p) => p.text.startsWith("This week's"))).toHaveLength(0);
  });

  it('is not posted on other days', async () => {
    await slash('subscribe 1');
    expect((await job()(at('2024-06-04T07:00'))).posted.filter((p) => p.text.startsWith("This week's"))).toHaveLength(0);
  });
});

describe('ledger', () => {
  it('claims are conditional: one winner among concurrent claims', async () => {
    const ledger = new DynamoReminderLedger(table.client, table.tableName);
    const key = { item: 'X-1', subscriber: 'C0Z', lead: 7 };
    const results = await Promise.all(Array.from({ length: 5 }, () => ledger.claim(key, 1_000_000, 60_000)));
    expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
    await ledger.complete(key, 1_000_000, '1.2');
    expect(await ledger.claim(key, 9_000_000_000, 60_000)).toBe('skip'); // sent is sent, whatever the lease
  });
});
