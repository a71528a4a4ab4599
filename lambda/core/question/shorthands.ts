import type { Lang, Vocabulary } from '../model';
import { accentInsensitive, fold } from './normalize';

/**
 * Informal spellings people type in Slack ("yday", "tmrw", "wk", "b4", "fortnight",
 * "semaine pro", "w/c") rewritten to the words the rest of the pipeline reads, from the
 * vocabulary's `shorthands`, before anything else looks at the text. One regex a
 * language: most questions hold none and pay a single failed search.
 */
export function createShorthandExpander(shorthands: Vocabulary['shorthands']) {
  const build = (lang: Lang) => {
    const table = new Map(Object.entries(shorthands[lang]).map(([k, v]) => [key(k), v]));
    if (table.size === 0) return null;
    const alt = [...table.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => accentInsensitive(k).replaceAll('\\s+', '[\\s-]+'))
      .join('|');
    return { table, pattern: new RegExp(`(?<![\\p{L}\\p{N}/])(?:${alt})(?:(?<=['’)\\s])|(?![\\p{L}\\p{N}/]))`, 'giu') };
  };
  const langs = { en: build('en'), fr: build('fr') };
  return function expand(text: string, lang: Lang): string {
    const l = langs[lang];
    if (!l) return text;
    return text.replace(l.pattern, (m) => l.table.get(key(m)) ?? m).replace(/\s{2,}/g, ' ').trim();
  };
}

const key = (s: string) => fold(s).replace(/[’]/g, "'").replace(/[\s-]+/g, ' ');
