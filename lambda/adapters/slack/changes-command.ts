import { section } from './blocks';
import { escapeMrkdwn } from './escape';
import type { SubCommand } from './listeners';
import { reviewPhrases } from './review-phrases';

/** `/ctoc changes` (`modifications`): the latest documents added from Slack, who approved them and when. */
export const changesCommand: SubCommand = {
  words: ['changes', 'modifications', 'changements'],
  run: async ({ deps, command }) => {
    const t = reviewPhrases(/^(modifications|changements)\b/i.test(command.text.trim()) ? 'fr' : 'en');
    const entries = deps.changes ? await deps.changes.store.latest(10) : [];
    if (!entries.length) return { text: t.noChanges, blocks: [section(t.noChanges)] };
    const lines = entries.map((e) => t.change(e.approvedAt.slice(0, 16).replace('T', ' '), escapeMrkdwn(e.fileName), escapeMrkdwn(e.document), e.approvedBy, e.summary));
    return { text: `${t.changesTitle.replace(/\*/g, '')}: ${lines.length}`, blocks: [section(`${t.changesTitle}\n${lines.join('\n')}`)] };
  },
};
