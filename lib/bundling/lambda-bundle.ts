import type { BuildOptions } from 'esbuild';

/**
 * Packages Bolt loads at start for its local receivers (Socket Mode, Express, OAuth
 * installs, raw request bodies) that AwsLambdaReceiver never uses: each becomes one
 * small stub that throws if called. About half of the bundle, and of its load time.
 * `serve` and Socket Mode run unbundled (tsx) and keep the real packages.
 */
export const NOT_IN_LAMBDA = ['@slack/socket-mode', '@slack/oauth', 'express', 'raw-body', 'path-to-regexp'] as const;

/**
 * The AWS SDK clients the functions use, replaced by small ones over SigV4-signed fetch
 * (aws4) that keep the SDK's names and shapes (lambda/adapters/aws-lite/): loading
 * the SDK was the largest part of a cold start. Local runs and tests use the real SDK.
 */
export const LITE_AWS_CLIENTS = {
  '@aws-sdk/client-dynamodb': 'lambda/adapters/aws-lite/client-dynamodb.ts',
  '@aws-sdk/lib-dynamodb': 'lambda/adapters/aws-lite/lib-dynamodb.ts',
  '@aws-sdk/client-secrets-manager': 'lambda/adapters/aws-lite/client-secrets-manager.ts',
  '@aws-sdk/client-lambda': 'lambda/adapters/aws-lite/client-lambda.ts',
} as const;

/** esbuild aliases for NOT_IN_LAMBDA and LITE_AWS_CLIENTS, given the repository root (ending with a slash). */
export const lambdaAliases = (root: string): Record<string, string> => ({
  ...Object.fromEntries(NOT_IN_LAMBDA.map((m) => [m, `${root}lib/bundling/not-in-lambda.cjs`])),
  ...Object.fromEntries(Object.entries(LITE_AWS_CLIENTS).map(([m, f]) => [m, `${root}${f}`])),
});

/**
 * How every Lambda here is bundled — one definition for the stack (NodejsFunction), the
 * bundle tests and the benchmarks. Minified CommonJS for the Node 24 runtime, source maps
 * written next to the bundle but not enabled at run time (see stack-trace.ts), and the
 * modules a Lambda never runs replaced at build time (`LAMBDA_ALIASES`).
 */
export const LAMBDA_BUNDLE = {
  target: 'node24',
  minify: true,
  /** class names survive minifying: the period finder picks chrono's parsers and refiners by name */
  keepNames: true,
  sourceMap: true,
  /** the map names files and positions; the sources themselves stay out of the asset */
  sourcesContent: false,
  /** local-only modules, loaded with import() behind a check that never passes in Lambda */
  external: ['dynalite'],
} as const;

/** esbuild options for one Lambda entry point, as the stack builds it (root: the repository's, ending with a slash). */
export function lambdaBuildOptions(root: string, entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [`${root}${entry}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    keepNames: LAMBDA_BUNDLE.keepNames,
    sourcemap: LAMBDA_BUNDLE.sourceMap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    external: [...LAMBDA_BUNDLE.external],
    alias: lambdaAliases(root),
    logLevel: 'warning',
    // the CLI's local storage (data/ folder, embedded DynamoDB) finds files with
    // import.meta.url; composition.ts references it, esbuild drops it from the Lambda
    // bundles (tree-shaking) but warns while scanning
    logOverride: { 'empty-import-meta': 'silent' },
  };
}
