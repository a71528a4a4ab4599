import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
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

// connections are kept open between calls, as the SDK does
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/** POSTs body and resolves with the status and text of the response; rejects on a socket error or after timeoutMs. */
function post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(url, { method: 'POST', headers, agent: secure ? agents.https : agents.http, timeout: timeoutMs }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`request timed out after ${timeoutMs} ms`), { name: 'TimeoutError' })));
    req.on('error', reject);
    req.end(body);
  });
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // a proxy's or load balancer's error page
    return { message: text.slice(0, 200) };
  }
}

/**
 * One call of an AWS JSON API, signed with SigV4 (aws4, synchronous) over node:http(s):
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
    const res = await post(url, signed.headers as Record<string, string>, body, t.timeoutMs ?? 5000);
    const out = parseJson(res.text);
    if (res.status >= 200 && res.status < 300) return out;
    const type = String(out.__type ?? out.code ?? `Http${res.status}`);
    const err = new AwsServiceError(type.slice(type.lastIndexOf('#') + 1), String(out.message ?? out.Message ?? `HTTP ${res.status}`), { httpStatusCode: res.status });
    if (!(RETRYABLE.has(err.name) || res.status >= 500) || attempt >= attempts) throw err;
    await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** attempt));
  }
}
