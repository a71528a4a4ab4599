import type { WorkerEvent } from '../app/changes/workers-lambda';

// the worker (and its PDF reader) is loaded with the secret on the first job of a cold start
let ready: Promise<(e: WorkerEvent) => Promise<unknown>> | undefined;

/** Reads an uploaded document and posts its review (invoked asynchronously by the Slack function). */
export const handler = async (event: WorkerEvent, _context: unknown): Promise<unknown> => {
  ready ??= import('../app/changes/workers-lambda').then((m) => m.buildReviewWorker(process.env)).catch((e) => {
    ready = undefined;
    throw e;
  });
  return (await ready)(event);
};
