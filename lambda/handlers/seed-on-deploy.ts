import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { seedOnDeploy } from '../composition';

/**
 * The deploy-time seeding custom resource: writes data/ (compiled into the bundle,
 * validated first) into the table, with the documents editors added from Slack
 * re-applied on top, with the same idempotent code as `ctoc-bot seed`.
 * Deleting the stack leaves the data (the table is retained).
 */
export const handler = async (event: CloudFormationCustomResourceEvent) => {
  const id = 'ctoc-bot-reference-data';
  if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId ?? id };
  const r = await seedOnDeploy(process.env);
  return { PhysicalResourceId: id, Data: { version: r.version, written: r.written, deleted: r.deleted, replayed: r.replayed.length, skipped: r.skipped.length } };
};
