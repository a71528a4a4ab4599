import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // prints why the tests on the source note are skipped when it is not beside the repository
    globalSetup: ['test/helpers/seed-note.ts'],
    // CDK synth and dynalite tests are slow on a shared 2-core machine
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'Europe/Vienna', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT' },
  },
});
