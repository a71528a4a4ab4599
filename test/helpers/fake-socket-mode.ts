import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface FakeSocketMode {
  /** the WebSocket URL apps.connections.open hands out */
  url: string;
  /** resolves when the app has connected (and been sent Slack's hello) */
  connected: Promise<void>;
  /** sends an Events API envelope and resolves with the app's acknowledgement */
  sendEvent(body: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** sends an interactivity envelope (a block_actions payload) and resolves with the app's acknowledgement */
  sendInteractive(payload: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Slack's side of a Socket Mode connection on 127.0.0.1: hello on connect, envelopes out, acks back. */
export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();
  let socket: WebSocket | undefined;
  let onConnected = () => {};
  const connected = new Promise<void>((r) => {
    onConnected = r;
  });
  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as Record<string, unknown>;
      acks.get(String(m.envelope_id))?.(m);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' }, debug_info: { host: 'fake', approximate_connection_time: 3600 } }));
    onConnected();
  });
  let n = 0;
  const { port } = server.address() as AddressInfo;
  const send = (type: 'events_api' | 'interactive', payload: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const envelope_id = `env-${++n}`;
      const timer = setTimeout(() => reject(new Error(`no ack for ${envelope_id}`)), 5000);
      acks.set(envelope_id, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket?.send(JSON.stringify({ envelope_id, type, accept_response_payload: type === 'interactive', retry_attempt: 0, retry_reason: '', payload }));
    });
  return {
    url: `ws://127.0.0.1:${port}/link`,
    connected,
    sendEvent: (body) => send('events_api', body),
    sendInteractive: (payload) => send('interactive', payload),
    close: () =>
      new Promise<void>((r) => {
        for (const c of server.clients) c.terminate();
        server.close(() => r());
      }),
  };
}
