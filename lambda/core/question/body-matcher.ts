import type { Body } from '../model';
import type { DerivedName } from './body-names';
import { allowedEdits, boundedDistance } from './fuzzy';
import { type Token, tokenize } from './normalize';

interface Alias {
  bodies: string[];
  words: string[];
  /** short all-capitals aliases (TA, FA) match only as typed, so "at" stays a word */
  caseSensitive: string[] | null;
}

export interface BodyMatch {
  bodies: string[];
  /** token indexes consumed by body names */
  used: Set<number>;
  /** where each body was named (first token), for relations such as "after the COP" */
  at: Map<string, number>;
  /** short forms that name several bodies ("traf": trafficking or trafic): ask which */
  ambiguous: Array<{ text: string; bodies: string[] }>;
}

/**
 * Finds bodies by their names, aliases and the short forms derived from them (English
 * and French), tolerating a typo or two in the longer words ("firarms", "trafficing"),
 * and reading prefixes and abbreviations of their keywords ("intl", "coop", "tech").
 */
export class BodyMatcher {
  private readonly byFirst = new Map<string, Alias[]>();
  private readonly fuzzyTargets: string[];
  private readonly known: Set<string>;
  private readonly keywords: Map<string, Set<string>>;
  /** keywords under their first three letters: an abbreviation shares them */
  private readonly byHead = new Map<string, Array<[string, Set<string>]>>();
  /** words already corrected (the correction depends on the word only) */
  private readonly corrected = new Map<string, string>();

  /** words after which a short form in lower case is still a body ("ta group", "fa wg") */
  private readonly cues: Set<string>;
  /** words after which it is one when an article or an ordinal is before it ("the ta meeting", "the 15th fa mtg"; "ta meetings" alone stays a word) */
  private readonly afterArticle: Set<string>;
  private readonly articles: Set<string>;
  constructor(
    bodies: Body[],
    generic: Iterable<string>,
    known: Iterable<string>,
    derived: { names: DerivedName[]; keywords: Map<string, Set<string>> },
    cues: Iterable<string> = [],
    afterArticle: { words: Iterable<string>; articles: Iterable<string> } = { words: [], articles: [] },
  ) {
    this.cues = new Set(cues);
    this.afterArticle = new Set(afterArticle.words);
    this.articles = new Set(afterArticle.articles);
    const genericSet = new Set(generic);
    const targets = new Set<string>();
    const addAlias = (alias: Alias) => {
      const first = alias.words[0] as string;
      const list = this.byFirst.get(first) ?? [];
      const same = list.find((a) => a.words.join(' ') === alias.words.join(' ') && Boolean(a.caseSensitive) === Boolean(alias.caseSensitive));
      if (same) for (const b of alias.bodies) if (!same.bodies.includes(b)) same.bodies.push(b);
      if (!same) list.push(alias);
      this.byFirst.set(first, list);
    };
    for (const b of bodies) {
      const official = new Set([b.names.en, b.names.fr]);
      for (const name of [b.id, ...official, ...b.aliases.en, ...b.aliases.fr]) {
        const toks = tokenize(name);
        if (toks.length === 0) continue;
        const caps = /^[A-Z][A-Za-z]{1,3}$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
        const alias: Alias = { bodies: [b.id], words: toks.map((t) => t.norm), caseSensitive: caps ? toks.map((t) => t.raw) : null };
        addAlias(alias);
        // typos are forgiven in the aliases people type, not in the long official names
        if (!official.has(name)) for (const w of alias.words) if (w.length >= 5 && !genericSet.has(w)) targets.add(w);
      }
    }
    for (const d of derived.names) addAlias({ bodies: [...d.bodies], words: d.words, caseSensitive: d.caseSensitive ? d.words.map((w) => w.toUpperCase()) : null });
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.fuzzyTargets = [...targets];
    this.known = new Set([...known, ...targets, ...derived.keywords.keys()]);
    this.keywords = derived.keywords;
    for (const [k, ids] of derived.keywords) this.byHead.set(k.slice(0, 3), [...(this.byHead.get(k.slice(0, 3)) ?? []), [k, ids]]);
  }

  /** Replaces a misspelt word by the body keyword it is closest to, when one is close enough. */
  private correct(word: string): string {
    if (this.known.has(word)) return word;
    const max = allowedEdits(word.length);
    if (max === 0) return word;
    let best = this.corrected.get(word);
    if (best !== undefined) return best;
    best = this.closest(word, max);
    // a bounded memo: comparing a word with every keyword is the matcher's main cost
    if (this.corrected.size > 5000) this.corrected.clear();
    this.corrected.set(word, best);
    return best;
  }

  private closest(word: string, max: number): string {
    let best = word;
    let bestD = max + 1;
    for (const t of this.fuzzyTargets) {
      if (Math.abs(t.length - word.length) > max) continue;
      const d = boundedDistance(word, t, Math.min(max, bestD - 1));
      if (d < bestD) {
        bestD = d;
        best = t;
        if (d === 1) break;
      }
    }
    return best;
  }

  /** Bodies whose keyword the word abbreviates: a prefix ("coop") or a prefix and the last letter ("intl"). */
  private abbreviated(word: string): string[] {
    if (word.length < 4 || /\d/.test(word)) return [];
    // a keyword said alone ("assistance", "protocol"): its bodies (several: ask which)
    const exact = this.keywords.get(word);
    if (exact) return exact.size > 1 ? [...exact] : [];
    if (this.known.has(word)) return [];
    const out = new Set<string>();
    for (const [k, ids] of this.byHead.get(word.slice(0, 3)) ?? []) {
      if (k === word || k.length <= word.length) continue;
      const head = word.slice(0, -1);
      // "intl": a prefix and the last letter, leaving out a real middle (so "pars" is not "parties")
      if (k.startsWith(word) || (k.startsWith(head) && k.endsWith(word.slice(-1)) && head.length >= 3 && k.length - word.length >= 4)) for (const id of ids) out.add(id);
    }
    return [...out];
  }

  match(tokens: Token[]): BodyMatch {
    const words: string[] = [];
    for (const t of tokens) words.push(this.correct(t.norm));
    const found: string[] = [];
    const used = new Set<number>();
    const at = new Map<string, number>();
    const ambiguous: BodyMatch['ambiguous'] = [];
    const take = (ids: string[], i: number, n: number) => {
      for (let k = 0; k < n; k++) used.add(i + k);
      if (ids.length > 1) {
        ambiguous.push({ text: tokens.slice(i, i + n).map((t) => t.raw).join(' '), bodies: ids });
        return;
      }
      const id = ids[0] as string;
      if (!found.includes(id)) found.push(id);
      if (!at.has(id)) at.set(id, i);
    };
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i] as string);
      let matched = false;
      for (const a of candidates ?? []) {
        if (i + a.words.length > words.length) continue;
        let ok = true;
        for (let k = 0; k < a.words.length && ok; k++) {
          const w = words[i + k] as string;
          const target = a.words[k] as string;
          // inside a multi-word name, a near miss of a longer word still counts ("de migrant")
          const near = w === target || (k > 0 && target.length >= 5 && boundedDistance(w, target, allowedEdits(target.length)) <= allowedEdits(target.length));
          // a short form in capitals ("TA", "FA") may be typed in lower case right before a group word
          ok =
            near &&
            (!a.caseSensitive ||
              tokens[i + k]?.raw === a.caseSensitive[k] ||
              (a.words.length === 1 && (this.cues.has(words[i + 1] ?? '') || (this.afterArticle.has(words[i + 1] ?? '') && (this.articles.has(words[i - 1] ?? '') || /^\d{1,2}(?:st|nd|rd|th)$/.test(words[i - 1] ?? ''))))));
        }
        if (!ok) continue;
        take(a.bodies, i, a.words.length);
        i += a.words.length - 1;
        matched = true;
        break;
      }
      if (!matched) {
        const ids = this.abbreviated(words[i] as string);
        if (ids.length) take(ids, i, 1);
      }
    }
    // a short form read as two bodies is no longer ambiguous when one of them is named too
    const open = ambiguous.filter((x) => !x.bodies.some((b) => found.includes(b)));
    return { bodies: found, used, at, ambiguous: open };
  }
}
