import { sign } from 'aws4';

/** Where and as whom to call an AWS JSON API (DynamoDB, Secrets Manager). */
export interface AwsJsonTarget {
  /** signing name: dynamodb, secretsmanager */
  service: string;
  region: string;
  endpoint: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** JSON protocol version: 1.0 (DynamoDB) or 1.1 */
  jsonVersion: '1.0' | '1.1';
  /** the X-Amz-Target prefix, e.g. DynamoDB_20120810 */
  targetPrefix: string;
  maxAttempts?: number;
  timeoutMs?: number;
}

/** An error as the AWS SDK shapes it: `name` is the service's error type. */
export class AwsServiceError extends Error {
  constructor(
    name: string,
    message: string,
    readonly $metadata: { httpStatusCode: number },
  ) {
    super(message);
    this.name = name;
  }
}

/** Errors the SDK retries for DynamoDB, with backoff. */
const RETRYABLE = new Set(['ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'InternalServerError', 'ServiceUnavailable']);

/**
 * One call of an AWS JSON API, signed with SigV4 (aws4, synchronous) over the runtime's fetch:
 * what the Lambdas need of the AWS SDK, without loading it. Credentials come from the
 * Lambda environment unless given; a timeout bounds each attempt.
 */
export async function awsJson(t: AwsJsonTarget, operation: string, input: unknown): Promise<Record<string, unknown>> {
  const attempts = t.maxAttempts ?? 3;
  const url = new URL(t.endpoint);
  const credentials = t.credentials ?? { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '', sessionToken: process.env.AWS_SESSION_TOKEN };
  const body = JSON.stringify(input);
  for (let attempt = 1; ; attempt++) {
    const signed = sign(
      { host: url.host, path: url.pathname, method: 'POST', service: t.service, region: t.region, body, headers: { 'content-type': `application/x-amz-json-${t.jsonVersion}`, 'x-amz-target': `${t.targetPrefix}.${operation}` } },
      credentials,
    );
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers: signed.headers as Record<string, string>, body, signal: AbortSignal.timeout(t.timeoutMs ?? 5000) });
    } catch (e) {
      // fetch puts the socket error (ECONNREFUSED …) in its cause
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw Object.assign(e as Error, { code: cause?.code, message: `${(e as Error).message}${cause?.message ? `: ${cause.message}` : ''}` });
    }
    const text = await res.text();
    const out = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    if (res.ok) return out;
    const type = String(out.__type ?? out.code ?? `Http${res.status}`);
    const err = new AwsServiceError(type.slice(type.lastIndexOf('#') + 1), String(out.message ?? out.Message ?? res.statusText), { httpStatusCode: res.status });
    if (!(RETRYABLE.has(err.name) || res.status >= 500) || attempt >= attempts) throw err;
    await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** attempt));
  }
}
