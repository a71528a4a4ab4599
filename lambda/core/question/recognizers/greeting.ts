import type { Dataset, Lang } from '../../model';
import type { Recognizer } from '../context';
import { normPhrase } from '../normalize';

/**
 * "merci !", "salut", "thanks a lot", "hi bot": a message that is only greetings, thanks
 * and filler words is answered politely in its language. Anything else in it (a
 * question) makes it a question.
 */
export function createGreetingRecognizer(data: Dataset): Recognizer {
  const g = data.vocabulary.greetings;
  const table: Array<{ phrase: string[]; kind: 'hello' | 'thanks' | null; lang: Lang | null }> = [];
  for (const lang of ['en', 'fr'] as const) {
    for (const p of g.hello[lang]) table.push({ phrase: normPhrase(p).split(' '), kind: 'hello', lang });
    for (const p of g.thanks[lang]) table.push({ phrase: normPhrase(p).split(' '), kind: 'thanks', lang });
    for (const p of g.filler[lang]) table.push({ phrase: normPhrase(p).split(' '), kind: null, lang: null });
  }
  table.sort((a, b) => b.phrase.length - a.phrase.length);
  // the phrases under their first word, longest first
  const byFirst = new Map<string, typeof table>();
  for (const t of table) byFirst.set(t.phrase[0] as string, [...(byFirst.get(t.phrase[0] as string) ?? []), t]);
  return {
    name: 'greeting',
    recognize(ctx, q) {
      // a greeting is short; most questions start with a word no greeting starts with
      const typed = ctx.typedTokens;
      const first = typed[0];
      if (!first || typed.length > 8 || !byFirst.has(first.norm)) return;
      const ws = typed.map((t) => t.norm);
      let kind: 'hello' | 'thanks' | null = null;
      const langs = { en: 0, fr: 0 };
      for (let i = 0; i < ws.length; ) {
        const hit = byFirst.get(ws[i] as string)?.find((t) => t.phrase.every((w, k) => ws[i + k] === w));
        if (!hit) return;
        if (hit.kind === 'thanks' || (hit.kind === 'hello' && !kind)) kind = hit.kind;
        if (hit.lang) langs[hit.lang]++;
        i += hit.phrase.length;
      }
      if (!kind) return;
      q.greeting = kind;
      // "happy new year": a wish, not a date
      q.period = null;
      q.periods = [];
      if (langs.fr !== langs.en) q.lang = langs.fr > langs.en ? 'fr' : 'en';
    },
  };
}
