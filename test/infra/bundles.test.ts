import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lambdaBuildOptions } from '../../lib/bundling/lambda-bundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoRepository } from '../../lambda/adapters/dynamodb/dynamo-repository';
import { type TestTable, startTestTable } from '../helpers/dynamo';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack';
import { BOT_TOKEN, BOT_USER, SIGNING_SECRET, eventBody, functionUrlEvent, mention, signed } from '../helpers/slack-requests';

const OUT = mkdtempSync(join(tmpdir(), 'ctoc-bundles-'));
const require = createRequire(import.meta.url);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Bundled exactly as the stack bundles it (lib/bundling/lambda-bundle.ts: lite AWS clients, no Socket Mode or Express). */
async function bundle(entry: string): Promise<string> {
  const outfile = join(OUT, `${entry.replace(/\W+/g, '-')}.cjs`);
  await build({ ...lambdaBuildOptions(ROOT, entry, outfile), logLevel: 'error' });
  return outfile;
}

let table: TestTable;
let slack: FakeSlack;
const saved = { ...process.env };
beforeAll(async () => {
  table = await startTestTable({ seeded: false, tableName: 'bundle-test' });
  slack = await startFakeSlack();
  const { createTable } = await import('../../lambda/adapters/dynamodb/create-table');
  await createTable(table.client as never, 'bundle-test');
  Object.assign(process.env, {
    TABLE_NAME: 'bundle-test',
    DYNAMODB_ENDPOINT: table.db.endpoint,
    AWS_REGION: 'eu-central-1',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_USER_ID: BOT_USER,
    SLACK_API_URL: slack.apiUrl,
    CTOC_TIME_ZONE: 'Europe/Vienna',
  });
});
afterAll(async () => {
  process.env = saved;
  await slack.close();
  await table.close();
});

describe('the Lambda bundles', () => {
  it('the seeding custom resource loads data/ from its bundle into the table', async () => {
    const { handler } = require(await bundle('lambda/handlers/seed-on-deploy.ts'));
    const r = await handler({ RequestType: 'Create', ResourceProperties: { dataVersion: 'x' } });
    expect(r).toMatchObject({ PhysicalResourceId: 'ctoc-bot-reference-data', Data: { deleted: 0 } });
    const repo = new DynamoRepository({ client: table.client, tableName: 'bundle-test' });
    expect((await repo.load()).dataset.meetings).toHaveLength(11);
    expect(await handler({ RequestType: 'Delete', PhysicalResourceId: 'ctoc-bot-reference-data' })).toEqual({ PhysicalResourceId: 'ctoc-bot-reference-data' });
  });

  it('the reminders handler runs the job from the bundle', async () => {
    const { handler } = require(await bundle('lambda/handlers/reminders.ts'));
    expect(handler.length).toBe(2);
    const r = await handler({ source: 'aws.scheduler' }, {});
    expect(r).toMatchObject({ posted: 0, failed: 0, disabled: [] });
    expect(r.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the calendar handler serves the feed from the bundle', async () => {
    const { handler } = require(await bundle('lambda/handlers/calendar.ts'));
    const r = await handler({ rawPath: '/calendar.ics', queryStringParameters: { body: 'WG.6' }, requestContext: { http: { method: 'GET' } } }, {});
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('UID:WG.6-11@ctoc-bot');
  });

  it('the Slack handler answers a signed mention from the bundle', async () => {
    const { handler } = require(await bundle('lambda/handlers/slack.ts'));
    expect(handler.length).toBe(2); // the promise form Node 22/24 runtimes require
    const r = await handler(functionUrlEvent(signed(eventBody(mention('when did the firearms group meet in 2024?')), 'json')), {});
    expect(r.statusCode).toBe(200);
    expect(slack.posts()).toHaveLength(1);
    expect(String(slack.posts()[0]?.args.text)).toContain('11th meeting on 3–4 April 2024');
    const bad = await handler(functionUrlEvent(signed(eventBody(mention('x')), 'json', { signature: 'v0=1' })), {});
    expect(bad.statusCode).toBe(401);
  });
});
