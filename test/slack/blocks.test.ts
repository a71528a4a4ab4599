import { describe, expect, it } from 'vitest';
import { answerMessage, linkify } from '../../lambda/adapters/slack/blocks';
import { clip, escapeMrkdwn } from '../../lambda/adapters/slack/escape';
import { SLACK_LIMITS } from '../../lambda/adapters/slack/limits';
import type { Answer } from '../../lambda/core/answer';
import { ask } from '../helpers/data';

describe('mrkdwn escaping', () => {
  it('escapes &, < and > so nothing becomes a mention or a link', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x|y&gt;');
  });

  it('clips without cutting an escape sequence or a link in half', () => {
    expect(clip('abc', 10)).toBe('abc');
    expect(clip(`${'a'.repeat(8)}&amp;`, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(clip(`${'a'.repeat(5)}<https://undocs.org/X|X>`, 12)).toBe(`${'a'.repeat(5)}…`);
  });

  it('links document symbols, English or French, after escaping', () => {
    expect(linkify('report <b> CTOC/COP/WG.6/2024/5.', ['CTOC/COP/WG.6/2024/5'], 'en')).toBe('report &lt;b&gt; <https://undocs.org/CTOC/COP/WG.6/2024/5|CTOC/COP/WG.6/2024/5>.');
    expect(linkify('rapport CTOC/COP/2024/1', ['CTOC/COP/2024/1'], 'fr')).toBe('rapport <https://undocs.org/fr/CTOC/COP/2024/1|CTOC/COP/2024/1>');
  });
});

describe('answer messages within Slack limits', () => {
  it('lead, one section per meeting, the source line, and a text fallback', () => {
    const m = answerMessage(ask('how many meetings in 2023?', '2024-07-15'));
    expect(m.blocks.map((b) => b.type)).toEqual(['section', 'section', 'section', 'section', 'section', 'section', 'context']);
    expect(JSON.stringify(m.blocks.at(-1))).toContain('Source: Reports on meetings of the subsidiary bodies');
    expect(m.text).toMatch(/^5 meetings are recorded in 2023:/);
  });

  it('summarises an answer too long for 50 blocks', () => {
    const base = ask('how many meetings in 2023?', '2024-07-15');
    const many: Answer = { ...base, items: Array.from({ length: 120 }, (_, i) => `Item ${i} ${'x'.repeat(4000)}`) };
    const m = answerMessage(many);
    expect(m.blocks.length).toBe(SLACK_LIMITS.messageBlocks);
    expect(JSON.stringify(m.blocks)).toContain('…and 73 more.');
    for (const b of m.blocks) {
      const t = (b as { text?: { text: string } }).text?.text;
      if (t) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  });
});
