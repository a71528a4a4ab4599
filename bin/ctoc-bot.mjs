#!/usr/bin/env node
// The ctoc-bot command: runs the TypeScript sources through tsx, so it works right
// after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
// The AWS SDK warns on every start that it will drop Node 20 in 2027; the code also runs
// on Node 22+, and the warning would be noise on every CLI call.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// structured logs are for servers; the command line shows only warnings and errors
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const { main } = await import('../lambda/cli.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
