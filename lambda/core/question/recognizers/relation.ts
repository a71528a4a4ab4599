import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { normPhrase } from '../normalize';

/**
 * Relative to another meeting: "what's after the COP", "the meeting just before the
 * Conference's session", "since the COP", "avant la Conférence". The body named after
 * the relation word is the anchor, not the subject of the question.
 */
const EITHER_WAY = / (?:before or after|after or before|avant ou apres|apres ou avant) /;

export function createRelationRecognizer(data: Dataset): Recognizer {
  type Dir = 'after' | 'before' | 'since' | 'same-week';
  const dir = new Map<string, Dir>();
  for (const lang of ['en', 'fr'] as const) {
    for (const w of data.vocabulary.relations[lang].after) dir.set(normPhrase(w), 'after');
    for (const w of data.vocabulary.relations[lang].before) dir.set(normPhrase(w), 'before');
    for (const w of data.vocabulary.relations[lang].sameWeek) dir.set(normPhrase(w), 'same-week');
  }
  dir.set('since', 'since');
  dir.set('depuis', 'since');
  // the phrases as words under their first word, longest first ("in the same week as")
  const byFirst = new Map<string, Array<{ words: string[]; d: Dir }>>();
  for (const [k, d] of dir) {
    const words = k.split(' ');
    byFirst.set(words[0] as string, [...(byFirst.get(words[0] as string) ?? []), { words, d }].sort((a, b) => b.words.length - a.words.length));
  }
  // words between the relation and the body: "after the firearms group", "après la réunion armes à feu"
  const v = data.vocabulary;
  const skip = new Set(
    [...v.articles.en, ...v.articles.fr, ...v.nameWords.links, ...v.meetingWords.en, ...v.meetingWords.fr, ...v.bodyCues.weak, 'just', 'right', 'juste', 'immediately', 'directly', 'directement', 'immédiatement', 'immediatement', 'tout'].map(
      (w) => normPhrase(w),
    ),
  );
  // the anchor may be numbered: "before the 11th firearms meeting", "après la 14e réunion du GT traite"
  for (const lang of ['en', 'fr'] as const) for (const w of Object.keys(v.ordinals[lang])) skip.add(normPhrase(w));
  const numbered = /^\d{1,2}(?:st|nd|rd|th|e|er|re|ere|eme|ème|è)?$/;
  const skipped = (w: string) => skip.has(w) || numbered.test(w);
  return {
    name: 'relation',
    recognize(ctx, q) {
      if (ctx.bodyAt.size === 0) return;
      // "did X meet before or after Y": a comparison of both, not a relation to one
      if (EITHER_WAY.test(ctx.folded)) return;
      const ws = ctx.norms;
      // "between WG.6-10 and WG.3-14", "entre la réunion armes à feu d'avril et la CdP": two anchors
      const bodyStarting = (k: number) => {
        for (const [body, at] of ctx.bodyAt) if (at === k) return body;
        return undefined;
      };
      const starts = new Set(ctx.bodyAt.values());
      const skipTo = (k: number) => {
        let m = k;
        while (m < ws.length && skipped(ws[m] as string) && !starts.has(m)) m++;
        return m;
      };
      for (let i = 0; i < ws.length && ctx.bodyAt.size >= 2; i++) {
        if (ws[i] !== 'between' && ws[i] !== 'entre') continue;
        const a = bodyStarting(skipTo(i + 1));
        if (a === undefined) continue;
        for (let k = skipTo(i + 1) + 1; k < ws.length; k++) {
          if (ws[k] !== 'and' && ws[k] !== 'et') continue;
          const b = bodyStarting(skipTo(k + 1));
          if (b === undefined || b === a) break;
          const ordinalOf = (x: string) => ctx.bodyOrdinal.get(x);
          const oa = ordinalOf(a);
          const ob = ordinalOf(b);
          q.relation = { direction: 'between', body: a, ...(oa !== undefined ? { ordinal: oa } : {}), to: { body: b, ...(ob !== undefined ? { ordinal: ob } : {}) } };
          q.bodies = q.bodies.filter((x) => x !== a && x !== b);
          return;
        }
      }
      for (let i = 0; i < ws.length; i++) {
        // cheap check: most words begin no relation
        const hit = byFirst.get(ws[i] as string)?.find((c) => c.words.every((w, k) => ws[i + k] === w));
        if (!hit) continue;
        const d = hit.d;
        let j = i + hit.words.length;
        // a body's name may begin with a word skipped otherwise ("after the WG 2 meeting")
        const starts = new Set(ctx.bodyAt.values());
        while (j < ws.length && skipped(ws[j] as string) && !starts.has(j)) j++;
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
