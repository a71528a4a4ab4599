import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { FunctionUrlAuthType, type FunctionUrl } from 'aws-cdk-lib/aws-lambda';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { DocumentIntake } from './document-intake';
import { CtocFunction } from './node-function';
import { grantReadReference, grantWriteKeys } from './table-grants';

export interface SlackEndpointProps {
  readonly table: Table;
  readonly secret: ISecret;
  readonly timeZone: string;
  /** the public calendar feed, for /ctoc calendar */
  readonly calendarUrl?: string;
  /** Slack user ids who may add documents */
  readonly editors: readonly string[];
  /** the workers that read uploads and apply changes */
  readonly documents: DocumentIntake;
}

/** The Slack-facing function and its HTTPS endpoint (a Function URL: Slack signs every request). */
export class SlackEndpoint extends Construct {
  readonly handler: CtocFunction;
  readonly url: FunctionUrl;

  constructor(scope: Construct, id: string, props: SlackEndpointProps) {
    super(scope, id);
    this.handler = new CtocFunction(this, 'Slack', {
      entry: 'lambda/handlers/slack.ts',
      description: 'ctoc-bot Slack events, commands and actions',
      // 1 GB buys the CPU share that keeps a cold start (load + first answer) well
      // inside Slack's 3-second deadline; a warm answer takes milliseconds
      memorySize: 1024,
      // Slack stops waiting at 3 s; the function may finish posting a little after
      timeout: Duration.seconds(10),
      environment: { TABLE_NAME: props.table.tableName, SLACK_SECRET_ARN: props.secret.secretArn, CTOC_TIME_ZONE: props.timeZone, POWERTOOLS_SERVICE_NAME: 'ctoc-bot-slack', ...(props.calendarUrl ? { CTOC_CALENDAR_URL: props.calendarUrl } : {}), CTOC_EDITORS: props.editors.join(','), ...props.documents.handOverEnvironment },
    });
    const fn = this.handler.fn;
    grantReadReference(fn, props.table);
    // subscriptions, de-duplication records and pending changes (Discard) only: never reference data
    grantWriteKeys(fn, props.table, ['SUB#*', 'EVENT#*', 'PENDING#*'], ['dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem']);
    props.documents.grantHandOver(fn);
    props.secret.grantRead(fn);
    // Slack signs every request and the function verifies it: no IAM auth is possible here
    this.url = fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
  }
}
