import type { Lang, Vocabulary } from '../model';
import { type Token, fold, tokenize } from './normalize';

/**
 * Whether a text can hold a date at all, so chrono (most of the cost of a question) is
 * skipped when it cannot: a digit, or a word that some parser needs — a month, a season,
 * a quarter or unit word, a date cue ("yesterday", "depuis") — or every content word of
 * a relative phrase ("next week" needs "next" and "week": "the next meeting" has no date).
 * Articles and elided letters are left out of a phrase's words (the parsers also read a
 * phrase without its article). Words are compared folded, and also without a plural -s/-x
 * ("weeks", "Mondays"). A necessary condition only: chrono decides.
 */
export function createDateCue(v: Vocabulary, lang: Lang) {
  const articles = new Set(v.articles[lang].map((a) => fold(a).replace(/'$/, '')));
  /** every phrase as its content words, indexed under its longest one */
  const byWord = new Map<string, string[][]>();
  const add = (phrase: string) => {
    const words = [...new Set(tokenize(phrase).map((t) => t.norm))].filter((w) => w.length > 1 && !articles.has(w));
    const [head] = [...words].sort((a, b) => b.length - a.length);
    if (!head) return;
    const rest = words.filter((w) => w !== head);
    byWord.set(head, [...(byWord.get(head) ?? []), rest]);
  };
  for (const p of [
    ...Object.keys(v.months[lang]),
    ...Object.keys(v.seasons[lang].names),
    ...Object.keys(v.quarters[lang].words),
    ...Object.keys(v.rolling[lang].units),
    ...v.weekNumbers[lang],
    ...v.dateCues[lang],
    ...v.relativePeriods[lang].map((r) => r.phrase),
  ])
    add(p);
  const DIGIT = /\d/;
  return function mayHoldDate(text: string, tokens?: Token[]): boolean {
    if (DIGIT.test(text)) return true;
    const toks = tokens ?? tokenize(text);
    let words: Set<string> | undefined;
    for (const t of toks) {
      const w = t.norm;
      const options = byWord.get(w) ?? (w.length > 3 && /[sx]$/.test(w) ? byWord.get(w.slice(0, -1)) : undefined);
      if (!options) continue;
      words ??= new Set(toks.map((x) => x.norm));
      const seen = words;
      if (options.some((rest) => rest.every((r) => seen.has(r)))) return true;
    }
    return false;
  };
}
