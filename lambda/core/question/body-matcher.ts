import type { Body } from '../model';
import { allowedEdits, boundedDistance } from './fuzzy';
import { type Token, tokenize } from './normalize';

interface Alias {
  body: string;
  words: string[];
  /** short all-capitals aliases (TIP, SOM) match only as typed, so "tip" stays a word */
  caseSensitive: string[] | null;
}

export interface BodyMatch {
  bodies: string[];
  /** token indexes consumed by body names */
  used: Set<number>;
}

/**
 * Finds bodies by their names and aliases (English and French), tolerating a typo or
 * two in the longer words ("firarms", "trafficing").
 */
export class BodyMatcher {
  private readonly byFirst = new Map<string, Alias[]>();
  private readonly fuzzyTargets: string[];
  private readonly known: Set<string>;

  constructor(bodies: Body[], generic: Iterable<string>, known: Iterable<string>) {
    const genericSet = new Set(generic);
    const targets = new Set<string>();
    for (const b of bodies) {
      const official = new Set([b.names.en, b.names.fr]);
      const names = [b.id, ...official, ...b.aliases.en, ...b.aliases.fr];
      for (const name of names) {
        const toks = tokenize(name);
        if (toks.length === 0) continue;
        const caps = /^[A-Z][A-Za-z]{1,3}$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
        const alias: Alias = { body: b.id, words: toks.map((t) => t.norm), caseSensitive: caps ? toks.map((t) => t.raw) : null };
        const first = alias.words[0] as string;
        const list = this.byFirst.get(first) ?? [];
        list.push(alias);
        this.byFirst.set(first, list);
        // typos are forgiven in the aliases people type, not in the long official names
        if (!official.has(name)) for (const w of alias.words) if (w.length >= 5 && !genericSet.has(w)) targets.add(w);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.fuzzyTargets = [...targets];
    this.known = new Set([...known, ...targets]);
  }

  /** Replaces a misspelt word by the body keyword it is closest to, when one is close enough. */
  private correct(word: string): string {
    if (this.known.has(word)) return word;
    const max = allowedEdits(word.length);
    if (max === 0) return word;
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

  match(tokens: Token[]): BodyMatch {
    const words = tokens.map((t) => this.correct(t.norm));
    const found: string[] = [];
    const used = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i] as string);
      if (!candidates) continue;
      for (const a of candidates) {
        if (i + a.words.length > words.length) continue;
        let ok = true;
        for (let k = 0; k < a.words.length && ok; k++) {
          const w = words[i + k] as string;
          const target = a.words[k] as string;
          // inside a multi-word name, a near miss of a longer word still counts ("de migrant")
          const near = w === target || (k > 0 && target.length >= 5 && boundedDistance(w, target, allowedEdits(target.length)) <= allowedEdits(target.length));
          ok = near && (!a.caseSensitive || tokens[i + k]?.raw === a.caseSensitive[k]);
        }
        if (!ok) continue;
        if (!found.includes(a.body)) found.push(a.body);
        for (let k = 0; k < a.words.length; k++) used.add(i + k);
        i += a.words.length - 1;
        break;
      }
    }
    return { bodies: found, used };
  }
}
