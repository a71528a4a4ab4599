import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../lambda/adapters/dynamodb/table-schema';

/** The one table, from the same key schema as `ctoc-bot seed --create`. */
export class Storage extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const s = TABLE_SCHEMA;
    this.table = new Table(this, 'Table', {
      partitionKey: { name: s.partitionKey, type: AttributeType.STRING },
      sortKey: { name: s.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: s.ttlAttribute,
      encryption: TableEncryption.AWS_MANAGED,
      // subscriptions live here: never lose them with the stack
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of s.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
