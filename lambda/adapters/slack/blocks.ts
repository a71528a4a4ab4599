import type { Answer } from '../../core/answer';
import type { Lang, Source } from '../../core/model';
import { clip, documentLink, escapeMrkdwn } from './escape';
import { SLACK_LIMITS } from './limits';

/** A Block Kit block (Slack's own types are a union too strict for builders). */
export type Block = { type: string } & Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

const MORE: Record<Lang, (n: number) => string> = {
  en: (n) => `…and ${n} more. Ask about one body or a shorter period to see them.`,
  fr: (n) => `…et ${n} de plus. Précisez un organe ou une période plus courte pour les voir.`,
};

/** mrkdwn for one sentence of an answer: escaped, with its document symbols as links. */
export function linkify(text: string, symbols: string[], lang: Lang): string {
  let out = escapeMrkdwn(text);
  for (const s of [...symbols].sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(`\u0000${s}\u0001`);
  }
  return out.replace(/\u0000([^\u0001]*)\u0001/g, (_m, s: string) => documentLink(s, lang));
}

export function sourceLine(sources: Source[], lang: Lang): string {
  const s = sources[0];
  if (!s) return '';
  const title = s.title[lang] ?? s.title.en ?? s.title.fr ?? s.id;
  const date = s.date ? `, ${s.date}` : '';
  return lang === 'fr' ? `Source : ${title}${date}` : `Source: ${title}${date}`;
}

export const section = (mrkdwn: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: clip(mrkdwn, SLACK_LIMITS.sectionText) } });
export const context = (mrkdwn: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(mrkdwn, SLACK_LIMITS.sectionText) }] });

/**
 * An answer as a Slack message: the lead line, one section per item, a context line
 * with the source. Long answers are summarised to fit Slack's 50 blocks; the plain
 * `text` fallback is always set and escaped.
 */
export function answerMessage(a: Answer, extra: Block[] = [], maxBlocks: number = SLACK_LIMITS.messageBlocks): SlackMessage {
  const blocks: Block[] = [section(linkify(a.lead, a.reports, a.lang))];
  const room = maxBlocks - 1 - extra.length - 1; // lead, extras, source line
  const shown = a.items.length <= room ? a.items : a.items.slice(0, room - 1);
  for (const item of shown) blocks.push(section(linkify(item, a.reports, a.lang)));
  if (shown.length < a.items.length) blocks.push(context(escapeMrkdwn(MORE[a.lang](a.items.length - shown.length))));
  blocks.push(...extra);
  blocks.push(context(escapeMrkdwn(sourceLine(a.sources, a.lang))));
  return { text: clip(escapeMrkdwn(a.text), SLACK_LIMITS.fallbackText), blocks };
}
