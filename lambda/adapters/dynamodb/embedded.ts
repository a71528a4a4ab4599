import { mkdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmbeddedDynamo {
  endpoint: string;
  /** requests served, by operation (GetItem, Query …) */
  requests: Record<string, number>;
  close(): Promise<void>;
}

/**
 * A DynamoDB-compatible server (dynalite) on 127.0.0.1 and a free port, in this
 * process. With `path` its data lives in that folder (LevelDB) and survives restarts;
 * without, in memory. For local runs and tests only: never bundled into Lambda.
 */
export async function startEmbeddedDynamo(options: { path?: string; port?: number } = {}): Promise<EmbeddedDynamo> {
  const { default: dynalite } = await import('dynalite');
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const requests: Record<string, number> = {};
  server.on('request', (req: IncomingMessage) => {
    const op = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? 'unknown';
    requests[op] = (requests[op] ?? 0) + 1;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // keep-alive sockets from SDK clients would hold the server open
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
