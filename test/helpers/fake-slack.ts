import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  /** false when the fake answered with an error */
  ok: boolean;
}

export interface FakeSlack {
  /** base URL of the fake Web API, to give as SLACK_API_URL */
  apiUrl: string;
  /** a response_url on the fake, for slash commands and actions */
  responseUrl(id: string): string;
  calls: SlackCall[];
  /** what was posted to response_urls */
  responses: Array<{ id: string; body: Record<string, unknown> }>;
  /** make a method fail for one channel (or every channel with '*') */
  fail(method: string, channel: string, reply: { error?: string; status?: number; retryAfter?: number; times?: number }): void;
  posts(): SlackCall[];
  /** chat.update calls that succeeded */
  updates(): SlackCall[];
  /**
   * Serves a file at its url_private_download (only to a bearer token; status 403 or 404 on
   * demand) and through files.info; returns the file as Slack's events describe it.
   */
  serveFile(id: string, name: string, body: string | Buffer, o?: { mimetype?: string; filetype?: string; status?: number; contentType?: string; size?: number }): FakeFile;
  /** file downloads: which file, with which token */
  downloads: Array<{ id: string; token: string | undefined }>;
  /** the WebSocket URL apps.connections.open returns (Socket Mode), when set */
  socketModeUrl?: string;
  /** called as each Web API call arrives (benchmarks time the arrival) */
  onCall?: (call: SlackCall) => void;
  close(): Promise<void>;
}

export interface FakeFile {
  id: string;
  name: string;
  mimetype: string;
  filetype: string;
  size: number;
  url_private_download: string;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? (() => {
      try {
        return JSON.parse(v);
      } catch {
        return v;
      }
    })() : v;
  }
  return out;
}

/** A small stand-in for the Slack Web API on 127.0.0.1 that records every call. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const responses: FakeSlack['responses'] = [];
  const failures = new Map<string, { error?: string; status?: number; retryAfter?: number; times?: number }>();
  let ts = 1_700_000_000;
  const files = new Map<string, { file: FakeFile; body: Buffer; status?: number; contentType?: string }>();
  const downloads: FakeSlack['downloads'] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = req.url ?? '';
    if (url.startsWith('/files/')) {
      const id = decodeURIComponent(url.split('/')[2] ?? '');
      const token = req.headers.authorization?.replace(/^Bearer /, '');
      downloads.push({ id, token });
      const f = files.get(id);
      if (!token) return void res.writeHead(302, { location: '/signin' }).end();
      if (!f) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      if (f.status && f.status !== 200) return void res.writeHead(f.status, { 'content-type': 'text/plain' }).end('denied');
      res.writeHead(200, { 'content-type': f.contentType ?? f.file.mimetype, 'content-length': String(f.body.length) }).end(f.body);
      return;
    }
    if (url.startsWith('/response/')) {
      responses.push({ id: url.slice('/response/'.length), body: raw ? JSON.parse(raw) : {} });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = url.replace(/^\/api\//, '').split('?')[0] ?? '';
    const args = parseArgs(raw, req.headers['content-type']);
    const call: SlackCall = { method, args, token: req.headers.authorization?.replace(/^Bearer /, ''), ok: true };
    calls.push(call);
    fake.onCall?.(call);
    const channel = String(args.channel ?? '');
    const key = failures.has(`${method}|${channel}`) ? `${method}|${channel}` : `${method}|*`;
    const f = failures.get(key);
    if (f && (f.times === undefined || f.times > 0)) {
      if (f.times !== undefined) f.times--;
      call.ok = false;
      if (f.status === 429) {
        res.writeHead(429, { 'retry-after': String(f.retryAfter ?? 1), 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      res.writeHead(f.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: f.error ?? 'internal_error' }));
      return;
    }
    if (method === 'files.info') {
      const f = files.get(String(args.file ?? ''));
      call.ok = Boolean(f);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(f ? { ok: true, file: f.file } : { ok: false, error: 'file_not_found' }));
      return;
    }
    if (method === 'apps.connections.open' && fake.socketModeUrl) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, url: fake.socketModeUrl }));
      return;
    }
    ts++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, channel, ts: method === 'chat.update' ? args.ts : `${ts}.000100`, view: { id: 'V1' } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const fake: FakeSlack = {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    responses,
    fail: (method, channel, reply) => failures.set(`${method}|${channel}`, reply),
    posts: () => calls.filter((c) => c.method === 'chat.postMessage' && c.ok),
    updates: () => calls.filter((c) => c.method === 'chat.update' && c.ok),
    downloads,
    serveFile: (id, name, body, o = {}) => {
      const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      const file: FakeFile = { id, name, mimetype: o.mimetype ?? 'text/plain', filetype: o.filetype ?? 'text', size: o.size ?? buf.length, url_private_download: `${base}/files/${encodeURIComponent(id)}/${encodeURIComponent(name)}` };
      files.set(id, { file, body: buf, status: o.status, contentType: o.contentType });
      return file;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  return fake;
}
