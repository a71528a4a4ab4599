import type { Lang, Vocabulary } from '../model';
import { type Token, accentInsensitive, fold, tokenize } from './normalize';

/**
 * Informal spellings people type in Slack ("yday", "tmrw", "wk", "b4", "fortnight",
 * "semaine pro", "w/c") rewritten to the words the rest of the pipeline reads, from the
 * vocabulary's `shorthands`, before anything else looks at the text. The keys are
 * indexed by their first word: most questions hold none and pay a few map lookups.
 */
export function createShorthandExpander(shorthands: Vocabulary['shorthands'], numbers?: Vocabulary['numbers']) {
  const numberOf = new Map(Object.entries({ ...numbers?.en, ...numbers?.fr }).map(([k, n]) => [fold(k), n]));
  const build = (lang: Lang) => {
    const table = new Map(Object.entries(shorthands[lang]).map(([k, v]) => [key(k), v]));
    if (table.size === 0) return null;
    // the keys under their first word, longest first, each group one sticky regex tried
    // only where a token with that word starts: most questions pay a few map lookups
    const groups = new Map<string, string[]>();
    const words = new Map<string, string[]>();
    for (const k of Object.keys(shorthands[lang])) {
      const ws = tokenize(k).map((t) => t.norm);
      words.set(k, ws);
      const first = ws[0] ?? '';
      const g = groups.get(first);
      if (g) g.push(k);
      else groups.set(first, [k]);
    }
    // (each group's pattern compiled on its first use: most questions use none)
    const sources = new Map<string, string>();
    const compiled = new Map<string, RegExp>();
    const byFirst = {
      get(first: string): RegExp | undefined {
        let re = compiled.get(first);
        if (re) return re;
        const src = sources.get(first);
        if (src === undefined) return undefined;
        re = new RegExp(src, 'iuy');
        compiled.set(first, re);
        return re;
      },
    };
    // a group's second words, when all its keys have two words or more ("the" starts many)
    const seconds = new Map<string, Set<string>>();
    for (const [first, keys] of groups) {
      const rest = keys.map((k) => words.get(k)?.[1]);
      if (rest.every((w) => w !== undefined)) seconds.set(first, new Set(rest as string[]));
      // accents are optional only where the vocabulary wrote one ("dernière"); plain keys stay plain (cheaper)
      const alt = keys
        .sort((a, b) => b.length - a.length)
        .map((k) => (/^[\x00-\x7F]*$/.test(k) ? k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : accentInsensitive(k)).replace(/ /g, '[\\s-]+').replaceAll('\\s+', '[\\s-]+'))
        .join('|');
      sources.set(first, `(?<![\\p{L}\\p{N}/])(?:${alt})(?:(?<=['’)\\s])|(?![\\p{L}\\p{N}/]))`);
    }
    return { table, byFirst, seconds };
  };
  // each language's table built on its first question
  const built: Partial<Record<Lang, ReturnType<typeof build>>> = {};
  const langOf = (lang: Lang) => {
    if (!(lang in built)) built[lang] = build(lang);
    return built[lang] ?? null;
  };
  /** Rewrites every key found, left to right, the longest at each place (as one global replace would). */
  const rewrite = (text: string, tokens: Token[], l: NonNullable<ReturnType<typeof build>>) => {
    let out = '';
    let done = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.index < done) continue;
      const re = l.byFirst.get(t.norm);
      if (!re) continue;
      const second = l.seconds.get(t.norm);
      if (second && !second.has(tokens[i + 1]?.norm ?? '')) continue;
      re.lastIndex = t.index;
      const m = re.exec(text);
      if (!m) continue;
      out += text.slice(done, t.index) + (l.table.get(key(m[0])) ?? m[0]);
      done = t.index + m[0].length;
      // "sem.", "wk.": the abbreviation's dot goes with it
      if (text.charAt(done) === '.' && !WORD_CHAR.test(text.charAt(done + 1))) done++;
    }
    return done === 0 ? text : out + text.slice(done);
  };
  return function expand(text: string, lang: Lang, tokens: Token[]): string {
    const l = langOf(lang);
    let out = l ? rewrite(text, tokens, l) : text;
    // "W.G. 7", "U.N.": an initialism written with dots is the initialism
    if (DOTTED_CUE.test(out)) out = out.replace(DOTTED, (m) => m.replaceAll('.', ''));
    // "resolution five slash four": an instrument number in words ("slash" is a shorthand for "/")
    // ("seven/one": only when a number word is there)
    if (out.includes('/') && tokens.some((t) => numberOf.has(t.norm))) out = out.replace(WORD_SLASH, (m, a: string, b: string) => (numberOf.has(fold(a)) && numberOf.has(fold(b)) ? `${numberOf.get(fold(a))}/${numberOf.get(fold(b))}` : m));
    return out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DOTTED_CUE = /\p{L}\.\p{L}\./u;
const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?![\p{L}\p{N}])/gu;
const WORD_SLASH = /(?<![\p{L}\p{N}])(\p{L}{2,})\s*\/\s*(\p{L}{2,})(?![\p{L}\p{N}])/gu;

const key = (s: string) => fold(s).replace(/[’]/g, "'").replace(/[\s-]+/g, ' ');
