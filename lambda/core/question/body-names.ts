import type { Body } from '../model';
import { tokenize } from './normalize';

/** A name derived by rule from data/bodies.json; two bodies may share one (then it is ambiguous). */
export interface DerivedName {
  words: string[];
  bodies: string[];
  /** two-letter initialisms ("TA", "IC") count only in capitals, so "at" stays a word */
  caseSensitive: boolean;
}

export interface NameRules {
  /** words left out of initialisms ("the", "la") */
  articles: Set<string>;
  /** words left out of the short initialisms and that split a name into parts ("on", "sur", "of") */
  links: Set<string>;
  /** words too common to stand for a body when abbreviated ("working", "group") */
  generic: Set<string>;
}

const HEAD_BREAKS = new Set(['to', 'a', 'against']);

/**
 * The short forms people type, derived from each body's names: its id with or without
 * dot or space ("WG6", "WG 6", "wg.6"), initialisms of its names and of their subject
 * part in English and French ("TIP", "SOM", "TA", "CdP", "TDP"), and the keywords whose
 * prefixes stand for it ("intl", "coop", "tech", "assist").
 */
export function deriveBodyNames(bodies: Body[], rules: NameRules): { names: DerivedName[]; keywords: Map<string, Set<string>> } {
  const byForm = new Map<string, DerivedName>();
  const add = (words: string[], body: string, caseSensitive = false) => {
    const key = words.join(' ');
    const e = byForm.get(key) ?? { words, bodies: [], caseSensitive };
    if (!e.bodies.includes(body)) e.bodies.push(body);
    byForm.set(key, e);
  };
  const keywords = new Map<string, Set<string>>();
  for (const b of bodies) {
    // the id: "WG.6" -> "wg 6", "wg6"
    const idWords = tokenize(b.id).map((t) => t.norm);
    add(idWords, b.id);
    if (idWords.length > 1) add([idWords.join('')], b.id);
    // the id's letters are the initials of the English name's first words ("Working Group"
    // -> "wg"): the French name's first words give the French id ("Groupe de travail" -> "gt 6", "gt6")
    const [prefix, ...rest] = idWords;
    if (prefix && rest.length > 0 && /^\d+$/.test(rest.join(''))) {
      const initials = (name: string) =>
        tokenize(name)
          .map((t) => t.norm)
          .filter((w) => !rules.articles.has(w) && !rules.links.has(w))
          .slice(0, prefix.length)
          .map((w) => w[0])
          .join('');
      const fr = initials(b.names.fr);
      if (initials(b.names.en) === prefix && fr.length === prefix.length && fr !== prefix) {
        add([fr, ...rest], b.id);
        add([fr + rest.join('')], b.id);
      }
    }
    for (const name of [b.names.en, b.names.fr, b.short.en, b.short.fr]) {
      for (const part of parts(tokenize(name).map((t) => t.norm), rules)) {
        const noArticles = part.filter((w) => !rules.articles.has(w));
        const content = noArticles.filter((w) => !rules.links.has(w));
        for (const ws of [noArticles, content]) {
          const initials = ws.map((w) => w.charAt(0)).join('');
          if (initials.length >= 2 && initials.length <= 6 && ws.length >= 2) add([initials], b.id, initials.length === 2);
        }
        for (const w of content) if (w.length >= 5 && !rules.generic.has(w)) keywords.set(w, new Set([...(keywords.get(w) ?? []), b.id]));
      }
      // the head's initials before the subject's: "WGTIP", "wgsom", "GTAT"
      const words = tokenize(name).map((t) => t.norm);
      const on = words.findIndex((w) => w === 'on' || w === 'sur');
      if (on > 0 && on < words.length - 1) {
        // the head's own initials ("wg", "gdt") and those of its first two words ("Working Group of Government Experts": "wg")
        const headContent = words.slice(0, on).filter((w) => !rules.articles.has(w) && !rules.links.has(w));
        const heads = [...initialisms(words.slice(0, on), rules), headContent.slice(0, 2).map((w) => w.charAt(0)).join('')].filter((h) => h.length === 2 || h.length === 3);
        for (const h of heads) for (const t of initialisms(words.slice(on + 1), rules)) add([h + t], b.id);
      }
    }
    // a keyword of several bodies' aliases, said alone, is ambiguous ("assistance", "protocol")
    for (const alias of [...b.aliases.en, ...b.aliases.fr]) {
      for (const w of tokenize(alias).map((t) => t.norm)) {
        if (w.length >= 5 && !rules.generic.has(w) && !rules.links.has(w)) keywords.set(w, new Set([...(keywords.get(w) ?? []), b.id]));
      }
    }
  }
  return { names: [...byForm.values()], keywords };
}

/** A name, its subject (after "on"/"sur") and its head (before "to"/"à"). */
function parts(words: string[], rules: NameRules): string[][] {
  const out = [words];
  const subject = words.findIndex((w) => w === 'on' || w === 'sur');
  if (subject >= 0 && subject < words.length - 1) out.push(words.slice(subject + 1));
  const head = words.findIndex((w, i) => i > 0 && HEAD_BREAKS.has(w));
  if (subject < 0 && head > 0) out.push(words.slice(0, head));
  return out.filter((p) => p.some((w) => !rules.links.has(w)));
}

/** Initials of a phrase without its articles, and without its linking words too. */
function initialisms(words: string[], rules: NameRules): string[] {
  const noArticles = words.filter((w) => !rules.articles.has(w));
  const content = noArticles.filter((w) => !rules.links.has(w));
  return [...new Set([noArticles, content].filter((ws) => ws.length >= 1).map((ws) => ws.map((w) => w.charAt(0)).join('')))];
}
