import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../lambda/core/', import.meta.url));
const FORBIDDEN = /^(@slack\/|@aws-sdk\/|aws-cdk-lib|constructs$|node:|fs$|http$|https$|net$)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('lambda/core is pure', () => {
  it('imports nothing from Slack, the AWS SDK, the CDK or Node I/O', () => {
    const offenders: string[] = [];
    const all = files(CORE);
    expect(all.length).toBeGreaterThan(10);
    for (const f of all) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2] ?? '';
        if (FORBIDDEN.test(spec) || (spec.startsWith('.') && /\/(adapters|app|handlers)\//.test(join(f, '..', spec)))) offenders.push(`${relative(CORE, f)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
