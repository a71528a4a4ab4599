import type { Lang, Vocabulary } from '../model';
import { type Token, accentInsensitive, fold, tokenize } from './normalize';

/**
 * Informal spellings people type in Slack ("yday", "tmrw", "wk", "b4", "fortnight",
 * "semaine pro", "w/c") rewritten to the words the rest of the pipeline reads, from the
 * vocabulary's `shorthands`, before anything else looks at the text. One regex a
 * language: most questions hold none and pay a single failed search.
 */
export function createShorthandExpander(shorthands: Vocabulary['shorthands'], numbers?: Vocabulary['numbers']) {
  const numberOf = new Map(Object.entries({ ...numbers?.en, ...numbers?.fr }).map(([k, n]) => [fold(k), n]));
  const build = (lang: Lang) => {
    const table = new Map(Object.entries(shorthands[lang]).map(([k, v]) => [key(k), v]));
    if (table.size === 0) return null;
    // accents are optional only where the vocabulary wrote one ("dernière"); plain keys stay plain (cheaper)
    const alt = Object.keys(shorthands[lang])
      .sort((a, b) => b.length - a.length)
      .map((k) => (/^[\x00-\x7F]*$/.test(k) ? k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : accentInsensitive(k)).replace(/ /g, '[\\s-]+').replaceAll('\\s+', '[\\s-]+'))
      .join('|');
    // cheap pre-check: a key's first word among the question's words (most questions have none)
    const firsts = new Set([...table.keys()].map((k) => tokenize(k)[0]?.norm ?? ''));
    return { table, firsts, pattern: new RegExp(`(?<![\\p{L}\\p{N}/])(?:${alt})(?:(?<=['’)\\s])|(?![\\p{L}\\p{N}/]))`, 'giu') };
  };
  const langs = { en: build('en'), fr: build('fr') };
  return function expand(text: string, lang: Lang, tokens: Token[]): string {
    const l = langs[lang];
    let out = l && tokens.some((t) => l.firsts.has(t.norm)) ? text.replace(l.pattern, (m) => l.table.get(key(m)) ?? m) : text;
    // "W.G. 7", "U.N.": an initialism written with dots is the initialism
    if (DOTTED_CUE.test(out)) out = out.replace(DOTTED, (m) => m.replaceAll('.', ''));
    // "resolution five slash four": an instrument number in words ("slash" is a shorthand for "/")
    if (out.includes('/')) out = out.replace(WORD_SLASH, (m, a: string, b: string) => (numberOf.has(fold(a)) && numberOf.has(fold(b)) ? `${numberOf.get(fold(a))}/${numberOf.get(fold(b))}` : m));
    return out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
  };
}

const DOTTED_CUE = /\p{L}\.\p{L}\./u;
const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?![\p{L}\p{N}])/gu;
const WORD_SLASH = /(?<![\p{L}\p{N}])(\p{L}{2,})\s*\/\s*(\p{L}{2,})(?![\p{L}\p{N}])/gu;

const key = (s: string) => fold(s).replace(/[’]/g, "'").replace(/[\s-]+/g, ' ');
