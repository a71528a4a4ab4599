// zod's tree-shakable build: a Lambda cold start loads a fraction of the classic one
import * as z from 'zod/mini';
import { CtocError } from '../../core/errors';

const Schema = z.object({
  SLACK_BOT_TOKEN: z.string().check(z.regex(/^xoxb-/, 'a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: z.string().check(z.minLength(8, "the signing secret from the app's Basic Information page")),
  SLACK_APP_TOKEN: z.optional(z.string().check(z.regex(/^xapp-/, 'an app-level token starting with xapp-'))),
  SLACK_API_URL: z.optional(z.url('a URL such as https://slack.com/api/')),
  SLACK_BOT_USER_ID: z.optional(z.string().check(z.regex(/^[UW][A-Z0-9]+$/, 'a user id such as U0123ABCD'))),
  SLACK_BOT_ID: z.optional(z.string().check(z.regex(/^B[A-Z0-9]+$/, 'a bot id such as B0123ABCD'))),
});

/** Slack settings, validated once. Tokens are never logged. */
export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  appToken?: string;
  /** base URL of the Web API, ending with a slash (tests point it at a local fake) */
  apiUrl?: string;
  botUserId?: string;
  botId?: string;
}

export function slackConfig(env: Record<string, string | undefined>): SlackConfig {
  const picked = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in Schema.shape && v));
  const r = Schema.safeParse(picked);
  if (!r.success) {
    const issue = r.error.issues[0];
    // the message names the variable, never its value
    throw new CtocError('BAD_ARGUMENT', `invalid Slack configuration: ${issue?.path.join('.')}: ${issue?.message ?? 'required'}`);
  }
  const api = r.data.SLACK_API_URL;
  return {
    botToken: r.data.SLACK_BOT_TOKEN,
    signingSecret: r.data.SLACK_SIGNING_SECRET,
    appToken: r.data.SLACK_APP_TOKEN,
    apiUrl: api ? (api.endsWith('/') ? api : `${api}/`) : undefined,
    botUserId: r.data.SLACK_BOT_USER_ID,
    botId: r.data.SLACK_BOT_ID,
  };
}

/** True when the environment has what a Slack connection needs. */
export const hasSlackTokens = (env: Record<string, string | undefined>): boolean => Boolean(env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET);
