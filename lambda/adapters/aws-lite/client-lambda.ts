/**
 * What this project uses of @aws-sdk/client-lambda (Invoke, for the asynchronous hand-over
 * of document jobs), over `awsPost`. The Lambda bundles alias the package to this file.
 */
import { type AwsClientConfig, type AwsTarget, awsPost, awsTarget } from './aws-json';

export interface InvokeCommandInput {
  FunctionName: string;
  InvocationType?: 'Event' | 'RequestResponse' | 'DryRun';
  Payload?: Uint8Array | string;
}

export class InvokeCommand {
  constructor(readonly input: InvokeCommandInput) {}
}

export class LambdaClient {
  private readonly target: AwsTarget;
  constructor(config: AwsClientConfig = {}) {
    this.target = awsTarget('lambda', config, process.env.AWS_ENDPOINT_URL_LAMBDA);
  }

  /** The Invoke API (REST): the payload is the body, the invocation type a header. */
  async send(command: InvokeCommand): Promise<{ StatusCode: number; Payload?: Uint8Array }> {
    const { FunctionName, InvocationType = 'RequestResponse', Payload } = command.input;
    const body = typeof Payload === 'string' ? Payload : Payload ? new TextDecoder().decode(Payload) : '';
    const path = `/2015-03-31/functions/${encodeURIComponent(FunctionName)}/invocations`;
    const res = await awsPost(this.target, path, { 'content-type': 'application/json', 'x-amz-invocation-type': InvocationType }, body);
    return { StatusCode: res.status, ...(InvocationType === 'RequestResponse' ? { Payload: new TextEncoder().encode(JSON.stringify(res.json)) } : {}) };
  }

  destroy(): void {}
}
