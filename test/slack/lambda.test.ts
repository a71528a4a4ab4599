import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLambdaSlackApp } from '../../lambda/adapters/slack/app-factory';
import { slackConfig } from '../../lambda/adapters/slack/config';
import { SLACK_LIMITS } from '../../lambda/adapters/slack/limits';
import { FixedClock } from '../../lambda/adapters/system-clock';
import { slackDeps } from '../../lambda/composition';
import { captureLogger } from '../helpers/capture-logger';
import { type TestTable, startTestTable } from '../helpers/dynamo';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack';
import { BOT_TOKEN, BOT_USER, SIGNING_SECRET, commandBody, dm, eventBody, functionUrlEvent, mention, nowSeconds, signed } from '../helpers/slack-requests';

let table: TestTable;
let slack: FakeSlack;
let handler: ReturnType<typeof createLambdaSlackApp>['handler'];
const log = captureLogger();
const ctx = {} as Context;

beforeAll(async () => {
  table = await startTestTable();
  slack = await startFakeSlack();
  const config = slackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, SLACK_BOT_USER_ID: BOT_USER });
  const deps = await slackDeps(table, { logger: log, clock: new FixedClock('2024-07-15') });
  handler = createLambdaSlackApp(config, deps).handler;
});
afterAll(async () => {
  await slack.close();
  await table.close();
});
beforeEach(() => {
  slack.calls.length = 0;
  slack.responses.length = 0;
  log.lines.length = 0;
});

const send = (body: string, type: 'json' | 'form', o: Parameters<typeof signed>[2] = {}, base64 = false) => handler(functionUrlEvent(signed(body, type, o), { base64 }), ctx);
const blockTexts = (blocks: unknown) => JSON.stringify(blocks);

describe('the Lambda handler, as Slack calls it', () => {
  it('answers url_verification with the challenge', async () => {
    const r = await send(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }), 'json');
    expect(r.statusCode).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ challenge: 'abc123' });
  });

  it('answers ssl_check', async () => {
    const r = await send('ssl_check=1&token=x', 'form');
    expect(r.statusCode).toBe(200);
    expect(slack.calls).toEqual([]);
  });

  it('a mention gets exactly one threaded answer', async () => {
    const r = await send(eventBody(mention('when did the firearms group meet in 2024?', { ts: '1700000009.000001' })), 'json');
    expect(r.statusCode).toBe(200);
    const posts = slack.posts();
    expect(posts).toHaveLength(1);
    const p = posts[0]?.args ?? {};
    expect(p.channel).toBe('C0CHAN1');
    expect(p.thread_ts).toBe('1700000009.000001');
    expect(p.text).toBe('The Working Group on Firearms held its 11th meeting on 3–4 April 2024 in Vienna (report CTOC/COP/WG.6/2024/5).');
    expect(blockTexts(p.blocks)).toContain('<https://undocs.org/CTOC/COP/WG.6/2024/5|CTOC/COP/WG.6/2024/5>');
    expect(slack.calls[0]?.token).toBe(BOT_TOKEN);
  });

  it('a mention inside a thread answers in that thread', async () => {
    await send(eventBody(mention('next meeting', { ts: '1700000010.000001', thread_ts: '1700000000.000009' })), 'json');
    expect(slack.posts()[0]?.args.thread_ts).toBe('1700000000.000009');
  });

  it('a French question links the French version of the report', async () => {
    await send(eventBody(mention('rapport de la onzième réunion sur les armes à feu')), 'json');
    expect(blockTexts(slack.posts()[0]?.args.blocks)).toContain('<https://undocs.org/fr/CTOC/COP/WG.6/2024/5|CTOC/COP/WG.6/2024/5>');
  });

  it('a direct message is answered in the DM', async () => {
    await send(eventBody(dm('quelles réunions en juin 2024 ?')), 'json');
    const posts = slack.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe('D0DM0001');
    expect(posts[0]?.args.thread_ts).toBeUndefined();
    expect(String(posts[0]?.args.text)).toMatch(/^2 réunions sont enregistrées en juin 2024 :/);
  });

  it('a message written inside a DM thread is answered in that thread, as a mention is', async () => {
    await send(eventBody(dm('when did the firearms group meet in 2024?', { ts: '1700000004.000500', thread_ts: '1700000002.000300' })), 'json');
    const posts = slack.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args).toMatchObject({ channel: 'D0DM0001', thread_ts: '1700000002.000300' });
    expect(String(posts[0]?.args.text)).toContain('11th meeting on 3–4 April 2024');
  });

  it.each([
    ['its own message', { user: BOT_USER }],
    ["another bot's message", { bot_id: 'B0OTHER', subtype: 'bot_message' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a join', { subtype: 'channel_join' }],
  ])('ignores %s', async (_name, extra) => {
    const r = await send(eventBody(dm('next meeting', extra)), 'json');
    expect(r.statusCode).toBe(200);
    expect(slack.posts()).toHaveLength(0);
  });

  it('a retry of the same event gets 200 and no second reply', async () => {
    const body = eventBody(mention('next meeting'), 'EvRETRY0001');
    expect((await send(body, 'json')).statusCode).toBe(200);
    expect((await send(body, 'json', { retryNum: 1 })).statusCode).toBe(200);
    expect((await send(body, 'json', { retryNum: 2 })).statusCode).toBe(200);
    expect(slack.posts()).toHaveLength(1);
  });

  it.each([
    ['a bad signature', { signature: 'v0=deadbeef' }],
    ['a signature made with another secret', { secret: 'not-the-secret-000000' }],
    ['no signature', { signature: null }],
    ['a stale timestamp (over 5 minutes)', { ts: nowSeconds() - 6 * 60 }],
  ])('%s gets 401 and nothing is posted', async (_name, o) => {
    const r = await send(eventBody(mention('next meeting')), 'json', o);
    expect(r.statusCode).toBe(401);
    expect(slack.calls).toHaveLength(0);
  });

  it('an unparseable body gets 400, not a crash', async () => {
    const r = await send('{not json', 'json');
    expect(r.statusCode).toBe(400);
  });

  it('<!channel> and <!here> in a question can never ping anyone', async () => {
    await send(eventBody(mention('<!channel> <!here> &lt;!everyone&gt; when did the cybercrime committee meet?')), 'json');
    const p = slack.posts()[0]?.args ?? {};
    const all = `${p.text} ${blockTexts(p.blocks)}`;
    expect(all).not.toMatch(/<!(channel|here|everyone)/);
    expect(all).toContain('cybercrime committee');
  });

  it('handles a 40 KB message and odd Unicode (base64-encoded, as Function URLs may send it)', async () => {
    const big = `when did the firearms group meet in 2024? ${'🔥\u202e\u0000é'.repeat(10_000)}`;
    expect(big.length).toBeGreaterThan(40_000);
    const r = await send(eventBody(dm(big)), 'json', {}, true);
    expect(r.statusCode).toBe(200);
    const p = slack.posts()[0]?.args ?? {};
    expect(String(p.text).length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect((p.blocks as unknown[]).length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
  });

  it('a long answer is summarised within Slack limits', async () => {
    await send(eventBody(mention('all meetings between 2023 and 2024')), 'json');
    const blocks = slack.posts()[0]?.args.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
    expect(blocks.filter((b) => b.type === 'section').length).toBe(12); // lead + 11 meetings
    for (const b of blocks) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  });
});

describe('/ctoc', () => {
  const command = async (text: string) => {
    const r = await send(commandBody(text, slack.responseUrl('r1')), 'form');
    expect(r.statusCode).toBe(200);
    return JSON.parse(r.body) as { response_type: string; text: string; blocks: Array<Record<string, unknown>> };
  };

  it('answers a question to the asker only, with a share button', async () => {
    const r = await command('when did the firearms group meet in 2024?');
    expect(r.response_type).toBe('ephemeral');
    expect(r.text).toContain('11th meeting on 3–4 April 2024');
    const actions = r.blocks.find((b) => b.type === 'actions') as { elements: Array<{ action_id: string; value: string }> };
    expect(actions.elements[0]?.action_id).toBe('ctoc_share');
    expect(JSON.parse(actions.elements[0]?.value ?? '{}')).toEqual({ q: 'when did the firearms group meet in 2024?', now: '2024-07-15' });
    expect(slack.calls).toHaveLength(0);
  });

  it('the share button posts the answer in the channel', async () => {
    const payload = {
      type: 'block_actions',
      user: { id: 'U0USER1' },
      team: { id: 'T0001' },
      api_app_id: 'A0001',
      channel: { id: 'C0CHAN1' },
      response_url: slack.responseUrl('share1'),
      trigger_id: 'trig-share',
      actions: [{ type: 'button', action_id: 'ctoc_share', block_id: 'b1', value: JSON.stringify({ q: 'next meeting', now: '2024-07-15' }), action_ts: '1' }],
    };
    const r = await send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'form');
    expect(r.statusCode).toBe(200);
    // two calls, as Slack documents them: a new message in the channel, then the delete of the private answer
    expect(slack.responses.map((x) => x.id)).toEqual(['share1', 'share1']);
    const [shared, deleted] = slack.responses.map((x) => x.body);
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(shared).not.toHaveProperty('delete_original');
    expect(String(shared?.text)).toContain('12th session on 14–18 October 2024');
    expect(deleted).toEqual({ delete_original: true });
  });

  it('help, groups and next', async () => {
    expect((await command('help')).text).toMatch(/^I answer questions/);
    const groups = await command('groups');
    const g = blockTexts(groups.blocks);
    for (const name of ['Working Group on Firearms', 'Groupe de travail sur les armes à feu', 'resolution 5/4', 'CTOC/COP/WG.6/2024/5', 'Next: 12th session, 14–18 October 2024']) expect(g).toContain(name);
    expect((await command('next')).text).toContain('12th session on 14–18 October 2024');
    expect((await command('prochaines')).text).toBe('La Conférence des Parties doit tenir sa 12e session du 14 au 18 octobre 2024 à Vienne (ordre du jour provisoire CTOC/COP/2024/1).');
    expect((await command('')).text).toMatch(/^I answer questions/);
    expect((await command('calendar')).text).toBe('The calendar feed is not published here. For a file: `npx ctoc-bot calendar > ctoc.ics`.');
  });

  it('calendar gives the subscribe link and how to add it (when deployed)', async () => {
    const { builtInSubCommands } = await import('../../lambda/adapters/slack/listeners');
    const cal = builtInSubCommands.find((c) => c.words.includes('calendar'));
    const url = 'https://abc.lambda-url.eu-central-1.on.aws/calendar.ics';
    const r = await cal?.run({ rest: '', command: { text: 'calendar' } as never, deps: { calendarUrl: url } as never });
    expect(r?.text).toBe(`*Meetings calendar*: <${url}|${url}> (one body: \`${url}?body=WG.6\`, in French: \`?lang=fr\`)`);
    expect(JSON.stringify(r?.blocks)).toContain('Google Calendar');
    expect(JSON.stringify(r?.blocks)).toContain('Outlook');
    const fr = await cal?.run({ rest: '', command: { text: 'calendrier' } as never, deps: { calendarUrl: url } as never });
    expect(fr?.text).toMatch(/^\*Agenda des réunions\*/);
  });

  it('a retried command (same trigger_id) is answered once', async () => {
    const body = commandBody('next', slack.responseUrl('r2'), { trigger: 'trig-dup-1' });
    const first = await send(body, 'form');
    const second = await send(body, 'form', { retryNum: 1 });
    expect(first.body).toContain('12th session');
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe('');
  });
});

describe('App Home', () => {
  it('publishes a view within the limits', async () => {
    const r = await send(eventBody({ type: 'app_home_opened', user: 'U0USER1', channel: 'D0DM0001', tab: 'home', event_ts: '1' }), 'json');
    expect(r.statusCode).toBe(200);
    const calls = slack.calls.filter((c) => c.method === 'views.publish');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args.user_id).toBe('U0USER1');
    const view = calls[0]?.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.homeBlocks);
    const text = JSON.stringify(view);
    expect(text).toContain('Upcoming');
    expect(text).toContain('12th session');
    expect(text).toContain('<https://undocs.org/CTOC/COP/WG.7/2024/5|CTOC/COP/WG.7/2024/5>');
    expect(text).toContain('Bodies at a glance');
  });

  it('ignores the Messages tab', async () => {
    await send(eventBody({ type: 'app_home_opened', user: 'U0USER1', channel: 'D0DM0001', tab: 'messages', event_ts: '1' }), 'json');
    expect(slack.calls).toHaveLength(0);
  });
});

describe('de-duplication', () => {
  it('a duplicate writes no bare console line: everything goes through the structured logger', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    try {
      const body = eventBody(mention('next meeting'), `EvQUIET${Date.now()}`);
      expect((await send(body, 'json')).statusCode).toBe(200);
      expect((await send(body, 'json', { retryNum: 1 })).statusCode).toBe(200);
      expect(slack.posts()).toHaveLength(1);
      expect(spies.flatMap((s) => s.mock.calls)).toEqual([]);
      expect(log.lines.some((l) => l.message === 'duplicate request ignored')).toBe(true);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it('a warm question costs one DynamoDB request: the conditional write of its event id', async () => {
    await send(eventBody(mention('next meeting')), 'json'); // reference data now cached
    const before = { ...table.calls };
    await send(eventBody(mention('when did the firearms group meet in 2024?')), 'json');
    const sent = Object.entries(table.calls).filter(([k, v]) => v !== (before[k] ?? 0)).map(([k, v]) => [k, v - (before[k] ?? 0)]);
    expect(sent).toEqual([['PutItemCommand', 1]]);
    expect(slack.posts()).toHaveLength(2);
  });

  it('a fresh first delivery answers without waiting for its claim; one whose claim another call holds takes its answer back', async () => {
    const deps = await slackDeps(table, { logger: log, clock: new FixedClock('2024-07-15') });
    const id = `EvTAKEN${Date.now()}`;
    // another call (a retry that overtook this delivery) holds the claim
    expect(await deps.dedupe.claim(id, { leaseMs: 60_000 })).not.toBeNull();
    const r = await send(eventBody(mention('next meeting'), id), 'json');
    expect(r.statusCode).toBe(200);
    expect(slack.posts()).toHaveLength(1);
    const deleted = slack.calls.filter((c) => c.method === 'chat.delete');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]?.args).toMatchObject({ channel: slack.posts()[0]?.args.channel, ts: expect.any(String) });
    expect(log.lines.some((l) => l.message === 'answered a request another call had claimed; deleting the answer')).toBe(true);
  });

  it('a retry, or a first delivery no longer fresh, waits for its claim: nothing is posted when another call holds it', async () => {
    const deps = await slackDeps(table, { logger: log, clock: new FixedClock('2024-07-15') });
    for (const [id, o] of [
      [`EvOLD${Date.now()}`, { receivedAt: Date.now() - 2500 }],
      [`EvRETRIED${Date.now()}`, {}],
    ] as const) {
      expect(await deps.dedupe.claim(id, { leaseMs: 60_000 })).not.toBeNull();
      const retry = id.startsWith('EvRETRIED') ? { retryNum: 1 } : {};
      expect((await handler(functionUrlEvent(signed(eventBody(mention('next meeting'), id), 'json', retry), o), ctx)).statusCode).toBe(200);
    }
    expect(slack.posts()).toHaveLength(0);
    expect(slack.calls.filter((c) => c.method === 'chat.delete')).toHaveLength(0);
  });

  it('a request that fails before answering gets 500, and Slack\'s retry answers it once', async () => {
    const config = slackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, SLACK_BOT_USER_ID: BOT_USER });
    const { app, handler: h } = createLambdaSlackApp(config, await slackDeps(table, { logger: log, clock: new FixedClock('2024-07-15') }));
    let failures = 1;
    // a fault between the de-duplication claim and the listeners, once
    app.use(async ({ next }) => {
      if (failures-- > 0) throw new Error('fault before answering');
      await next();
    });
    const body = eventBody(mention('next meeting'), `EvFAIL${Date.now()}`);
    expect((await h(functionUrlEvent(signed(body, 'json')), ctx)).statusCode).toBe(500);
    expect(slack.posts()).toHaveLength(0);
    expect((await h(functionUrlEvent(signed(body, 'json', { retryNum: 1 })), ctx)).statusCode).toBe(200);
    expect((await h(functionUrlEvent(signed(body, 'json', { retryNum: 2 })), ctx)).statusCode).toBe(200);
    expect(slack.posts()).toHaveLength(1);
  });
});

describe('failures inside a listener', () => {
  it('DynamoDB down: a short apology and a structured log line, never a crash', async () => {
    const deps = await slackDeps({ client: table.client, tableName: 'missing-table' }, { logger: log, clock: new FixedClock('2024-07-15') });
    const config = slackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, SLACK_BOT_USER_ID: BOT_USER });
    const broken = createLambdaSlackApp(config, deps).handler;
    const r = await broken(functionUrlEvent(signed(eventBody(mention('next meeting')), 'json')), ctx);
    expect(r.statusCode).toBe(200);
    expect(slack.posts()).toHaveLength(1);
    expect(slack.posts()[0]?.args.text).toMatch(/^Sorry, something went wrong/);
    const err = log.lines.find((l) => l.message === 'app_mention failed');
    expect(err?.level).toBe('error');
    expect(err?.extra).toMatchObject({ channel: 'C0CHAN1', code: 'STORAGE_MISSING_TABLE' });
    expect(log.text()).not.toContain(BOT_TOKEN);
    expect(log.text()).not.toContain(SIGNING_SECRET);
  });

  it('a Slack API error is logged, not thrown', async () => {
    slack.fail('chat.postMessage', 'C0BROKEN', { error: 'channel_not_found', times: 2 });
    const r = await send(eventBody(mention('next meeting', { channel: 'C0BROKEN' })), 'json');
    expect(r.statusCode).toBe(200);
    expect(log.lines.some((l) => l.level === 'error' && l.message === 'app_mention failed' && String(l.extra?.error).includes('channel_not_found'))).toBe(true);
  });
});
