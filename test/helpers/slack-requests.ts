import { createHmac } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-token';
export const BOT_USER = 'UBOT0001';

export function sign(body: string, ts: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** Headers and body exactly as Slack sends them, signed (or badly signed on purpose). */
export function signed(body: string, type: 'json' | 'form', o: { ts?: number; secret?: string; signature?: string | null; retryNum?: number } = {}): SignedRequest {
  const ts = o.ts ?? nowSeconds();
  const headers: Record<string, string> = {
    'content-type': type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(ts),
  };
  if (o.signature !== null) headers['x-slack-signature'] = o.signature ?? sign(body, ts, o.secret);
  if (o.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(o.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return { body, headers };
}

let seq = 0;
export function eventBody(event: Record<string, unknown>, eventId?: string): string {
  seq++;
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: eventId ?? `Ev${Date.now()}${seq}`,
    event_time: nowSeconds(),
    authorizations: [{ team_id: 'T0001', user_id: BOT_USER, is_bot: true }],
    event,
  });
}

export function mention(text: string, o: { channel?: string; ts?: string; thread_ts?: string } = {}): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0USER1', text: `<@${BOT_USER}> ${text}`, ts: o.ts ?? '1700000001.000200', channel: o.channel ?? 'C0CHAN1', ...(o.thread_ts ? { thread_ts: o.thread_ts } : {}) };
}

export function dm(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel_type: 'im', user: 'U0USER1', text, ts: '1700000002.000300', channel: 'D0DM0001', ...extra };
}

export function commandBody(text: string, responseUrl: string, o: { trigger?: string; channel?: string; user?: string } = {}): string {
  seq++;
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T0001',
    channel_id: o.channel ?? 'C0CHAN1',
    user_id: o.user ?? 'U0USER1',
    command: '/ctoc',
    text,
    response_url: responseUrl,
    trigger_id: o.trigger ?? `trig-${Date.now()}-${seq}`,
    api_app_id: 'A0001',
  }).toString();
}

/** A Lambda Function URL event (payload format 2.0); receivedAt: when the function URL got it (default now). */
export function functionUrlEvent(req: SignedRequest, o: { base64?: boolean; receivedAt?: number } = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: '',
    headers: { ...req.headers, host: 'abc.lambda-url.eu-central-1.on.aws' },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abc',
      domainName: 'abc.lambda-url.eu-central-1.on.aws',
      domainPrefix: 'abc',
      http: { method: 'POST', path: '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'Slackbot 1.0' },
      requestId: `r-${seq}`,
      routeKey: '$default',
      stage: '$default',
      time: new Date(o.receivedAt ?? Date.now()).toISOString(),
      timeEpoch: o.receivedAt ?? Date.now(),
    },
    body: o.base64 ? Buffer.from(req.body, 'utf8').toString('base64') : req.body,
    isBase64Encoded: Boolean(o.base64),
  };
}

/** A button click (block_actions), form-encoded as Slack sends it. */
export function actionBody(actionId: string, value: string, o: { user: string; responseUrl: string; channel?: string; messageTs?: string }): string {
  seq++;
  const payload = {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'test' },
    user: { id: o.user, username: o.user, team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy',
    trigger_id: `trig-a-${Date.now()}-${seq}`,
    container: { type: 'message', message_ts: o.messageTs ?? '1700000100.000100', channel_id: o.channel ?? 'D0DM0001', is_ephemeral: false },
    channel: { id: o.channel ?? 'D0DM0001', name: 'directmessage' },
    message: { type: 'message', ts: o.messageTs ?? '1700000100.000100', text: 'review' },
    response_url: o.responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: `change:${value}`, value, action_ts: `${nowSeconds()}.000001`, text: { type: 'plain_text', text: 'x' } }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A file shared in a DM with the bot (message subtype file_share). */
export function fileShare(files: unknown[], o: { user?: string; text?: string; ts?: string; channel?: string } = {}): Record<string, unknown> {
  return { type: 'message', subtype: 'file_share', channel_type: 'im', user: o.user ?? 'U0USER1', text: o.text ?? '', ts: o.ts ?? '1700000300.000100', channel: o.channel ?? 'D0DM0001', files };
}
