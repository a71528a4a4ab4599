import { WebClient } from '@slack/web-api';
import { PostRefused } from '../../core/errors';
import type { MessagePoster, OutgoingMessage } from '../../core/ports';
import { linkify, section } from './blocks';
import { escapeMrkdwn } from './escape';
import { SLACK_LIMITS } from './limits';

/** Slack errors that will not go away by retrying: the subscription is disabled. */
export const PERMANENT_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'user_not_found', 'user_disabled', 'cannot_dm_bot', 'invalid_auth', 'not_authed', 'token_revoked', 'missing_scope', 'restricted_action']);

/** Posts messages for scheduled jobs (no Bolt needed): the Web API client, which waits out rate limits as Slack asks (Retry-After). */
export class SlackPoster implements MessagePoster {
  private readonly client: WebClient;
  constructor(token: string, o: { apiUrl?: string; retries?: number } = {}) {
    this.client = new WebClient(token, {
      ...(o.apiUrl ? { slackApiUrl: o.apiUrl } : {}),
      // a 429 is retried after the Retry-After delay Slack sends; other failures a few times
      rejectRateLimitedCalls: false,
      retryConfig: { retries: o.retries ?? 3, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    });
  }

  async post(channel: string, m: OutgoingMessage): Promise<string | undefined> {
    const blocks = [section(linkify(m.lead, m.symbols, m.lang)), ...m.items.map((i) => section(`• ${linkify(i, m.symbols, m.lang)}`))].slice(0, SLACK_LIMITS.messageBlocks);
    try {
      const r = await this.client.chat.postMessage({ channel, text: escapeMrkdwn(m.text), blocks, unfurl_links: false, unfurl_media: false });
      return r.ts;
    } catch (e) {
      const data = (e as { data?: { error?: string }; code?: string }).data;
      const err = data?.error ?? (e as { code?: string }).code ?? 'unknown_error';
      throw new PostRefused(err, PERMANENT_ERRORS.has(err), { cause: e });
    }
  }
}
