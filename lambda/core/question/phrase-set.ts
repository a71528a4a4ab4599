import { normPhrase } from './normalize';

/**
 * Phrases of one kind in both languages. One-word phrases are set lookups on the
 * question's words; longer ones substring lookups, folded; accented ones are also matched as
 * typed (an accented single word only so).
 */
/**
 * Whether a phrase is also looked for folded (without accents), as people type on a
 * phone: always for plain phrases and phrases of several words ("a cree"); an accented
 * single word only when its folded form is long enough not to be another word ("cree",
 * but not "ou" for "où" or "a" for "à").
 */
function alsoFolded(p: string): boolean {
  return !/[^\x00-\x7F]/.test(p) || /\s/.test(p.trim()) || normPhrase(p).length >= 4;
}

/** The longest folded word of a phrase: a question holding the phrase holds this word. */
function keyWord(p: string): string {
  return normPhrase(p)
    .split(' ')
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

export class PhraseSet {
  /**
   * per word of the question: whether it is a phrase, the longer phrases keyed on it
   * (folded) and the accented ones as typed — keyed on their longest word, as every word
   * of a phrase found is a word of the question; one lookup a word
   */
  private readonly byWord = new Map<string, { word: boolean; multi: string[]; typed: string[] }>();
  private hasTyped = false;
  constructor(phrases: string[]) {
    const entry = (w: string) => {
      const e = this.byWord.get(w) ?? { word: false, multi: [], typed: [] };
      this.byWord.set(w, e);
      return e;
    };
    for (const p of phrases) {
      if (/[^\x00-\x7F]/.test(p)) {
        entry(keyWord(p)).typed.push(` ${p.toLowerCase()} `);
        this.hasTyped = true;
      }
      if (alsoFolded(p)) {
        const n = normPhrase(p);
        if (n.includes(' ')) entry(keyWord(n)).multi.push(` ${n} `);
        else if (n) entry(n).word = true;
      }
    }
  }
  test(words: Set<string>, folded: string, lower: () => string): boolean {
    let typed = false;
    for (const w of words) {
      const e = this.byWord.get(w);
      if (!e) continue;
      if (e.word || e.multi.some((p) => folded.includes(p))) return true;
      if (e.typed.length) typed = true;
    }
    if (!typed || lower() === ' ') return false;
    for (const w of words) if (this.byWord.get(w)?.typed.some((p) => lower().includes(p))) return true;
    return false;
  }
}

/**
 * Phrases of several kinds at once: one pass over the question's words tells every kind
 * it holds (cheaper than one PhraseSet per kind when most kinds are asked about).
 */
export class PhraseIndex<K extends string> {
  /** per word: the kinds it is a phrase of, the longer phrases keyed on it (folded, then as typed) */
  private readonly byWord = new Map<string, { kinds: K[]; multi: Array<[K, string]>; typed: Array<[K, string]> }>();
  constructor(kinds: Record<K, string[]>) {
    const entry = (w: string) => {
      const e = this.byWord.get(w) ?? { kinds: [], multi: [], typed: [] };
      this.byWord.set(w, e);
      return e;
    };
    for (const k of Object.keys(kinds) as K[]) {
      for (const p of kinds[k]) {
        if (/[^\x00-\x7F]/.test(p)) {
          entry(keyWord(p)).typed.push([k, ` ${p.toLowerCase()} `]);
        }
        if (alsoFolded(p)) {
          const n = normPhrase(p);
          if (n.includes(' ')) entry(keyWord(n)).multi.push([k, ` ${n} `]);
          else if (n) entry(n).kinds.push(k);
        }
      }
    }
  }
  /** Every kind whose phrases the question holds. */
  match(words: Set<string>, folded: string, lower: () => string): Set<K> {
    const out = new Set<K>();
    for (const w of words) {
      const e = this.byWord.get(w);
      if (!e) continue;
      for (const k of e.kinds) out.add(k);
      for (const [k, p] of e.multi) if (!out.has(k) && folded.includes(p)) out.add(k);
      // the lower-case text is built only for a word that has accented phrases
      if (e.typed.length && lower() !== ' ') for (const [k, p] of e.typed) if (!out.has(k) && lower().includes(p)) out.add(k);
    }
    return out;
  }
}
