import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so a record reads the same whatever order DynamoDB returns its map keys in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * A fingerprint of the reference items (sort key and record of each, in sort-key order).
 * The seeder stores it with the data it validated; a reader that finds the same
 * fingerprint can trust the records without validating them again.
 */
export function referenceChecksum(items: { SK: string; record?: unknown }[]): string {
  const h = createHash('sha256');
  for (const i of [...items].sort((a, b) => (a.SK < b.SK ? -1 : a.SK > b.SK ? 1 : 0))) h.update(canonical([i.SK, i.record ?? null])).update('\n');
  return h.digest('hex');
}
