// zod's tree-shakable build: a Lambda cold start loads a fraction of the classic one
import * as z from 'zod/mini';
import { CtocError } from '../../core/errors';

const TABLE = 'a DynamoDB table name: 3 to 255 letters, digits, _ . -';
const ConfigSchema = z.object({
  TABLE_NAME: z.optional(z.string().check(z.minLength(3, TABLE), z.maxLength(255, TABLE), z.regex(/^[A-Za-z0-9_.-]+$/, TABLE))),
  DYNAMODB_ENDPOINT: z.optional(z.url('a URL such as http://127.0.0.1:8000')),
  AWS_REGION: z.optional(z.string().check(z.minLength(1, 'a region such as eu-central-1'))),
  CTOC_CACHE_TTL_SECONDS: z.optional(z.coerce.number('a number of seconds').check(z.int('a whole number of seconds'), z.gte(0, 'at least 0'), z.lte(86_400, 'at most 86400 (a day)'))),
  CTOC_DATA_CHECK_SECONDS: z.optional(z.coerce.number('a number of seconds').check(z.gte(0, 'at least 0'), z.lte(3600, 'at most 3600 (an hour)'))),
});

/** Storage settings, read and validated once at start. */
export interface StorageConfig {
  tableName?: string;
  endpoint?: string;
  region: string;
  cacheTtlMs: number;
  /** how often a cached copy of the reference data checks the data version (default 5 s) */
  versionCheckMs: number;
}

export function storageConfig(env: Record<string, string | undefined>, overrides: { tableName?: string } = {}): StorageConfig {
  const picked = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in ConfigSchema.shape && v !== undefined && v !== ''));
  const r = ConfigSchema.safeParse({ ...picked, ...(overrides.tableName ? { TABLE_NAME: overrides.tableName } : {}) });
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new CtocError('BAD_ARGUMENT', `invalid configuration: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return {
    tableName: r.data.TABLE_NAME,
    endpoint: r.data.DYNAMODB_ENDPOINT,
    region: r.data.AWS_REGION ?? 'eu-central-1',
    cacheTtlMs: (r.data.CTOC_CACHE_TTL_SECONDS ?? 300) * 1000,
    versionCheckMs: (r.data.CTOC_DATA_CHECK_SECONDS ?? 5) * 1000,
  };
}
