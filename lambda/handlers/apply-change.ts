import type { WorkerEvent } from '../app/changes/workers-lambda';

let ready: Promise<(e: WorkerEvent) => Promise<unknown>> | undefined;

/** Applies an approved change to the reference data (invoked asynchronously by the Slack function). */
export const handler = async (event: WorkerEvent, _context: unknown): Promise<unknown> => {
  ready ??= import('../app/changes/workers-lambda').then((m) => m.buildApplyWorker(process.env)).catch((e) => {
    ready = undefined;
    throw e;
  });
  return (await ready)(event);
};
