import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLambda {
  /** endpoint for the Lambda client (CTOC_LAMBDA_ENDPOINT) */
  endpoint: string;
  /** every invocation: function name, invocation type, payload */
  invocations: Array<{ name: string; type: string | undefined; payload: unknown }>;
  /** resolves once every invoked handler has finished */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The Lambda Invoke API on 127.0.0.1: an asynchronous invocation (InvocationType Event)
 * gets 202 at once, then the named handler runs with the payload, as Lambda's queue would.
 */
export async function startFakeLambda(handlers: Record<string, (event: unknown) => Promise<unknown>>): Promise<FakeLambda> {
  const invocations: FakeLambda['invocations'] = [];
  const running = new Set<Promise<unknown>>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const m = /\/functions\/([^/]+)\/invocations/.exec(req.url ?? '');
    const name = decodeURIComponent(m?.[1] ?? '');
    const handler = handlers[name];
    if (!handler) return void res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException' }).end(JSON.stringify({ message: `Function not found: ${name}` }));
    const payload = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
    const type = req.headers['x-amz-invocation-type'] as string | undefined;
    invocations.push({ name, type, payload });
    res.writeHead(202, { 'content-type': 'application/json' }).end('');
    const p = handler(payload)
      .catch(() => undefined)
      .finally(() => running.delete(p));
    running.add(p);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    invocations,
    idle: async () => {
      while (running.size) await Promise.allSettled([...running]);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
