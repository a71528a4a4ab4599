import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { ApplyJob, ReviewJob } from '../../core/changes/upload';
import type { ChangeJobs } from '../../core/ports';

export interface LambdaJobsOptions {
  /** names or ARNs of the document-reading and change-applying functions */
  reviewFunction: string;
  applyFunction: string;
  region: string;
  /** a local Lambda API, for tests */
  endpoint?: string;
}

/**
 * Jobs handed to the worker functions with an asynchronous invoke (InvocationType
 * Event): Lambda queues the event and answers at once, so the Slack function stays inside
 * Slack's 3 seconds; a failed run goes to the on-failure destination (the dead-letter queue).
 */
export class LambdaJobs implements ChangeJobs {
  private readonly client: LambdaClient;
  constructor(private readonly o: LambdaJobsOptions) {
    const local = Boolean(o.endpoint && /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?/.test(o.endpoint));
    this.client = new LambdaClient({
      region: o.region,
      ...(o.endpoint ? { endpoint: o.endpoint } : {}),
      ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 1000, requestTimeout: 2000 },
    });
  }

  private async invoke(fn: string, payload: { kind: 'review'; job: ReviewJob } | { kind: 'apply'; job: ApplyJob }): Promise<void> {
    await this.client.send(new InvokeCommand({ FunctionName: fn, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify(payload)) }));
  }

  review(job: ReviewJob): Promise<void> {
    return this.invoke(this.o.reviewFunction, { kind: 'review', job });
  }

  apply(job: ApplyJob): Promise<void> {
    return this.invoke(this.o.applyFunction, { kind: 'apply', job });
  }
}
