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

/** Errors the SDK retries (DynamoDB, Lambda), with backoff. */
const RETRYABLE = new Set(['ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded', 'InternalServerError', 'ServiceUnavailable', 'TooManyRequestsException', 'ServiceException']);

// connections are kept open between calls, as the SDK does
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

interface Reply {
  status: number;
  text: string;
  headers: IncomingMessage['headers'];
}

/** POSTs body and resolves with the status, headers and text of the response; rejects on a socket error or after timeoutMs. */
function post(url: URL, path: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<Reply> {
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)({ protocol: url.protocol, hostname: url.hostname, port: url.port, path, method: 'POST', headers, agent: secure ? agents.https : agents.http, timeout: timeoutMs }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
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

/** Where and as whom to send a signed request: the signing name, region and endpoint. */
export type AwsTarget = Pick<AwsJsonTarget, 'service' | 'region' | 'endpoint' | 'credentials' | 'maxAttempts' | 'timeoutMs'>;

/** The part of an AWS SDK client's configuration these clients honour. */
export interface AwsClientConfig {
  region?: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  maxAttempts?: number;
  requestHandler?: { requestTimeout?: number };
}

/** A target from a client's configuration, as the SDK reads it: the region and service endpoint from the environment unless given. */
export function awsTarget(service: string, config: AwsClientConfig, envEndpoint: string | undefined): AwsTarget {
  const region = config.region ?? process.env.AWS_REGION ?? 'us-east-1';
  return {
    service,
    region,
    endpoint: config.endpoint ?? envEndpoint ?? `https://${service}.${region}.amazonaws.com`,
    credentials: config.credentials,
    maxAttempts: config.maxAttempts,
    timeoutMs: config.requestHandler?.requestTimeout,
  };
}

/**
 * One signed POST to an AWS API (SigV4 by aws4, synchronous, over node:http(s)), retried
 * with backoff on throttling and server errors; resolves with the parsed JSON reply of a
 * 2xx, rejects with an AwsServiceError named after the service's error type otherwise.
 * Credentials come from the Lambda environment unless given; a timeout bounds each attempt.
 */
export async function awsPost(t: AwsTarget, path: string, headers: Record<string, string>, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const attempts = t.maxAttempts ?? 3;
  const url = new URL(t.endpoint);
  const credentials = t.credentials ?? { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '', sessionToken: process.env.AWS_SESSION_TOKEN };
  for (let attempt = 1; ; attempt++) {
    const signed = sign({ host: url.host, path, method: 'POST', service: t.service, region: t.region, body, headers: { ...headers } }, credentials);
    const res = await post(url, path, signed.headers as Record<string, string>, body, t.timeoutMs ?? 5000);
    const json = parseJson(res.text);
    if (res.status >= 200 && res.status < 300) return { status: res.status, json };
    // JSON APIs name the error in the body, REST ones (Lambda) in a header
    const type = String(json.__type ?? json.code ?? String(res.headers['x-amzn-errortype'] ?? '').split(':')[0] ?? '') || `Http${res.status}`;
    const err = new AwsServiceError(type.slice(type.lastIndexOf('#') + 1), String(json.message ?? json.Message ?? `HTTP ${res.status}`), { httpStatusCode: res.status });
    if (!(RETRYABLE.has(err.name) || res.status >= 500) || attempt >= attempts) throw err;
    await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** attempt));
  }
}

/** One call of an AWS JSON API (DynamoDB, Secrets Manager): what the Lambdas need of the AWS SDK, without loading it. */
export async function awsJson(t: AwsJsonTarget, operation: string, input: unknown): Promise<Record<string, unknown>> {
  const headers = { 'content-type': `application/x-amz-json-${t.jsonVersion}`, 'x-amz-target': `${t.targetPrefix}.${operation}` };
  return (await awsPost(t, new URL(t.endpoint).pathname, headers, JSON.stringify(input))).json;
}
