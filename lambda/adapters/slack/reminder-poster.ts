import { WebClient } from '@slack/web-api';
import type { Block } from './blocks';

/** Slack errors that will not go away by retrying: the subscription is disabled. */
export const PERMANENT_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'user_not_found', 'user_disabled', 'cannot_dm_bot', 'invalid_auth', 'not_authed', 'token_revoked', 'missing_scope', 'restricted_action']);

export class PostError extends Error {
  constructor(
    readonly slackError: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(`Slack refused the post: ${slackError}`, options);
    this.name = 'PostError';
  }
}

/** Posts messages for scheduled jobs (no Bolt needed): the Web API client, which waits out rate limits as Slack asks (Retry-After). */
export class SlackPoster {
  private readonly client: WebClient;
  constructor(token: string, o: { apiUrl?: string; retries?: number } = {}) {
    this.client = new WebClient(token, {
      ...(o.apiUrl ? { slackApiUrl: o.apiUrl } : {}),
      // a 429 is retried after the Retry-After delay Slack sends; other failures a few times
      rejectRateLimitedCalls: false,
      retryConfig: { retries: o.retries ?? 3, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    });
  }

  async post(channel: string, text: string, blocks?: Block[]): Promise<string | undefined> {
    try {
      const r = await this.client.chat.postMessage({ channel, text, ...(blocks ? { blocks } : {}), unfurl_links: false, unfurl_media: false });
      return r.ts;
    } catch (e) {
      const data = (e as { data?: { error?: string }; code?: string }).data;
      const err = data?.error ?? (e as { code?: string }).code ?? 'unknown_error';
      throw new PostError(err, PERMANENT_ERRORS.has(err), { cause: e });
    }
  }
}
