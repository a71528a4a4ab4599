import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CfnResource, CustomResource, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { DATA_FILES } from '../../lambda/core/model';
import { CtocFunction } from './node-function';
import { grantReadReference, grantWriteKeys } from './table-grants';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Bumped when the stored items' format changes (v2: the META item carries a checksum), so a deploy seeds again. */
const ITEMS_FORMAT = 'items-v2';

/** A fingerprint of data/ and of the items' format: a change makes CloudFormation run the seeding again. */
export function dataFingerprint(): string {
  const h = createHash('sha256').update(ITEMS_FORMAT);
  for (const f of DATA_FILES) h.update(f).update(readFileSync(`${DATA_DIR}${f}`));
  return h.digest('hex').slice(0, 16);
}

/** Loads data/ into the table on every deploy that changes it (idempotent, same code as `ctoc-bot seed`). */
export class ReferenceData extends Construct {
  readonly seeder: CtocFunction;

  constructor(scope: Construct, id: string, props: { readonly table: Table }) {
    super(scope, id);
    this.seeder = new CtocFunction(this, 'Seeder', {
      entry: 'lambda/handlers/seed-on-deploy.ts',
      description: 'ctoc-bot: load data/ into the table on deploy',
      memorySize: 512,
      timeout: Duration.minutes(2),
      environment: { TABLE_NAME: props.table.tableName },
    });
    grantReadReference(this.seeder.fn, props.table);
    grantWriteKeys(this.seeder.fn, props.table, ['REF'], ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem']);
    const provider = new Provider(this, 'Provider', { onEventHandler: this.seeder.fn });
    new CustomResource(this, 'Seed', { serviceToken: provider.serviceToken, properties: { dataVersion: dataFingerprint() } });
    const seederArn = (this.seeder.fn.node.defaultChild as CfnResource).logicalId;
    Validations.of(provider).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The custom resource framework function is created by aws-cdk-lib with the AWS managed basic execution role, for its logs only.',
      },
      {
        id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${Stack.of(this).resolve(seederArn)}.Arn>:*]`,
        reason: 'The framework invokes any version of the seeding function (its ARN with :*); CDK generates this statement.',
      },
    );

  }
}
