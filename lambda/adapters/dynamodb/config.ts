import { z } from 'zod';
import { CtocError } from '../../core/errors';

const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(3).max(255).regex(/^[A-Za-z0-9_.-]+$/, 'a DynamoDB table name: letters, digits, _ . -').optional(),
  DYNAMODB_ENDPOINT: z.url({ message: 'a URL such as http://127.0.0.1:8000' }).optional(),
  AWS_REGION: z.string().min(1).optional(),
  CTOC_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
  CTOC_DATA_CHECK_SECONDS: z.coerce.number().min(0).max(3600).optional(),
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
