import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { createHash } from 'node:crypto';
import type { ChangeDecider } from '../../app/changes/decide-change';
import type { Conversation } from '../../core/changes/pending';
import { MAX_DOCUMENT_BYTES, type UploadedFile, screenUpload } from '../../core/changes/upload';
import type { Lang } from '../../core/model';
import type { AppLogger, ChangeJobs, ChangeStore } from '../../core/ports';
import { section } from './blocks';
import { escapeMrkdwn } from './escape';
import { APOLOGY } from './listeners';
import { ADD_ACTION, DISCARD_ACTION } from './review-blocks';
import { mentionList, reviewPhrases } from './review-phrases';

/** Teaching the bot from Slack: who may, where the work goes, the pending changes. */
export interface ChangeFeature {
  /** Slack user ids of the editors (CTOC_EDITORS / the stack's `editors` context) */
  editors: readonly string[];
  jobs: ChangeJobs;
  store: ChangeStore;
  /** what the buttons need of the decider (applying runs in the apply function, or in-process jobs) */
  decider: Pick<ChangeDecider, 'open' | 'discard'>;
}

/** A file as Slack describes it in an event. */
export interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  mimetype?: string;
  filetype?: string;
  size?: number;
  url_private_download?: string;
}

const toUploaded = (f: SlackFile): UploadedFile => ({ id: f.id, name: f.name ?? f.title ?? f.id, mimetype: f.mimetype, filetype: f.filetype, size: f.size, url: f.url_private_download });

/**
 * An upload from an editor: each PDF or text file is acknowledged at once and handed to
 * the document worker; anyone else is told politely who can, and nothing is downloaded.
 * The change id comes from the file and the message, so a retried event is one review.
 */
export async function handleUpload(
  o: { files: SlackFile[]; user: string; lang: Lang | null; messageTs: string; to: Conversation },
  feature: ChangeFeature,
  client: WebClient,
  logger: AppLogger,
): Promise<void> {
  const t = reviewPhrases(o.lang ?? 'en');
  const say = (text: string) => client.chat.postMessage({ channel: o.to.channel, thread_ts: o.to.threadTs, text, blocks: [section(text)] });
  for (const raw of o.files) {
    const file = toUploaded(raw);
    const name = escapeMrkdwn(file.name);
    const s = screenUpload(file, o.user, feature.editors);
    if (!s.ok) {
      logger.info('upload not read', { user: o.user, file: file.id, reason: s.reason });
      if (s.reason === 'not-editor') {
        await say(feature.editors.length ? t.notEditor(mentionList(feature.editors)) : t.noEditors);
        return;
      }
      await say(s.reason === 'unsupported-type' ? t.unsupported(name) : t.tooLarge(name, MAX_DOCUMENT_BYTES / 1_048_576));
      continue;
    }
    await say(t.reading(name));
    const changeId = createHash('sha256').update(`${file.id}:${o.messageTs}`).digest('hex').slice(0, 20);
    await feature.jobs.review({ changeId, file, uploadedBy: o.user, lang: o.lang, conversation: o.to });
  }
}

/** The Add and Discard buttons of a review. */
export function registerChangeActions(app: App, feature: ChangeFeature, logger: AppLogger): void {
  const decide = (kind: 'add' | 'discard') =>
    (async ({ ack, action, body, respond }) => {
      await ack();
      const id = String((action as { value?: string }).value ?? '');
      const user = body.user.id;
      const tell = async (text: string) => {
        await respond({ response_type: 'ephemeral', replace_original: false, text }).catch((e: unknown) => logger.warn('ephemeral reply failed', { error: String(e) }));
      };
      try {
        const p = await feature.store.get(id);
        const t = reviewPhrases(p?.lang ?? 'en');
        if (!feature.editors.includes(user)) {
          logger.info('decision refused: not an editor', { user, changeId: id });
          await tell(feature.editors.length ? t.onlyEditors(mentionList(feature.editors)) : t.noEditors);
          return;
        }
        if (kind === 'discard') {
          const r = await feature.decider.discard(id, user);
          if (r === 'already') await tell(t.already);
          else if (r === 'missing') await tell(t.expired(''));
          return;
        }
        const open = await feature.decider.open(id, user);
        if (open === 'already') await tell(t.already);
        else if (open === 'missing') await tell(t.expired(''));
        else if (typeof open !== 'string') await feature.jobs.apply({ changeId: id, user });
      } catch (e) {
        logger.error(`${kind} failed`, { user, changeId: id, error: e instanceof Error ? e.message : String(e) });
        await tell(APOLOGY);
      }
    }) as Parameters<App['action']>[1];
  app.action(ADD_ACTION, decide('add'));
  app.action(DISCARD_ACTION, decide('discard'));
}
