import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { TABLE_SCHEMA } from '../../lambda/adapters/dynamodb/table-schema';

/** Read access to the table and its index: GetItem, BatchGetItem, Query (no Scan). */
export function grantReadReference(grantee: IGrantable, table: Table): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:DescribeTable'],
      resources: [table.tableArn, ...TABLE_SCHEMA.indexes.map((i) => `${table.tableArn}/index/${i.name}`)],
    }),
  );
}

/**
 * Write access limited to items whose partition key matches one of the patterns
 * (dynamodb:LeadingKeys), so a function can only write what it owns.
 */
export function grantWriteKeys(grantee: IGrantable, table: Table, keyPatterns: string[], actions: string[]): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions,
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': keyPatterns } },
    }),
  );
}
