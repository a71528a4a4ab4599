import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import { LAMBDA_BUNDLE, lambdaAliases } from '../bundling/lambda-bundle';

export interface CtocFunctionProps {
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment: Record<string, string>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A Node.js function as every function here is built: the esbuild bundle of
 * lib/bundling/lambda-bundle.ts (minified, lite AWS clients, no Socket Mode or Express,
 * a source map beside it that is read only when an error is logged), arm64, Node.js 24,
 * its own log group with a retention, and alarms on errors and throttles.
 */
export class CtocFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: CtocFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    // its own role, allowed to write to its own log group only (no AWS managed policy)
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: props.description });
    role.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${ROOT}${props.entry}`,
      projectRoot: ROOT,
      depsLockFilePath: `${ROOT}package-lock.json`,
      handler: 'handler',
      description: props.description,
      // the code runs on Node 20+; Lambda gets the newest Node runtime (the handler is the
      // 2-argument promise form these runtimes require)
      runtime: Runtime.NODEJS_24_X,
      role,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup,
      // no --enable-source-maps: it costs on every cold start; stacks are mapped when logged
      environment: { ...props.environment },
      bundling: {
        minify: LAMBDA_BUNDLE.minify,
        keepNames: LAMBDA_BUNDLE.keepNames,
        sourceMap: LAMBDA_BUNDLE.sourceMap,
        sourcesContent: LAMBDA_BUNDLE.sourcesContent,
        target: LAMBDA_BUNDLE.target,
        format: OutputFormat.CJS,
        externalModules: [...LAMBDA_BUNDLE.external],
        esbuildArgs: {
          ...Object.fromEntries(Object.entries(lambdaAliases(ROOT)).map(([from, to]) => [`--alias:${from}`, to])),
          // the CLI's local-storage code (data/ folder, embedded DynamoDB) locates files with
          // import.meta.url; the composition root references it, esbuild drops it from the
          // Lambda bundles, but warns while scanning
          '--log-override:empty-import-meta': 'silent',
        },
      },
    });
    const alarm = (name: string, metric: ReturnType<NodejsFunction['metricErrors']>) =>
      new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: `${props.description}: ${name}`,
      });
    this.alarms = [alarm('Errors', this.fn.metricErrors({ period: Duration.minutes(5) })), alarm('Throttles', this.fn.metricThrottles({ period: Duration.minutes(5) }))];
  }
}
