import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Table, AttributeType } from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { TABLE_SCHEMA } from '../../lambda/adapters/dynamodb/table-schema';
import { CtocBotStack } from '../../lib/ctoc-bot-stack';
import { dataFingerprint } from '../../lib/constructs/reference-data';

// bundling is exercised by `npm run synth` and the cold-start benchmark; here it is skipped
const newApp = () => new App({ context: { 'aws:cdk:bundling-stacks': [] } });
const app = newApp();
const stack = new CtocBotStack(app, 'CtocBot-test', { stage: 'test', timeZone: 'Europe/Vienna' });
const template = Template.fromStack(stack);
const json = JSON.stringify(template.toJSON());

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
function statementsOf(roleLogicalIdPrefix: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((p) => JSON.stringify(p.Properties.Roles).includes(roleLogicalIdPrefix))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}
const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

describe('the table', () => {
  it('has the shared key schema, index and TTL, on-demand, PITR, encrypted, retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'GSI1', KeySchema: [{ AttributeName: 'GSI1PK', KeyType: 'HASH' }, { AttributeName: 'GSI1SK', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } })],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.ttlAttribute, Enabled: true },
        SSESpecification: { SSEEnabled: true },
      }),
    });
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
  });
});

describe('the Slack function', () => {
  it('runs arm64 on the newest Node runtime, sized for the 3-second deadline, with its configuration', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 10,
      Handler: 'index.handler',
      Environment: { Variables: Match.objectLike({ TABLE_NAME: Match.anyValue(), SLACK_SECRET_ARN: Match.anyValue(), CTOC_TIME_ZONE: 'Europe/Vienna' }) },
    });
  });

  it('has a public HTTPS Function URL (Slack signs requests)', () => {
    template.hasOutput('SlackRequestUrl', { Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('SlackEndpointSlackFunctionFunctionUrl'), 'FunctionUrl'] } });
  });

  it('keeps its logs for a month', () => {
    template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 6);
  });

  it('may read reference data and write only subscriptions, de-duplication records and pending changes', () => {
    const st = statementsOf('SlackEndpointSlackRole');
    const all = st.flatMap(actions);
    expect(all).not.toContain('*');
    expect(all.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(
      ['dynamodb:BatchGetItem', 'dynamodb:DeleteItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'].sort(),
    );
    expect(all).not.toContain('dynamodb:Scan');
    expect(all).not.toContain('dynamodb:BatchWriteItem');
    const writes = st.find((s) => actions(s).includes('dynamodb:PutItem'));
    expect(writes?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SUB#*', 'EVENT#*', 'PENDING#*'] } });
    for (const s of st) expect(JSON.stringify(s.Resource)).not.toBe('"*"');
    const secretRead = st.find((s) => actions(s).includes('secretsmanager:GetSecretValue'));
    expect(secretRead?.Resource).toEqual({ Ref: expect.stringMatching(/^SlackSecret/) });
  });
});

describe('documents uploaded in Slack', () => {
  const editorsStack = new CtocBotStack(newApp(), 'CtocBot-editors', { stage: 'ed', timeZone: 'Europe/Vienna', editors: ['U0EDITOR1', 'U0EDITOR2'] });
  const t = Template.fromStack(editorsStack);
  const fnId = (description: string) => Object.entries(template.findResources('AWS::Lambda::Function', { Properties: { Description: description } }))[0]?.[0] ?? '';
  const REVIEW = 'ctoc-bot reads a document uploaded in Slack and posts its review';
  const APPLY = 'ctoc-bot applies a reviewed change to the reference data';

  it('the review and apply functions have their own sizes, timeouts and configuration; the editors come from context', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Description: REVIEW, Timeout: 120, MemorySize: 1536, Runtime: 'nodejs24.x', Environment: { Variables: Match.objectLike({ TABLE_NAME: Match.anyValue(), SLACK_SECRET_ARN: Match.anyValue() }) } });
    template.hasResourceProperties('AWS::Lambda::Function', { Description: APPLY, Timeout: 30, Environment: { Variables: Match.objectLike({ CTOC_EDITORS: '' }) } });
    t.hasResourceProperties('AWS::Lambda::Function', { Description: APPLY, Environment: { Variables: Match.objectLike({ CTOC_EDITORS: 'U0EDITOR1,U0EDITOR2' }) } });
    t.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'ctoc-bot Slack events, commands and actions',
      Environment: { Variables: Match.objectLike({ CTOC_EDITORS: 'U0EDITOR1,U0EDITOR2', CTOC_REVIEW_FUNCTION: { Ref: Match.stringLikeRegexp('DocumentsReviewFunction') }, CTOC_APPLY_FUNCTION: { Ref: Match.stringLikeRegexp('DocumentsApplyFunction') } }) },
    });
  });

  it('are invoked asynchronously with the dead-letter queue as on-failure destination (review never retried, apply twice)', () => {
    const queue = Object.keys(template.findResources('AWS::SQS::Queue'))[0] ?? '';
    template.resourceCountIs('AWS::SQS::Queue', 1);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: fnId(REVIEW) }, MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 3600, DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } } });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: fnId(APPLY) }, MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } } });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1_209_600 });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) } });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateNumberOfMessagesVisible', Namespace: 'AWS/SQS', Threshold: 1 });
  });

  it('the Slack function may invoke exactly these two functions, and write no reference item', () => {
    const st = statementsOf('SlackEndpointSlackRole');
    const invoke = st.filter((x) => actions(x).includes('lambda:InvokeFunction'));
    expect(invoke).toHaveLength(1);
    expect(invoke[0]?.Resource).toEqual([{ 'Fn::GetAtt': [fnId(REVIEW), 'Arn'] }, { 'Fn::GetAtt': [fnId(APPLY), 'Arn'] }]);
    const writeKeys = st.flatMap((x) => JSON.stringify(x.Condition ?? {}).match(/"[A-Z]+#?\*?"/g) ?? []);
    expect(writeKeys).not.toContain('"REF"');
  });

  it('the review function may write pending changes only; the apply function reference items, pending changes and the change log', () => {
    const review = statementsOf('DocumentsReviewRole');
    const reviewWrites = review.filter((x) => actions(x).some((a) => /Put|Update|Delete|Write/.test(a)) && actions(x).some((a) => a.startsWith('dynamodb:')));
    expect(reviewWrites.map((x) => x.Condition)).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PENDING#*'] } }]);
    expect(reviewWrites.flatMap(actions).sort()).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem']);
    const apply = statementsOf('DocumentsApplyRole');
    const applyWrites = apply.filter((x) => actions(x).includes('dynamodb:BatchWriteItem'));
    expect(applyWrites.map((x) => x.Condition)).toEqual([{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['REF', 'PENDING#*', 'CHANGE'] } }]);
    for (const st of [review, apply]) {
      const all = st.flatMap(actions);
      expect(all).not.toContain('dynamodb:Scan');
      expect(all.some((a) => a.endsWith('*'))).toBe(false);
      expect(all).toContain('secretsmanager:GetSecretValue');
      // each may send its failures to the dead-letter queue
      expect(all).toContain('sqs:SendMessage');
    }
  });
});

describe('reference data on deploy', () => {
  it('runs the seeding custom resource with the data fingerprint, and the seeder may write REF items only', () => {
    template.hasResourceProperties('AWS::CloudFormation::CustomResource', { dataVersion: dataFingerprint() });
    const st = statementsOf('ReferenceDataSeederRole');
    const w = st.find((s) => actions(s).includes('dynamodb:BatchWriteItem'));
    expect(w?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['REF'] } });
  });
});

describe('the reminders job', () => {
  it('runs daily at 07:00 Vienna time through EventBridge Scheduler', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Vienna',
      State: 'ENABLED',
      Target: Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('RemindersJobFunction'), 'Arn'] }, RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }) }),
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'ctoc-bot daily meeting reminders',
      Environment: { Variables: Match.objectLike({ CTOC_TIME_ZONE: 'Europe/Vienna', CTOC_CATCH_UP_DAYS: '2', SLACK_SECRET_ARN: Match.anyValue() }) },
    });
  });

  it('reads subscriptions and reference data, writes sent-markers, and may only update subscriptions', () => {
    const st = statementsOf('RemindersJobRole');
    const all = st.flatMap(actions);
    expect(all).not.toContain('*');
    expect(all).not.toContain('dynamodb:Scan');
    const sent = st.find((s) => actions(s).includes('dynamodb:PutItem'));
    expect(sent?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SENT#*'] } });
    const subs = st.filter((s) => JSON.stringify(s.Condition ?? {}).includes('SUB#*'));
    expect(subs.flatMap(actions)).toEqual(['dynamodb:UpdateItem']);
  });

  it('the schedule time and zone come from context', () => {
    const other = newApp();
    const t = Template.fromStack(new CtocBotStack(other, 'CtocBot-ny', { stage: 'ny', timeZone: 'America/New_York', reminderTime: '06:30' }));
    t.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(30 6 * * ? *)', ScheduleExpressionTimezone: 'America/New_York' });
  });
});

describe('the calendar feed', () => {
  it('is a read-only function with a public URL, given to the Slack function and as an output', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Description: 'ctoc-bot calendar feed', Runtime: 'nodejs24.x', Architectures: ['arm64'] });
    template.resourcePropertiesCountIs('AWS::Lambda::Url', { AuthType: 'NONE' }, 2);
    template.hasOutput('CalendarUrl', { Value: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('CalendarFeedCalendarFunctionFunctionUrl'), 'FunctionUrl'] }, 'calendar.ics']] } });
    template.hasResourceProperties('AWS::Lambda::Function', { Description: 'ctoc-bot Slack events, commands and actions', Environment: { Variables: Match.objectLike({ CTOC_CALENDAR_URL: Match.anyValue() }) } });
    const all = statementsOf('CalendarFeedCalendarRole').flatMap(actions);
    expect(all.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query']);
  });
});

describe('operations', () => {
  it('alarms on errors and throttles of each function', () => {
    // errors and throttles of six functions, and the documents' dead-letter queue
    template.resourceCountIs('AWS::CloudWatch::Alarm', 13);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Namespace: 'AWS/Lambda', Threshold: 1 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Throttles', Namespace: 'AWS/Lambda', Threshold: 1 });
  });

  it('outputs the table name and the secret ARN', () => {
    template.hasOutput('TableName', {});
    template.hasOutput('SlackSecretArn', {});
  });
});

describe('secrets', () => {
  it('the secret is created by the stack with no value in the template, and retained', () => {
    template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ GenerateSecretString: {} }) });
    template.hasResourceProperties('AWS::SecretsManager::Secret', { SecretString: Match.absent() });
  });

  it('no token, signing secret or account id is in the template', () => {
    expect(json).not.toMatch(/xox[abp]-/);
    expect(json).not.toMatch(/xapp-/);
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
      const vars = Object.keys(fn.Properties.Environment?.Variables ?? {});
      expect(vars).not.toContain('SLACK_BOT_TOKEN');
      expect(vars).not.toContain('SLACK_SIGNING_SECRET');
    }
    expect(json).not.toMatch(/arn:aws:[a-z-]+:[a-z0-9-]*:\d{12}:/);
  });
});

describe('stages', () => {
  it('dev and prod synthesize side by side with no fixed physical names', () => {
    const two = newApp();
    const devStack = new CtocBotStack(two, 'CtocBot-dev', { stage: 'dev', timeZone: 'Europe/Vienna' });
    const prodStack = new CtocBotStack(two, 'CtocBot-prod', { stage: 'prod', timeZone: 'America/New_York' });
    const dev = Template.fromStack(devStack);
    const prod = Template.fromStack(prodStack);
    for (const t of [dev, prod]) {
      t.hasResourceProperties('AWS::DynamoDB::Table', { TableName: Match.absent() });
      t.hasResourceProperties('AWS::Lambda::Function', { FunctionName: Match.absent() });
    }
    prod.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ CTOC_TIME_ZONE: 'America/New_York' }) } });
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('the stack has no unacknowledged finding', () => {
    const nagged = newApp();
    new CtocBotStack(nagged, 'CtocBot-nag', { stage: 'nag', timeZone: 'Europe/Vienna' });
    Validations.of(nagged).addPlugins(new AwsSolutionsChecks(nagged));
    expect(() => nagged.synth()).not.toThrow();
  });

  it('and it does catch a finding (control: a table without point-in-time recovery)', () => {
    const control = newApp();
    const s = new Stack(control, 'Control');
    new Table(s, 'Bare', { partitionKey: { name: 'id', type: AttributeType.STRING } });
    Validations.of(control).addPlugins(new AwsSolutionsChecks(control));
    expect(() => control.synth()).toThrow();
  });
});
