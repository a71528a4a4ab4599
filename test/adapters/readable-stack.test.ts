import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { readableStack } from '../../lambda/adapters/readable-stack';

describe('readable stacks from a minified bundle', () => {
  it('positions in the bundle become positions in the TypeScript source, from the map next to it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctoc-stack-')), 'index.js');
    await build({ entryPoints: ['test/fixtures/bundled/throws.ts'], bundle: true, platform: 'node', format: 'cjs', minify: true, sourcemap: true, sourcesContent: false, outfile: out, logLevel: 'error' });
    const { fail } = createRequire(import.meta.url)(out) as { fail: () => never };
    let error: unknown;
    try {
      fail();
    } catch (e) {
      error = e;
    }
    expect((error as Error).stack).toContain(`${out}:`);
    const stack = readableStack(error) ?? '';
    expect(stack).toContain('failed on purpose');
    expect(stack).toMatch(/test\/fixtures\/bundled\/throws\.ts:3:\d+/);
    expect(stack).not.toContain(`${out}:`);
  });

  it('leaves other stacks alone, and non-errors have none', () => {
    const e = new Error('plain');
    expect(readableStack(e)).toBe(e.stack);
    expect(readableStack('not an error')).toBeUndefined();
  });
});
