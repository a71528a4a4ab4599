import { App, AwsLambdaReceiver, HTTPReceiver } from '@slack/bolt';
import type { APIGatewayProxyEventV2, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { boltLogger } from './bolt-logger';
import type { SlackConfig } from './config';
import { type SlackDeps, type SubCommand, builtInSubCommands, registerListeners } from './listeners';
import { changesCommand } from './changes-command';
import { subscriptionCommands } from './subscription-commands';

/** Every /ctoc sub-command: the quick ones and the reminder subscriptions. */
export const ALL_SUB_COMMANDS: SubCommand[] = [...builtInSubCommands, ...subscriptionCommands, changesCommand];

const clientOptions = (config: SlackConfig) => (config.apiUrl ? { slackApiUrl: config.apiUrl } : undefined);

/**
 * The single workspace's credentials, with no auth.test round trip: Bolt's default
 * calls auth.test on every request unless both bot ids are known, which would cost a
 * Slack call inside the 3-second budget. The ids come from config when set.
 */
const authorize = (config: SlackConfig) => async () => ({ botToken: config.botToken, botUserId: config.botUserId, botId: config.botId });

/**
 * Bolt's conversation store is off: no listener keeps conversation state, and the
 * default store's lookup fails (an Error with its stack) on every event.
 */
const NO_CONVERSATION_STORE = { convoStore: false } as const;

/** What the Lambda runtime calls: the 2-argument promise form Node 22/24 runtimes require. */
export type SlackLambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResult>;

/**
 * The Bolt app behind AwsLambdaReceiver, for Function URL / API Gateway v2 events. No
 * auth.test at start (the bot's user id comes from config), so a cold start answers
 * inside Slack's 3 seconds.
 */
export function createLambdaSlackApp(config: SlackConfig, deps: SlackDeps, subCommands: SubCommand[] = ALL_SUB_COMMANDS): { app: App; handler: SlackLambdaHandler } {
  if (config.mode !== 'http') throw new Error('the Lambda receives Slack events over HTTPS: its Slack configuration must be the HTTP mode');
  const logger = boltLogger(deps.logger);
  // when the Function URL received the request: how long Slack has been waiting
  const receiver = new AwsLambdaReceiver({ signingSecret: config.signingSecret, logger, customPropertiesExtractor: (e) => ({ receivedAt: (e as { requestContext?: { timeEpoch?: number } }).requestContext?.timeEpoch ?? Date.now(), answerBeforeClaim: true }) });
  const app = new App({
    ...NO_CONVERSATION_STORE,
    authorize: authorize(config),
    receiver,
    clientOptions: clientOptions(config),
    logger,
  });
  registerListeners(app, { ...deps, botUserId: config.botUserId }, subCommands);
  const bolt = receiver.toHandler();
  const handler: SlackLambdaHandler = async (event, context) => {
    try {
      // Bolt decodes base64 bodies as ASCII, which breaks non-ASCII text and its signature
      const e = event.isBase64Encoded && event.body ? { ...event, body: Buffer.from(event.body, 'base64').toString('utf8'), isBase64Encoded: false } : event;
      return (await bolt(e as never, context)) as APIGatewayProxyResult;
    } catch (err) {
      // a body Bolt cannot parse never reaches the signature check: refuse it, do not crash
      deps.logger.warn('unreadable request refused', { error: err instanceof Error ? err.message : String(err) });
      return { statusCode: 400, body: '' };
    }
  };
  return { app, handler };
}

export interface RunningSlackApp {
  app: App;
  /** the HTTP address, or null in Socket Mode */
  url: string | null;
  stop(): Promise<void>;
}

/**
 * The same app for local use: Socket Mode when an app-level token is configured (no
 * public URL needed), otherwise Bolt's HTTP receiver with events at /slack/events.
 */
export async function startLocalSlackApp(
  config: SlackConfig,
  deps: SlackDeps,
  o: { port?: number; host?: string; subCommands?: SubCommand[] } = {},
): Promise<RunningSlackApp> {
  const logger = boltLogger(deps.logger);
  const common = { ...NO_CONVERSATION_STORE, authorize: authorize(config), clientOptions: clientOptions(config), logger };
  if (config.mode === 'socket') {
    // Socket Mode has no signing secret to check: the connection itself is authenticated.
    // Its own Web API client (apps.connections.open) takes the API URL from installerOptions.
    const app = new App({ ...common, appToken: config.appToken, socketMode: true, installerOptions: { clientOptions: clientOptions(config) } });
    registerListeners(app, { ...deps, botUserId: config.botUserId }, o.subCommands ?? ALL_SUB_COMMANDS);
    await app.start();
    return { app, url: null, stop: () => app.stop() as Promise<void> };
  }
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: '/slack/events', logger, processBeforeResponse: false, customPropertiesExtractor: () => ({ receivedAt: Date.now() }) });
  const app = new App({ ...common, receiver });
  registerListeners(app, { ...deps, botUserId: config.botUserId }, o.subCommands ?? ALL_SUB_COMMANDS);
  const server = (await receiver.start({ port: o.port ?? 3000, host: o.host ?? '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    app,
    url: `http://${o.host ?? '127.0.0.1'}:${port}/slack/events`,
    stop: async () => {
      server.closeAllConnections?.();
      await receiver.stop();
    },
  };
}
