import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CtocFunction } from './node-function';
import { grantReadReference, grantWriteKeys } from './table-grants';

export interface DocumentIntakeProps {
  readonly table: Table;
  readonly secret: ISecret;
  /** Slack user ids who may add documents */
  readonly editors: readonly string[];
}

/**
 * Documents uploaded in Slack, read and applied outside the Slack function. The Slack
 * function invokes the two workers asynchronously (InvocationType Event) and answers
 * Slack at once; a run that fails for good lands in the dead-letter queue (an on-failure
 * destination), which alarms.
 *
 * - Review: downloads the file (20 MB at most), reads it, posts the review. It may write
 *   pending-change items only.
 * - Apply: adds an approved change. The only function besides deploy-time seeding that
 *   writes reference items (and the change log).
 */
export class DocumentIntake extends Construct {
  readonly review: CtocFunction;
  readonly apply: CtocFunction;
  readonly deadLetters: Queue;
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: DocumentIntakeProps) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue: the on-failure destination of the document workers’ asynchronous invocations (cdk-nag only recognises queues named in another queue’s redrive policy).',
    });
    const common = { TABLE_NAME: props.table.tableName, SLACK_SECRET_ARN: props.secret.secretArn };
    this.review = new CtocFunction(this, 'Review', {
      entry: 'lambda/handlers/review-upload.ts',
      description: 'ctoc-bot reads a document uploaded in Slack and posts its review',
      // a 20 MB PDF is parsed in memory
      memorySize: 1536,
      timeout: Duration.minutes(2),
      environment: { ...common, POWERTOOLS_SERVICE_NAME: 'ctoc-bot-review' },
    });
    this.apply = new CtocFunction(this, 'Apply', {
      entry: 'lambda/handlers/apply-change.ts',
      description: 'ctoc-bot applies a reviewed change to the reference data',
      memorySize: 512,
      timeout: Duration.seconds(30),
      environment: { ...common, CTOC_EDITORS: props.editors.join(','), POWERTOOLS_SERVICE_NAME: 'ctoc-bot-apply' },
    });
    const onFailure = new SqsDestination(this.deadLetters);
    // a review run again would post a second message: the editor uploads again instead
    this.review.fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.hours(1), onFailure });
    // applying is idempotent: Lambda may retry it
    this.apply.fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(1), onFailure });

    for (const f of [this.review.fn, this.apply.fn]) {
      grantReadReference(f, props.table);
      props.secret.grantRead(f);
    }
    grantWriteKeys(this.review.fn, props.table, ['PENDING#*'], ['dynamodb:PutItem', 'dynamodb:UpdateItem']);
    grantWriteKeys(this.apply.fn, props.table, ['REF', 'PENDING#*', 'CHANGE'], ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']);

    this.deadLetterAlarm = new Alarm(this, 'DeadLettersAlarm', {
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: 'ctoc-bot: a document job failed for good (see the dead-letter queue)',
    });
  }

  /** lets the Slack function hand jobs over: invoke these two functions (their unqualified ARNs only) */
  grantHandOver(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['lambda:InvokeFunction'], resources: [this.review.fn.functionArn, this.apply.fn.functionArn] }));
  }

  /** the environment the Slack function needs to hand jobs over */
  get handOverEnvironment(): Record<string, string> {
    return { CTOC_REVIEW_FUNCTION: this.review.fn.functionName, CTOC_APPLY_FUNCTION: this.apply.fn.functionName };
  }
}
