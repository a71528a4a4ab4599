import { CfnOutput, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { CalendarFeed } from './constructs/calendar-feed';
import { DocumentIntake } from './constructs/document-intake';
import { ReferenceData } from './constructs/reference-data';
import { Reminders } from './constructs/reminders';
import { SlackEndpoint } from './constructs/slack-endpoint';
import { Storage } from './constructs/storage';

export interface CtocBotStackProps extends StackProps {
  /** dev, prod …: stacks of different stages deploy side by side */
  readonly stage: string;
  /** the team's time zone: what "today" and "next month" mean (default Europe/Vienna) */
  readonly timeZone: string;
  /** local time of the daily reminders run, "HH:MM" (default 07:00) */
  readonly reminderTime?: string;
  /** days a missed reminder may still be sent late (default 2) */
  readonly catchUpDays?: number;
  /** Slack user ids who may add documents from Slack (context `editors`, comma-separated) */
  readonly editors?: readonly string[];
}

/** ctoc-bot in one stack: the table, the Slack endpoint, the secret, deploy-time seeding, the reminders job, the calendar feed. */
export class CtocBotStack extends Stack {
  constructor(scope: Construct, id: string, props: CtocBotStackProps) {
    super(scope, id, props);
    const storage = new Storage(this, 'Storage');
    const secret = new Secret(this, 'SlackSecret', {
      description: `ctoc-bot ${props.stage}: a JSON object with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, put by the operator after deploy`,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4', reason: 'Slack bot tokens and signing secrets are issued by Slack and cannot be rotated by a Secrets Manager rotation function; the operator rotates them in Slack and puts the new values.',
    });
    // the functions trust the reference data the seeder validated: they are updated after it
    const reference = new ReferenceData(this, 'ReferenceData', { table: storage.table });
    const calendar = new CalendarFeed(this, 'CalendarFeed', { table: storage.table });
    const documents = new DocumentIntake(this, 'Documents', { table: storage.table, secret, editors: props.editors ?? [] });
    documents.node.addDependency(reference);
    const slack = new SlackEndpoint(this, 'SlackEndpoint', { table: storage.table, secret, timeZone: props.timeZone, calendarUrl: calendar.feedUrl, editors: props.editors ?? [], documents });
    calendar.node.addDependency(reference);
    slack.node.addDependency(reference);
    const [hour = 7, minute = 0] = (props.reminderTime ?? '07:00').split(':').map(Number);
    if (!(hour >= 0 && hour < 24 && minute >= 0 && minute < 60)) throw new Error(`reminderTime must be HH:MM, got "${props.reminderTime}"`);
    new Reminders(this, 'Reminders', { table: storage.table, secret, timeZone: props.timeZone, hour, minute, catchUpDays: props.catchUpDays ?? 2 }).node.addDependency(reference);

    new CfnOutput(this, 'SlackRequestUrl', { value: slack.url.url, description: 'Request URL for the Slack app (events, commands, interactivity): this URL + slack/events' });
    new CfnOutput(this, 'CalendarUrl', { value: calendar.feedUrl, description: 'Subscribe to this iCalendar feed (?body=WG.6, ?lang=fr)' });
    new CfnOutput(this, 'TableName', { value: storage.table.tableName });
    new CfnOutput(this, 'SlackSecretArn', { value: secret.secretArn, description: 'Put the Slack tokens here (see README, Deploy)' });
  }
}
