import type { BuildOptions } from 'esbuild';

/**
 * How every Lambda here is bundled — one definition for the stack (NodejsFunction), the
 * bundle tests and the benchmarks. Minified CommonJS for the Node 24 runtime, source maps
 * written next to the bundle but not enabled at run time (see stack-trace.ts), and the
 * modules a Lambda never runs replaced at build time (`LAMBDA_ALIASES`).
 */
export const LAMBDA_BUNDLE = {
  target: 'node24',
  minify: true,
  sourceMap: true,
  /** the map names files and positions; the sources themselves stay out of the asset */
  sourcesContent: false,
  /** local-only modules, loaded with import() behind a check that never passes in Lambda */
  external: ['dynalite'],
} as const;

/** esbuild options for one Lambda entry point, as the stack builds it. */
export function lambdaBuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourceMap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    external: [...LAMBDA_BUNDLE.external],
    logLevel: 'warning',
  };
}
