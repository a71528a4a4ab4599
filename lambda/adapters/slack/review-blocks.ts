import type { PendingChange } from '../../core/changes/pending';
import type { ChangeReview, FieldChange } from '../../core/changes/review';
import type { Lang, Meeting } from '../../core/model';
import { englishPhrases } from '../../core/phrases/en';
import { frenchPhrases } from '../../core/phrases/fr';
import { type Block, type SlackMessage, context, section } from './blocks';
import { clip, documentLink, escapeMrkdwn } from './escape';
import { SLACK_LIMITS } from './limits';
import { reviewPhrases } from './review-phrases';

export const ADD_ACTION = 'ctoc_change_add';
export const DISCARD_ACTION = 'ctoc_change_discard';

/** One titled list as a section; long lists are cut to fit a section. */
function list(title: string, lines: string[]): Block[] {
  if (!lines.length) return [];
  return [section(`*${title}* (${lines.length})\n${lines.join('\n')}`)];
}

/**
 * The review of a pending change: what is new, what changes (before → after), what could
 * not be placed, and the Add / Discard buttons, in the editor's language. Everything taken
 * from the document is escaped.
 */
export function reviewMessage(p: PendingChange, r: ChangeReview, note?: 'rebased'): SlackMessage {
  const lang: Lang = p.lang;
  const t = reviewPhrases(lang);
  const ph = lang === 'fr' ? frenchPhrases(r.monthNames.fr) : englishPhrases(r.monthNames.en);
  const name = meetingName(r, lang);
  const where = (m: Meeting) => `${ph.dateRange(m.start, m.end)}, ${escapeMrkdwn(ph.place(m))} (${t.status[m.status] ?? m.status})`;
  const value = (m: Meeting, f: FieldChange['field'], side: string) => {
    if (!side) return '—';
    if (f === 'dates') return ph.dateRange(m.start, m.end);
    if (f === 'location') return escapeMrkdwn(ph.place(m));
    if (f === 'status') return t.status[side] ?? side;
    if (f === 'report' || f === 'documents') return side.split(' ').map((s) => documentLink(s, lang)).join(', ');
    return escapeMrkdwn(side);
  };
  const blocks: Block[] = [];
  if (note === 'rebased') blocks.push(section(t.rebased));
  blocks.push(section(t.title(escapeMrkdwn(p.fileName), escapeMrkdwn(r.source.id), r.source.date)));
  blocks.push(...list(t.newMeetings, r.newMeetings.map((m) => `• ${name(m)}: ${where(m)}`)));
  blocks.push(
    ...list(
      t.changedMeetings,
      r.changedMeetings.map(({ before, after, changes }) => `• ${name(after)}: ${changes.map((c) => `${t.field[c.field]} ${value(before, c.field, c.before)} → ${value(after, c.field, c.after)}`).join('; ')}`),
    ),
  );
  blocks.push(...list(t.newDocuments, r.newDocuments.map((d) => `• ${documentLink(d.symbol, lang)} (${name(d.meeting)})`)));
  const body = (id: string) => escapeMrkdwn(r.bodyNames[id]?.[lang] ?? id);
  blocks.push(...list(t.newMandates, r.newMandates.map((m) => `• ${body(m.body)}: ${t.instrument[m.instrument]} ${m.number} (${t.effect[m.effect]})`)));
  blocks.push(...list(t.newInstruments, r.newInstruments.map((i) => `• ${t.instrument[i.instrument]} ${i.number}: ${escapeMrkdwn(i.subject[lang] ?? i.subject.en ?? i.subject.fr ?? '')}`)));
  blocks.push(...list(t.unplaced, r.unplaced.map((u) => `• ${escapeMrkdwn(u)}`)));
  blocks.push(...list(t.kept, keptLines(r, lang)));
  if (r.confirmed) blocks.push(context(t.confirmed(r.confirmed)));
  blocks.push(context(t.uploadedBy(p.uploadedBy)));
  blocks.push({
    type: 'actions',
    block_id: `change:${p.id}`,
    elements: [
      { type: 'button', action_id: ADD_ACTION, style: 'primary', text: { type: 'plain_text', text: t.add }, value: p.id },
      { type: 'button', action_id: DISCARD_ACTION, text: { type: 'plain_text', text: t.discard }, value: p.id },
    ],
  });
  const text = `${t.title(p.fileName, r.source.id, r.source.date).replace(/\*/g, '')} ${t.newMeetings}: ${r.newMeetings.length}; ${t.changedMeetings}: ${r.changedMeetings.length}; ${t.newDocuments}: ${r.newDocuments.length}.`;
  return { text: clip(escapeMrkdwn(text), SLACK_LIMITS.fallbackText), blocks: blocks.slice(0, SLACK_LIMITS.messageBlocks) };
}

/** "the Working Group on Firearms, 12th meeting" (a meeting with no ordinal: its body and "meeting") */
function meetingName(r: ChangeReview, lang: Lang): (m: Meeting) => string {
  const ph = lang === 'fr' ? frenchPhrases(r.monthNames.fr) : englishPhrases(r.monthNames.en);
  const kind = (m: Meeting) => (m.kind === 'session' ? 'session' : lang === 'fr' ? 'réunion' : 'meeting');
  return (m) => `${escapeMrkdwn(r.bodyNames[m.body]?.[lang] ?? m.body)}, ${m.number ? `${ph.ordinal(m.number)} ${kind(m)}` : kind(m)}`;
}

/** Where the document disagrees with the bot and the bot keeps what it has, one line each, with why. */
export function keptLines(r: ChangeReview, lang: Lang): string[] {
  const t = reviewPhrases(lang);
  const ph = lang === 'fr' ? frenchPhrases(r.monthNames.fr) : englishPhrases(r.monthNames.en);
  const name = meetingName(r, lang);
  const dates = (v: string) => {
    const [a = '', b = a] = v.split('/');
    return /^\d{4}-\d{2}-\d{2}$/.test(a) ? ph.dateRange(a, b) : escapeMrkdwn(v);
  };
  return r.kept.map((k) => {
    const show = (v: string) => (k.field === 'dates' ? dates(v) : k.field === 'report' ? documentLink(v, lang) : escapeMrkdwn(v));
    return `• ${name(k.recordedMeeting)}: ${t.field[k.field] ?? k.field} ${t.keptLine(show(k.recorded), escapeMrkdwn(k.recordedIn.join(', ')), show(k.stated))} — ${t.keptWhy[k.reason]}`;
  });
}

/** The review once decided: the outcome, and no buttons. */
export function outcomeMessage(p: PendingChange, outcome: 'applied' | 'discarded' | 'expired', by?: string, at?: string): SlackMessage {
  const t = reviewPhrases(p.lang);
  const line = outcome === 'applied' ? t.added(by ?? '', at ?? '') : outcome === 'discarded' ? t.discarded(by ?? '') : t.expired(escapeMrkdwn(p.fileName));
  const head = t.title(escapeMrkdwn(p.fileName), escapeMrkdwn(p.document.source.id), p.document.source.date).split(' — ')[0] ?? '';
  return { text: clip(line.replace(/<@(\w+)>/g, '@$1'), SLACK_LIMITS.fallbackText), blocks: [section(head), section(line)] };
}
