import { Duration, Fn } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { type FunctionUrl, FunctionUrlAuthType, HttpMethod } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { CtocFunction } from './node-function';
import { grantReadReference } from './table-grants';

/** The public, read-only iCalendar feed: GET <url>/calendar.ics. */
export class CalendarFeed extends Construct {
  readonly handler: CtocFunction;
  readonly url: FunctionUrl;
  /** the feed's full address */
  readonly feedUrl: string;

  constructor(scope: Construct, id: string, props: { readonly table: Table }) {
    super(scope, id);
    this.handler = new CtocFunction(this, 'Calendar', {
      entry: 'lambda/handlers/calendar.ts',
      description: 'ctoc-bot calendar feed',
      memorySize: 512,
      timeout: Duration.seconds(10),
      environment: { TABLE_NAME: props.table.tableName, POWERTOOLS_SERVICE_NAME: 'ctoc-bot-calendar' },
    });
    grantReadReference(this.handler.fn, props.table);
    // calendar apps subscribe without credentials; the feed holds only public meeting facts
    this.url = this.handler.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE, cors: { allowedOrigins: ['*'], allowedMethods: [HttpMethod.GET, HttpMethod.HEAD] } });
    this.feedUrl = Fn.join('', [this.url.url, 'calendar.ics']);
  }
}
