import { type CfnResource, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { CtocFunction } from './node-function';
import { grantReadReference, grantWriteKeys } from './table-grants';

export interface RemindersProps {
  readonly table: Table;
  readonly secret: ISecret;
  /** IANA zone the schedule and "today" use (default Europe/Vienna) */
  readonly timeZone: string;
  /** local hour and minute of the daily run (default 07:00) */
  readonly hour: number;
  readonly minute: number;
  readonly catchUpDays: number;
}

/** The daily reminders job: a function and an EventBridge Scheduler schedule in the team's zone. */
export class Reminders extends Construct {
  readonly job: CtocFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: RemindersProps) {
    super(scope, id);
    this.job = new CtocFunction(this, 'Job', {
      entry: 'lambda/handlers/reminders.ts',
      description: 'ctoc-bot daily meeting reminders',
      memorySize: 512,
      // a few hundred subscribers, each waiting out Slack's rate limit if needed
      timeout: Duration.minutes(5),
      environment: {
        TABLE_NAME: props.table.tableName,
        SLACK_SECRET_ARN: props.secret.secretArn,
        CTOC_TIME_ZONE: props.timeZone,
        CTOC_CATCH_UP_DAYS: String(props.catchUpDays),
        POWERTOOLS_SERVICE_NAME: 'ctoc-bot-reminders',
      },
    });
    const fn = this.job.fn;
    // reads reference data and subscriptions; writes sent-markers, and marks a subscription
    // disabled when Slack refuses it for good
    grantReadReference(fn, props.table);
    grantWriteKeys(fn, props.table, ['SENT#*'], ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']);
    grantWriteKeys(fn, props.table, ['SUB#*'], ['dynamodb:UpdateItem']);
    props.secret.grantRead(fn);
    this.schedule = new Schedule(this, 'Daily', {
      description: `ctoc-bot reminders, daily at ${String(props.hour).padStart(2, '0')}:${String(props.minute).padStart(2, '0')} ${props.timeZone}`,
      schedule: ScheduleExpression.cron({ minute: String(props.minute), hour: String(props.hour), timeZone: TimeZone.of(props.timeZone) }),
      target: new LambdaInvoke(fn, { retryAttempts: 2, maxEventAge: Duration.hours(2) }),
    });
    // the scheduler's role (created by aws-cdk-lib at stack level) may invoke this function's versions
    const stack = Stack.of(this);
    const fnId = stack.resolve((fn.node.defaultChild as CfnResource).logicalId);
    Validations.of(stack).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${fnId}.Arn>:*]`,
      reason: 'EventBridge Scheduler may invoke any version of the reminders function (its ARN with :*); aws-cdk-lib generates this statement for the schedule target.',
    });
  }
}
