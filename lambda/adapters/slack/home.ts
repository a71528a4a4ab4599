import type { Dataset, Meeting } from '../../core/model';
import type { Phrases } from '../../core/phrases/phrases';
import { type QuickReference, phrasesFor } from '../../core/reference';
import { type Block, context, section, sourceLine } from './blocks';
import { clip, documentLink, escapeMrkdwn } from './escape';
import { SLACK_LIMITS } from './limits';

const header = (text: string): Block => ({ type: 'header', text: { type: 'plain_text', text: clip(text, SLACK_LIMITS.headerText) } });
const divider: Block = { type: 'divider' };

function meetingLine(m: Meeting, data: Dataset, p: Phrases): string {
  const body = data.bodies.find((b) => b.id === m.body);
  const docs = [...(m.report ? [m.report] : []), ...(m.documents ?? []).map((d) => d.symbol)].map((s) => documentLink(s, 'en'));
  const status = m.status === 'scheduled' ? ' _(scheduled)_' : '';
  return `*${escapeMrkdwn(body?.names.en ?? m.body)}* — ${p.nth(m.number)}${m.kind}, ${p.dateRange(m.start, m.end)}, ${m.location ? escapeMrkdwn(m.location.en) : 'no place stated'}${status}${docs.length ? ` · ${docs.join(' · ')}` : ''}`;
}

/** One section per body: names in both languages, mandate, last and next meeting, latest report. */
export function bodyBlocks(ref: QuickReference, data: Dataset): Block[] {
  const p = phrasesFor('en', data);
  return ref.bodies.map(({ body, last, next, latestReport }) => {
    const mandates = body.mandates.map((m) => `${m.instrument} ${m.number} (${m.effect.replace(/-/g, ' ')})`).join('; ') || 'none recorded in the source';
    const lines = [
      `*${escapeMrkdwn(body.names.en)}* (${body.id})`,
      `_${escapeMrkdwn(body.names.fr)}_`,
      `Mandate: ${escapeMrkdwn(mandates)}`,
      `Last: ${last ? `${p.nth(last.number)}${last.kind}, ${p.dateRange(last.start, last.end)}` : '—'} · Next: ${next ? `${p.nth(next.number)}${next.kind}, ${p.dateRange(next.start, next.end)}` : 'none recorded'}`,
      `Latest report: ${latestReport ? documentLink(latestReport.symbol, 'en') : '—'}`,
    ];
    return section(lines.join('\n'));
  });
}

/** The App Home tab: upcoming meetings, recent ones with their reports, the bodies, how to ask. */
export function homeView(ref: QuickReference, data: Dataset): { type: 'home'; blocks: Block[] } {
  const p = phrasesFor('en', data);
  const blocks: Block[] = [header('UNTOC meetings and reports'), context(`As of ${p.day(ref.now)} · ${escapeMrkdwn(sourceLine(data.sources, 'en'))}`)];
  blocks.push(header('Upcoming'));
  if (ref.upcoming.length === 0) blocks.push(section(`No upcoming meeting is recorded after ${p.day(ref.now)}.`));
  for (const m of ref.upcoming.slice(0, 20)) blocks.push(section(meetingLine(m, data, p)));
  blocks.push(divider, header('Most recent'));
  for (const m of ref.recent) blocks.push(section(meetingLine(m, data, p)));
  blocks.push(divider, header('Bodies at a glance'), ...bodyBlocks(ref, data));
  blocks.push(
    divider,
    header('How to ask'),
    section(
      [
        'Mention me in a channel, send me a direct message, or use `/ctoc`, in English or French:',
        ...data.vocabulary.help.examples.en.slice(0, 4).map((e) => `• ${escapeMrkdwn(e)}`),
        ...data.vocabulary.help.examples.fr.slice(0, 2).map((e) => `• ${escapeMrkdwn(e)}`),
        '`/ctoc help` · `/ctoc groups` · `/ctoc next`',
      ].join('\n'),
    ),
  );
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.homeBlocks) };
}
