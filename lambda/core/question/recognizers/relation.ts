import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { maskSpans, normPhrase } from '../normalize';

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
  // "the tip group's 13th meeting": the number said with an anchor
  const ordinalWords = new Map<string, number>();
  for (const lang of ['en', 'fr'] as const) for (const [w, n] of Object.entries(v.ordinals[lang])) ordinalWords.set(normPhrase(w), n);
  const ordinalAt = (w: string) => (/^\d{1,2}(?:st|nd|rd|th|e|er|re|ere|eme|è)$/.test(w) ? Number.parseInt(w, 10) : ordinalWords.get(w));
  // "the week before", "2 days after", "dans le mois qui suit": a window beside the anchor
  const units = new Map<string, 'day' | 'week' | 'month' | 'year'>();
  for (const lang of ['en', 'fr'] as const) for (const [w, u] of Object.entries(v.rolling[lang].units)) units.set(normPhrase(w), u as 'day' | 'week' | 'month' | 'year');
  const counts = new Map<string, number>();
  for (const lang of ['en', 'fr'] as const) for (const [w, n] of Object.entries(v.numbers[lang])) if (!w.includes(' ')) counts.set(normPhrase(w), n);
  return {
    name: 'relation',
    recognize(ctx, q) {
      if (ctx.bodyAt.size === 0) return;
      if (windowRelation(ctx, q)) return;
      // "did X meet before or after Y": a comparison of both, not a relation to one
      if (EITHER_WAY.test(ctx.folded)) return;
      const ws = ctx.norms;
      // "between WG.6-10 and WG.3-14", "entre la réunion armes à feu d'avril et la CdP": two anchors
      const bodyStarting = (k: number) => {
        for (const [body, at] of ctx.bodyAt) if (at === k) return body;
        return undefined;
      };
      // where bodies are named, built only when a relation word asks (most questions have none)
      let startSet: Set<number> | undefined;
      const starts = {
        has: (k: number) => {
          startSet ??= new Set(ctx.bodyAt.values());
          return startSet.has(k);
        },
      };
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
          // each anchor's number: said with its id ("WG.6-10"), or among its words ("la 10e réunion sur les armes")
          const oa = ctx.bodyOrdinal.get(a) ?? ordinalBetween(ws, i + 1, skipTo(i + 1));
          const ob = ctx.bodyOrdinal.get(b) ?? ordinalBetween(ws, k + 1, skipTo(k + 1));
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
        while (j < ws.length && skipped(ws[j] as string) && !starts.has(j)) j++;
        for (const [body, at] of ctx.bodyAt) {
          if (at !== j) continue;
          const ordinal = ctx.bodyOrdinal.get(body) ?? ordinalBetween(ws, i, at + 1);
          // the subject's own number, said before the relation word ("was the 11th firearms meeting before …")
          const subject = q.bodies.find((b) => b !== body);
          let subjectOrdinal = subject !== undefined ? ctx.bodyOrdinal.get(subject) : undefined;
          for (let k = 0; k < i && subjectOrdinal === undefined; k++) subjectOrdinal = ordinalAt(ws[k] as string);
          // "after A but before B", "après A et avant B": between the two
          const other = secondRelation(ws, at + 1, d === 'after' ? 'before' : d === 'before' ? 'after' : null, body);
          if (other) {
            const [a, b] = d === 'after' ? [{ body, ordinal }, other] : [other, { body, ordinal }];
            q.relation = { direction: 'between', body: a.body, ...(a.ordinal !== undefined ? { ordinal: a.ordinal } : {}), to: { body: b.body, ...(b.ordinal !== undefined ? { ordinal: b.ordinal } : {}) } };
            q.bodies = q.bodies.filter((x) => x !== body && x !== other.body);
            return;
          }
          q.relation = { direction: d, body, ...(ordinal !== undefined ? { ordinal } : {}), ...(subjectOrdinal !== undefined ? { subjectOrdinal } : {}) };
          q.bodies = q.bodies.filter((b) => b !== body);
          return;
        }
      }

      /** the other side of a range said with two relation words, from word k on */
      function secondRelation(words: string[], k: number, want: Dir | null, not: string): { body: string; ordinal?: number } | null {
        if (!want) return null;
        for (let i = k; i < words.length; i++) {
          const hit = byFirst.get(words[i] as string)?.find((c) => c.d === want && c.words.every((w, x) => words[i + x] === w));
          if (!hit) continue;
          let j = i + hit.words.length;
          while (j < words.length && skipped(words[j] as string) && !starts.has(j)) j++;
          for (const [body, at] of ctx.bodyAt) {
            if (at !== j || body === not) continue;
            const ordinal = ordinalBetween(words, i, at + 1);
            return ordinal !== undefined ? { body, ordinal } : { body };
          }
        }
        return null;
      }
    },
  };

  /**
   * "the week before the 13th TIP meeting", "2 days after COP12", "le mois qui suit la
   * 14e réunion": a count and a unit, then a relation word, then the anchor. Read on every
   * word of the question (a date reader may have taken "the week before" for a date, which
   * is then dropped).
   */
  function windowRelation(ctx: Parameters<Recognizer['recognize']>[0], q: Parameters<Recognizer['recognize']>[1]): boolean {
    const all = ctx.allTokens;
    for (let i = 0; i < all.length; i++) {
      const unit = units.get(all[i]?.norm ?? '');
      if (!unit) continue;
      const j = i + 1;
      const hit = byFirst.get(all[j]?.norm ?? '')?.find((c) => (c.d === 'after' || c.d === 'before') && c.words.every((w, k) => all[j + k]?.norm === w));
      if (!hit) continue;
      const prev = all[i - 1]?.norm ?? '';
      const count = /^\d{1,3}$/.test(prev) ? Number(prev) : (counts.get(prev) ?? 1);
      const after = all[j + hit.words.length];
      if (!after) continue;
      // the anchor: the first body named after the relation word
      let anchor: string | undefined;
      let anchorAt = Number.POSITIVE_INFINITY;
      for (const [body, at] of ctx.bodyAt) {
        const t = ctx.tokens[at];
        if (t && t.index >= after.index && t.index < anchorAt) {
          anchor = body;
          anchorAt = t.index;
        }
      }
      if (!anchor) continue;
      const from = ctx.tokens.findIndex((t) => t.index >= after.index);
      const ordinal = from >= 0 ? ordinalBetween(ctx.norms, from, ctx.bodyAt.get(anchor) ?? from) : undefined;
      q.relation = { direction: hit.d, body: anchor, window: { count, unit }, ...(ordinal !== undefined ? { ordinal } : {}) };
      q.bodies = q.bodies.filter((b) => b !== anchor);
      // a period read from these words ("the week before", "within a month") is the window, not a date
      const start = all[Math.max(0, i - 3)]?.index ?? 0;
      const end = after.index;
      if (ctx.found?.spans.every(([a, b]) => a >= start && b <= end)) {
        q.period = null;
        q.periods = [];
      } else if (ctx.found?.spans.some(([a, b]) => a < end && b > start)) {
        // "the week before the TIP meeting in 2024": the window's words out, the rest read again
        const read = maskSpans(ctx.text, ctx.extracted.spans);
        const rest = `${read.slice(0, start)}${' '.repeat(end - start)}${read.slice(end)}`;
        const again = ctx.periodsOf(rest);
        q.period = again.period;
        q.periods = again.periods;
      }
      return true;
    }
    return false;
  }

  /** an ordinal among the words from..to, or just after (the anchor's number: "before the 13th TIP meeting") */
  function ordinalBetween(words: string[], from: number, to: number): number | undefined {
    for (let k = from; k < Math.min(to + 3, words.length); k++) {
      const n = ordinalAt(words[k] as string);
      if (n !== undefined) return n;
    }
    return undefined;
  }
}
