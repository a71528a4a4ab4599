import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { normPhrase } from '../normalize';

/**
 * Relative to another meeting: "what's after the COP", "the meeting just before the
 * Conference's session", "since the COP", "avant la Conférence". The body named after
 * the relation word is the anchor, not the subject of the question.
 */
export function createRelationRecognizer(data: Dataset): Recognizer {
  const dir = new Map<string, 'after' | 'before' | 'since'>();
  for (const lang of ['en', 'fr'] as const) {
    for (const w of data.vocabulary.relations[lang].after) dir.set(normPhrase(w), 'after');
    for (const w of data.vocabulary.relations[lang].before) dir.set(normPhrase(w), 'before');
  }
  dir.set('since', 'since');
  dir.set('depuis', 'since');
  // words between the relation and the body: "after the firearms group", "après la réunion armes à feu"
  const v = data.vocabulary;
  const skip = new Set(
    [...v.articles.en, ...v.articles.fr, ...v.nameWords.links, ...v.meetingWords.en, ...v.meetingWords.fr, ...v.bodyCues.weak, 'just', 'right', 'juste', 'immediately', 'directly'].map(
      (w) => normPhrase(w),
    ),
  );
  // the anchor may be numbered: "before the 11th firearms meeting", "après la 14e réunion du GT traite"
  for (const lang of ['en', 'fr'] as const) for (const w of Object.keys(v.ordinals[lang])) skip.add(normPhrase(w));
  const numbered = /^\d{1,2}(?:st|nd|rd|th|e|er|re|ere|eme|ème|è)?$/;
  const firstWords = new Set([...dir.keys()].map((k) => k.split(' ')[0] as string));
  const skipped = (w: string) => skip.has(w) || numbered.test(w);
  return {
    name: 'relation',
    recognize(ctx, q) {
      if (ctx.bodyAt.size === 0) return;
      const ws = ctx.norms;
      for (let i = 0; i < ws.length; i++) {
        // cheap check: most words begin no relation
        if (!firstWords.has(ws[i] as string)) continue;
        const two = `${ws[i]} ${ws[i + 1] ?? ''}`;
        const d = dir.get(two) ?? dir.get(ws[i] as string);
        if (!d) continue;
        let j = i + (dir.has(two) ? 2 : 1);
        while (j < ws.length && skipped(ws[j] as string)) j++;
        for (const [body, at] of ctx.bodyAt) {
          if (at !== j) continue;
          q.relation = { direction: d, body };
          q.bodies = q.bodies.filter((b) => b !== body);
          return;
        }
      }
    },
  };
}
