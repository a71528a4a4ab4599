import { type WorkerEvent, reviewLambda } from '../composition';

// the worker is built with the secret on the first job of a cold start
let ready: ReturnType<typeof reviewLambda> | undefined;

/** Reads an uploaded document and posts its review (invoked asynchronously by the Slack function). */
export const handler = async (event: WorkerEvent, _context: unknown): Promise<unknown> => {
  ready ??= reviewLambda(process.env).catch((e) => {
    ready = undefined;
    throw e;
  });
  return (await ready)(event);
};
