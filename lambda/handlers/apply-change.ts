import { type WorkerEvent, applyLambda } from '../composition';

let ready: ReturnType<typeof applyLambda> | undefined;

/** Applies an approved change to the reference data (invoked asynchronously by the Slack function). */
export const handler = async (event: WorkerEvent, _context: unknown): Promise<unknown> => {
  ready ??= applyLambda(process.env).catch((e) => {
    ready = undefined;
    throw e;
  });
  return (await ready)(event);
};
