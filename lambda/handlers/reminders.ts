import { type RemindersJob, remindersLambda } from '../composition';

let job: Promise<RemindersJob> | undefined;

/** Invoked daily by EventBridge Scheduler; a failure is thrown so the invocation counts as an error (alarm). */
export const handler = async (_event: unknown, _context: unknown) => {
  job ??= remindersLambda(process.env).catch((e) => {
    job = undefined;
    throw e;
  });
  const r = await (await job)(new Date());
  return { today: r.today, posted: r.posted.length, skipped: r.skipped, failed: r.failed.length, disabled: r.disabled };
};
