import { createDocumentClient } from '../../adapters/dynamodb/client';
import { storageConfig } from '../../adapters/dynamodb/config';
import type { PdfText } from '../../adapters/documents/ingest-reader';
import { createLogger } from '../../adapters/logger';
import { readSlackSecret } from '../../adapters/secrets';
import { editorsFrom } from '../../adapters/slack/editors';
import type { ApplyJob, ReviewJob } from '../../core/changes/upload';
import { type ChangeWiringOptions, changeDecisionsOverTable } from './decisions-wiring';
import { uploadReviewerOverTable } from './reviewer-wiring';

export type WorkerEvent = { kind: 'review'; job: ReviewJob } | { kind: 'apply'; job: ApplyJob };

async function options(env: Record<string, string | undefined>, service: string): Promise<ChangeWiringOptions> {
  const logger = createLogger(service);
  const secret = env.SLACK_SECRET_ARN ? await readSlackSecret(env.SLACK_SECRET_ARN) : {};
  const all: Record<string, string | undefined> = { ...env, ...secret };
  const storage = storageConfig(env);
  if (!storage.tableName) throw new Error('TABLE_NAME is not set');
  if (!all.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is not in the secret');
  return { client: createDocumentClient(storage), tableName: storage.tableName, botToken: all.SLACK_BOT_TOKEN, apiUrl: env.SLACK_API_URL || undefined, editors: editorsFrom(env), logger };
}

const kindOf = (event: unknown): string => String((event as { kind?: unknown })?.kind);

/** The document worker: reads an upload and posts its review (only review jobs). */
export async function buildReviewWorker(env: Record<string, string | undefined>, pdfText?: PdfText): Promise<(event: WorkerEvent) => Promise<unknown>> {
  const o = await options(env, 'ctoc-bot-review');
  const { reviewer } = uploadReviewerOverTable({ ...o, pdfText });
  return async (event) => {
    if (event?.kind !== 'review') throw new Error(`not a review job: ${kindOf(event)}`);
    return { outcome: await reviewer.review(event.job) };
  };
}

/** The change worker: applies an approved change (only apply jobs). */
export async function buildApplyWorker(env: Record<string, string | undefined>): Promise<(event: WorkerEvent) => Promise<unknown>> {
  const o = await options(env, 'ctoc-bot-apply');
  const { decider } = changeDecisionsOverTable(o);
  return async (event) => {
    if (event?.kind !== 'apply') throw new Error(`not an apply job: ${kindOf(event)}`);
    return { outcome: await decider.apply(event.job.changeId, event.job.user) };
  };
}
