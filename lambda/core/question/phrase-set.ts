import { normPhrase } from './normalize';

/**
 * Phrases of one kind in both languages. One-word phrases are set lookups on the
 * question's words; longer ones substring lookups; accented ones are matched as typed.
 */
export class PhraseSet {
  private readonly words = new Set<string>();
  /** multi-word phrases under their first word, so only plausible ones are searched */
  private readonly byFirst = new Map<string, string[]>();
  private readonly accented: string[] = [];
  constructor(phrases: string[]) {
    for (const p of phrases) {
      if (/[^\x00-\x7F]/.test(p)) this.accented.push(` ${p.toLowerCase()} `);
      else {
        const n = normPhrase(p);
        const first = n.split(' ')[0] ?? '';
        if (n.includes(' ')) this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), ` ${n} `]);
        else if (n) this.words.add(n);
      }
    }
  }
  test(words: Set<string>, folded: string, lower: () => string): boolean {
    for (const w of words) {
      if (this.words.has(w)) return true;
      const multi = this.byFirst.get(w);
      if (multi?.some((p) => folded.includes(p))) return true;
    }
    return this.accented.length > 0 && this.accented.some((p) => lower().includes(p));
  }
}
