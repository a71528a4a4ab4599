import { type Token, accentInsensitive, tokenize } from './normalize';

type Side = 'past' | 'future';
/** The side of today said, and where. */
export interface TenseFound {
  side: Side;
  start: number;
  end: number;
}

/**
 * A side of today said with no unit: "already held", "met", "ont déjà eu lieu" (before
 * today); "still to come", "yet to happen", "à venir", "reste" (today on). The longest
 * phrase found decides ("not yet held" is ahead, "held yet" behind). Kept apart from
 * chrono: a tense alone is no date, and chrono never runs for one. Most questions hold
 * none, so a phrase is looked for only when every one of its words is in the question.
 */
export function createTenseFinder(phrases: { past: string[]; future: string[] }) {
  const entries = [...phrases.past.map((p) => ({ p, side: 'past' as Side })), ...phrases.future.map((p) => ({ p, side: 'future' as Side }))].map((e) => {
    const words = [...new Set(tokenize(e.p).map((t) => t.norm))];
    // compiled when first needed: a cold start does not pay for phrases no question used yet
    let pattern: RegExp | undefined;
    const exec = (text: string) => {
      pattern ??= new RegExp(`(?<![\\p{L}\\p{N}])${accentInsensitive(e.p)}(?![\\p{L}\\p{N}])`, 'iu');
      return pattern.exec(text);
    };
    return { ...e, words, exec };
  });
  /** phrases under their longest word (the rarest, checked first) */
  const byHead = new Map<string, typeof entries>();
  for (const e of entries) {
    const head = [...e.words].sort((a, b) => b.length - a.length)[0] ?? '';
    byHead.set(head, [...(byHead.get(head) ?? []), e]);
  }
  return function tenseOf(text: string, tokens?: Token[]): TenseFound | null {
    const toks = tokens ?? tokenize(text);
    // most questions hold no head word: one pass of lookups, nothing allocated
    let first = -1;
    for (let i = 0; i < toks.length && first < 0; i++) if (byHead.has((toks[i] as Token).norm)) first = i;
    if (first < 0) return null;
    let best: TenseFound | null = null;
    // (a phrase has one to four words and a question a dozen: a scan is cheaper than a set)
    const has = (w: string) => {
      for (const t of toks) if (t.norm === w) return true;
      return false;
    };
    for (let i = first; i < toks.length; i++) {
      const options = byHead.get((toks[i] as Token).norm);
      if (options === undefined) continue;
      for (const e of options) {
        if (!e.words.every(has)) continue;
        const m = e.exec(text);
        if (m && (!best || m[0].length > best.end - best.start)) best = { side: e.side, start: m.index, end: m.index + m[0].length };
      }
    }
    return best;
  };
}
