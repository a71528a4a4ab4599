import type { WebClient } from '@slack/web-api';
import type { Conversation, PendingChange } from '../../core/changes/pending';
import type { ChangeReview } from '../../core/changes/review';
import type { DocumentRejected } from '../../core/errors';
import type { Lang } from '../../core/model';
import type { ChangeMessenger } from '../../core/ports';
import { section } from './blocks';
import { escapeMrkdwn } from './escape';
import { keptLines, outcomeMessage, reviewMessage } from './review-blocks';
import { reviewPhrases } from './review-phrases';

/** Reviews and their outcomes as Slack messages, posted with the bot token. */
export class SlackChangeMessenger implements ChangeMessenger {
  constructor(private readonly client: WebClient) {}

  private async say(to: Conversation, text: string): Promise<string | undefined> {
    const r = await this.client.chat.postMessage({ channel: to.channel, thread_ts: to.threadTs, text, blocks: [section(text)], unfurl_links: false, unfurl_media: false });
    return r.ts;
  }

  async review(p: PendingChange, review: ChangeReview, note?: 'rebased'): Promise<string | undefined> {
    const m = reviewMessage(p, review, note);
    if (p.reviewTs) {
      await this.client.chat.update({ channel: p.conversation.channel, ts: p.reviewTs, text: m.text, blocks: m.blocks });
      return p.reviewTs;
    }
    const r = await this.client.chat.postMessage({ channel: p.conversation.channel, thread_ts: p.conversation.threadTs, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
    return r.ts;
  }

  async nothingNew(to: Conversation, lang: Lang, fileName: string, review?: ChangeReview): Promise<void> {
    const t = reviewPhrases(lang);
    const kept = review ? keptLines(review, lang) : [];
    await this.say(to, kept.length ? `${t.nothingNewKept(escapeMrkdwn(fileName))}\n${kept.join('\n')}` : t.nothingNew(escapeMrkdwn(fileName)));
  }

  async rejected(to: Conversation, lang: Lang, fileName: string, why: DocumentRejected): Promise<void> {
    await this.say(to, reviewPhrases(lang).rejected[why.reason](escapeMrkdwn(fileName), escapeMrkdwn(why.detail)));
  }

  async decided(p: PendingChange, outcome: 'applied' | 'discarded' | 'expired' | 'busy', by?: string): Promise<void> {
    if (outcome === 'busy') {
      await this.say(p.conversation, reviewPhrases(p.lang).busy);
      return;
    }
    const m = outcomeMessage(p, outcome, by, p.decidedAt?.slice(0, 16).replace('T', ' '));
    if (p.reviewTs) await this.client.chat.update({ channel: p.conversation.channel, ts: p.reviewTs, text: m.text, blocks: m.blocks });
    else await this.say(p.conversation, m.text);
  }
}
