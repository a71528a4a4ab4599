import type { Lang, Vocabulary } from '../model';
import { type Token, fold, tokenize } from './normalize';

/** What kinds of date words a text holds, as bits: a parser runs only when its kind is there. */
export const CUE = {
  DIGIT: 1,
  /** a word starting like a month ("sept.", "févr") */
  MONTH: 2,
  /** a unit of time ("weeks", "mois", "quarter") */
  UNIT: 4,
  /** a season's name */
  SEASON: 8,
  /** every content word of a relative phrase ("next" and "week") */
  RELATIVE: 16,
  /** a word starting like another date cue ("monday", "since", "il y a"): every parser runs */
  OTHER: 32,
} as const;

/** chrono's own time units (its strict English parsers want them unabbreviated) */
const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'heure', 'jour', 'semaine', 'mois', 'trimestre', 'an', 'ans', 'annee'];

/**
 * Reads which kinds of date words a text holds, so chrono (most of the cost of a question)
 * is skipped when there are none and runs only the parsers that can match otherwise.
 * "The next meeting" holds none: a relative phrase counts only with all its content words
 * (articles and elided letters left out, as the parsers also read a phrase without its
 * article). Months and other cues are compared by their first three letters (chrono reads
 * abbreviations), units and relative words folded, also without a plural -s/-x. Necessary
 * conditions only: the parsers decide.
 */
export function createDateCues(v: Vocabulary, lang: Lang) {
  const articles = new Set(v.articles[lang].map((a) => fold(a).replace(/'$/, '')));
  const words = (p: string) => tokenize(p).map((t) => t.norm);
  /** every relative phrase as its content words, indexed under its longest one */
  const relative = new Map<string, string[][]>();
  for (const r of v.relativePeriods[lang]) {
    const ws = [...new Set(words(r.phrase))].filter((w) => w.length > 1 && !articles.has(w));
    const [head] = [...ws].sort((a, b) => b.length - a.length);
    if (head)
      relative.set(head, [...(relative.get(head) ?? []), ws.filter((w) => w !== head)]);
  }
  /** bits by a word's first three letters (or the whole of a shorter word) */
  const byHead = new Map<string, number>();
  const addHead = (list: string[], bit: number) => {
    for (const w of list.flatMap(words).filter((x) => x.length > 1)) byHead.set(w.slice(0, 3), (byHead.get(w.slice(0, 3)) ?? 0) | bit);
  };
  const units = new Set([...Object.keys(v.rolling[lang].units), ...Object.keys(v.quarters[lang].words), ...TIME_UNITS].flatMap(words));
  // months of both languages (the month parser reads both)
  addHead([...Object.keys(v.months.en), ...Object.keys(v.months.fr)], CUE.MONTH);
  addHead(Object.keys(v.seasons[lang].names), CUE.SEASON);
  // a unit is only a unit ("week" is not "weekend", "month" not "monday")
  addHead(
    v.dateCues[lang].filter((w) => !units.has(fold(w))),
    CUE.OTHER,
  );
  const DIGIT = /\d/;
  const LEADING_DIGITS = /^\d+/;

  /** What one word is, as a cue; kept per word, as the same words come back question after question. */
  interface WordCue {
    bits: number;
    options: string[][] | undefined;
  }
  const known = new Map<string, WordCue>();
  const cueOf = (norm: string): WordCue => {
    let c = known.get(norm);
    if (c) return c;
    // "5june": the letters after the day
    const w = norm.charCodeAt(0) <= 57 ? norm.replace(LEADING_DIGITS, '') : norm;
    if (!w) c = { bits: 0, options: undefined };
    else {
      const end = w.charAt(w.length - 1);
      const single = w.length > 3 && (end === 's' || end === 'x') ? w.slice(0, -1) : w;
      c = { bits: units.has(w) || units.has(single) ? CUE.UNIT : (byHead.get(w.slice(0, 3)) ?? 0), options: relative.get(w) ?? relative.get(single) };
    }
    if (known.size > 5000) known.clear();
    known.set(norm, c);
    return c;
  };

  /** The kinds of date words in text (0: none); tokens, when the caller has them, are its words or more. */
  return function dateCues(text: string, tokens?: Token[]): number {
    let bits = DIGIT.test(text) ? CUE.DIGIT : 0;
    const toks = tokens ?? tokenize(text);
    let seen: Set<string> | undefined;
    for (const t of toks) {
      const c = cueOf(t.norm);
      bits |= c.bits;
      if (bits & CUE.RELATIVE || !c.options) continue;
      seen ??= new Set(toks.map((x) => x.norm));
      const all = seen;
      if (c.options.some((rest) => rest.every((r) => all.has(r)))) bits |= CUE.RELATIVE;
    }
    return bits;
  };
}
