// zod's tree-shakable build: a Lambda cold start loads a fraction of the classic one
import * as z from 'zod/mini';
import { CtocError } from '../../core/errors';

const Schema = z.object({
  SLACK_BOT_TOKEN: z.string().check(z.regex(/^xoxb-/, 'a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: z.optional(z.string().check(z.minLength(8, "the signing secret from the app's Basic Information page"))),
  SLACK_APP_TOKEN: z.optional(z.string().check(z.regex(/^xapp-/, 'an app-level token starting with xapp-'))),
  SLACK_API_URL: z.optional(z.url('a URL such as https://slack.com/api/')),
  SLACK_BOT_USER_ID: z.optional(z.string().check(z.regex(/^[UW][A-Z0-9]+$/, 'a user id such as U0123ABCD'))),
  SLACK_BOT_ID: z.optional(z.string().check(z.regex(/^B[A-Z0-9]+$/, 'a bot id such as B0123ABCD'))),
});

/** How the app hears from Slack: events over HTTPS (signed requests) or a Socket Mode connection. */
export type SlackMode = 'http' | 'socket';

/** Slack settings, validated once. Tokens are never logged. */
export type SlackConfig = {
  botToken: string;
  /** base URL of the Web API, ending with a slash (tests point it at a local fake) */
  apiUrl?: string;
  botUserId?: string;
  botId?: string;
} & (
  | { mode: 'http'; signingSecret: string }
  /** Socket Mode: the connection is authenticated by the app-level token; no signing secret */
  | { mode: 'socket'; appToken: string }
);

/**
 * Slack settings for a mode: 'http' (the Lambda: every request signed, so the signing
 * secret is required) or 'auto' (local: Socket Mode when SLACK_APP_TOKEN is set, which
 * needs no signing secret; HTTP otherwise). Only what the mode uses is required.
 */
export function slackConfig(env: Record<string, string | undefined>, mode: SlackMode | 'auto' = 'auto'): SlackConfig {
  const picked = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in Schema.shape && v));
  const r = Schema.safeParse(picked);
  const invalid = (variable: string, why: string) => new CtocError('BAD_ARGUMENT', `invalid Slack configuration: ${variable}: ${why}`);
  if (!r.success) {
    const issue = r.error.issues[0];
    // the message names the variable, never its value
    throw invalid(String(issue?.path.join('.')), issue?.message ?? 'invalid');
  }
  const api = r.data.SLACK_API_URL;
  const common = { botToken: r.data.SLACK_BOT_TOKEN, apiUrl: api ? (api.endsWith('/') ? api : `${api}/`) : undefined, botUserId: r.data.SLACK_BOT_USER_ID, botId: r.data.SLACK_BOT_ID };
  const chosen = mode === 'auto' ? (r.data.SLACK_APP_TOKEN ? 'socket' : 'http') : mode;
  if (chosen === 'socket') {
    if (!r.data.SLACK_APP_TOKEN) throw invalid('SLACK_APP_TOKEN', 'Socket Mode needs an app-level token (xapp-…)');
    return { ...common, mode: 'socket', appToken: r.data.SLACK_APP_TOKEN };
  }
  if (!r.data.SLACK_SIGNING_SECRET) {
    throw invalid('SLACK_SIGNING_SECRET', mode === 'auto' ? "HTTP mode verifies Slack's signature on every request; set it, or set SLACK_APP_TOKEN for Socket Mode (which needs none)" : "the signing secret from the app's Basic Information page (every request's signature is verified)");
  }
  return { ...common, mode: 'http', signingSecret: r.data.SLACK_SIGNING_SECRET };
}

/** Which Slack connection `npm start` makes from the environment, and why (none: the terminal chat). */
export function localSlackMode(env: Record<string, string | undefined>): { mode: SlackMode | null; why: string } {
  const [bot, app, secret] = [env.SLACK_BOT_TOKEN, env.SLACK_APP_TOKEN, env.SLACK_SIGNING_SECRET].map(Boolean);
  if (bot && app) return { mode: 'socket', why: 'SLACK_APP_TOKEN is set; Socket Mode needs no public URL and no signing secret' };
  if (bot && secret) return { mode: 'http', why: 'SLACK_SIGNING_SECRET is set and SLACK_APP_TOKEN is not' };
  if (bot) return { mode: null, why: 'SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP)' };
  if (app || secret) return { mode: null, why: 'SLACK_BOT_TOKEN is not set' };
  return { mode: null, why: 'no Slack tokens in the environment' };
}
