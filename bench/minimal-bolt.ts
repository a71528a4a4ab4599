// The smallest Bolt app on Lambda, for comparison: App + AwsLambdaReceiver, one listener.
import { App, AwsLambdaReceiver } from '@slack/bolt';

const receiver = new AwsLambdaReceiver({ signingSecret: 'benchmark-signing-secret' });
const app = new App({ token: 'xoxb-benchmark', receiver, tokenVerificationEnabled: false });
app.event('app_mention', async ({ say }) => {
  await say('hello');
});
export const handler = receiver.toHandler();
