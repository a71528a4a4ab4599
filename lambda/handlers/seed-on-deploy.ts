import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb/client';
import { storageConfig } from '../adapters/dynamodb/config';
import { seedTable } from '../adapters/dynamodb/seeder';
import { bundledDataset } from '../adapters/memory/bundled-data';

/**
 * The deploy-time seeding custom resource: writes data/ (compiled into the bundle,
 * validated first) into the table, with the same idempotent code as `ctoc-bot seed`.
 * Deleting the stack leaves the data (the table is retained).
 */
export const handler = async (event: CloudFormationCustomResourceEvent) => {
  const id = 'ctoc-bot-reference-data';
  if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId ?? id };
  const config = storageConfig(process.env);
  const r = await seedTable(createDocumentClient(config), config.tableName as string, bundledDataset());
  return { PhysicalResourceId: id, Data: { version: r.version, written: r.written, deleted: r.deleted } };
};
