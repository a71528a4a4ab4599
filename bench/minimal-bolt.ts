// The smallest Bolt app on Lambda, for comparison: App + AwsLambdaReceiver, one listener
// that says "hi" in the thread. Like ours, it knows its bot ids (no auth.test) and takes
// the Web API URL from the environment (the benchmark's local fake).
import { App, AwsLambdaReceiver } from '@slack/bolt';

const receiver = new AwsLambdaReceiver({ signingSecret: process.env.BENCH_SIGNING_SECRET ?? 'benchmark-signing-secret' });
const app = new App({
  token: 'xoxb-benchmark',
  botId: 'B0BENCH1',
  botUserId: 'UBOT0001',
  receiver,
  clientOptions: process.env.SLACK_API_URL ? { slackApiUrl: process.env.SLACK_API_URL } : undefined,
});
app.event('app_mention', async ({ event, say }) => {
  await say({ text: 'hi', thread_ts: event.thread_ts ?? event.ts });
});
export const handler = receiver.toHandler();
