import { CtocError } from '../../core/errors';

/**
 * DynamoDB and network failures as domain errors with one clear message; anything
 * already a CtocError passes through.
 */
export function mapDynamoError(e: unknown, table: string): unknown {
  if (e instanceof CtocError) return e;
  const err = e as { name?: string; code?: string; message?: string; $metadata?: unknown };
  const name = err?.name ?? '';
  const code = err?.code ?? '';
  if (name === 'ResourceNotFoundException') {
    return new CtocError('STORAGE_MISSING_TABLE', `DynamoDB table "${table}" does not exist (create it with: ctoc-bot seed --table ${table} --create)`, { cause: e });
  }
  if (name === 'ProvisionedThroughputExceededException' || name === 'ThrottlingException' || name === 'RequestLimitExceeded') {
    return new CtocError('STORAGE_THROTTLED', `DynamoDB is throttling requests to "${table}"; try again shortly`, { cause: e });
  }
  if (['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE'].includes(code) || name === 'TimeoutError' || name === 'RequestTimeout' || /ECONNREFUSED|socket hang up|ETIMEDOUT|timed out/i.test(err?.message ?? '')) {
    return new CtocError('STORAGE_UNAVAILABLE', `DynamoDB is unreachable (${code || name || err?.message}) for table "${table}"`, { cause: e });
  }
  return new CtocError('STORAGE_UNAVAILABLE', `DynamoDB request on "${table}" failed: ${name || 'error'}: ${err?.message ?? String(e)}`, { cause: e });
}
