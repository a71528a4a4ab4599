
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSlack } from '../helpers/fake-slack';
import { type RunningServe, startServe } from '../helpers/serve';
import { commandBody, eventBody, mention, signed } from '../helpers/slack-requests';

let slack: FakeSlack;
let url = '';
let server: RunningServe;

beforeAll(async () => {
  server = await startServe({});
  ({ slack, url } = server);
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

const post = (req: { body: string; headers: Record<string, string> }) => fetch(url, { method: 'POST', body: req.body, headers: req.headers });
async function waitForPosts(n: number) {
  for (let i = 0; i < 100 && slack.posts().length < n; i++) await new Promise((r) => setTimeout(r, 20));
}

describe('ctoc-bot serve (Bolt HTTP receiver on 127.0.0.1)', () => {
  it('listens on 127.0.0.1 at /slack/events', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
  });

  it('answers url_verification', async () => {
    const r = await post(signed(JSON.stringify({ type: 'url_verification', challenge: 'xyz' }), 'json'));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ challenge: 'xyz' });
  });

  it('a mention gets one threaded answer; its retry gets none', async () => {
    const body = eventBody(mention('when did the firearms group meet in 2024?', { ts: '1700000050.000001' }));
    expect((await post(signed(body, 'json'))).status).toBe(200);
    expect((await post(signed(body, 'json', { retryNum: 1 }))).status).toBe(200);
    await waitForPosts(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(slack.posts()).toHaveLength(1);
    expect(slack.posts()[0]?.args).toMatchObject({ channel: 'C0CHAN1', thread_ts: '1700000050.000001' });
    expect(String(slack.posts()[0]?.args.text)).toContain('11th meeting on 3–4 April 2024');
  });

  it('a bad signature gets 401 and nothing is posted', async () => {
    const before = slack.calls.length;
    const r = await post(signed(eventBody(mention('next meeting')), 'json', { signature: 'v0=00' }));
    expect(r.status).toBe(401);
    await new Promise((r2) => setTimeout(r2, 100));
    expect(slack.calls.length).toBe(before);
  });

  it('the slash command answers in the response', async () => {
    const r = await post(signed(commandBody('groups', slack.responseUrl('s1')), 'form'));
    expect(r.status).toBe(200);
    const j = (await r.json()) as { response_type: string; text: string };
    expect(j.response_type).toBe('ephemeral');
    expect(j.text).toContain('Working Group on Firearms (WG.6)');
  });
});
