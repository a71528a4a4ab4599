/** Longest question text we try to understand; longer input is cut (Slack allows 40 KB). */
export const MAX_QUESTION_CHARS = 2000;

/**
 * Turns Slack markup into plain words: mentions and broadcasts disappear, channel
 * references and links keep their label, control characters become spaces.
 */
const NEEDS_CLEANING = /:[a-z]|[<&\u2018\u2019\u02BC`´\u2010-\u2014\u2212\u00A0\u202F\p{Cc}\p{Cf}\p{Cs}*_~]|\s\s/u;

export function cleanSlackText(input: string): string {
  return restoreElisions(cleanMarkup(input));
}

/**
 * French typed without apostrophes ("aujourd hui", "d ici la fin de l annee", "s est") reads
 * as if elided: a lone elision word before a word that starts with a vowel or h takes its
 * apostrophe back, so phrases of the vocabulary match either way.
 */
const SPACED_ELISION = /(^|[^\p{L}\p{N}'])(aujourd|jusqu|lorsqu|puisqu|qu|[cdjlmnst]) (?=[aeiouyhàâäéèêëîïôöûùü])/giu;
const MAYBE_SPACED_ELISION = /(?:^|[^\p{L}\p{N}'])(?:aujourd|qu|[cdjlmnst]) [aeiouyhàâäéèêëîïôöûùü]/iu;

function restoreElisions(s: string): string {
  return MAYBE_SPACED_ELISION.test(s) ? s.replace(SPACED_ELISION, "$1$2'") : s;
}

const ASCII_ONLY = /^[\x00-\x7F]*$/;

function cleanMarkup(input: string): string {
  let s = input.length > MAX_QUESTION_CHARS * 2 ? input.slice(0, MAX_QUESTION_CHARS * 2) : input;
  // plain questions (most of them) need none of the replacements below
  if (!NEEDS_CLEANING.test(s)) return s.length > MAX_QUESTION_CHARS ? s.slice(0, MAX_QUESTION_CHARS).trim() : s.trim();
  // each step only when its character is there: a question with one curly quote pays one replacement
  if (s.includes('<')) {
    s = s
      .replace(/<[@!][^>]*>/g, ' ')
      .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '$1')
      .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
      .replace(/<(?:https?|mailto):[^>]*>/g, ' ');
  }
  // Slack emoji codes (":pray:", ":+1:") say nothing about meetings
  if (s.includes(':')) s = s.replace(/:[a-z0-9_+-]*[a-z][a-z0-9_+-]*:/g, ' ');
  if (s.includes('&')) s = s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // Slack's *bold*, _italics_ and ~strike~ marks around words
  if (s.includes('*') || s.includes('~')) s = s.replace(/[*~]+/g, ' ');
  if (s.includes('_')) s = s.replace(/(^|[\s(])_+|_+(?=[\s).,!?:;]|$)/g, '$1 ');
  if (!ASCII_ONLY.test(s)) {
    s = s
      .replace(/[\u2018\u2019\u02BC´]/g, "'")
      .replace(/[\u2010-\u2014\u2212]/g, '-')
      .replace(/[\u00A0\u202F]/g, ' ')
      // zero-width characters and lone surrogates carry no meaning here
      .replace(/[\p{Cf}\p{Cs}]/gu, ' ');
  }
  if (s.includes('`')) s = s.replace(/`/g, "'");
  // control characters
  s = s.replace(/[\p{Cc}]/gu, ' ');
  if (s.length > MAX_QUESTION_CHARS) s = s.slice(0, MAX_QUESTION_CHARS);
  return s.replace(/\s+/g, ' ').trim();
}

/** Lower case without diacritics: "Armes à feu" -> "armes a feu". */
export function fold(s: string): string {
  // most words are plain ASCII: skip Unicode normalisation for them (hot path)
  if (ASCII.test(s)) return s.toLowerCase();
  let f = foldedWords.get(s);
  if (f === undefined) {
    f = s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    // a bounded memo of accented words: French questions reuse few of them
    if (foldedWords.size > 5000) foldedWords.clear();
    foldedWords.set(s, f);
  }
  return f;
}
const foldedWords = new Map<string, string>();

export interface Token {
  raw: string;
  norm: string;
  /** offset in the text it was read from */
  index: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits on anything that is not a letter or digit ("l'assistance" -> l, assistance). */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  // most questions are plain ASCII: one test for the text, not one a word
  if (!ASCII.test(s)) {
    for (const m of s.matchAll(WORD)) out.push({ raw: m[0], norm: fold(m[0]), index: m.index });
    return out;
  }
  // ASCII: letters and digits by char code, several times faster than a unicode regex
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) | 32 : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57 && (s.charCodeAt(i) & 32) !== 0);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const raw = s.slice(start, i);
      out.push({ raw, norm: raw.toLowerCase(), index: start });
      start = -1;
    }
  }
  return out;
}
const ASCII = /^[\x00-\x7F]*$/;

/** A phrase as folded words joined by single spaces, for set and substring lookups. */
export const normPhrase = (s: string): string =>
  tokenize(s)
    .map((t) => t.norm)
    .join(' ');

const ACCENTS: Record<string, string> = {
  a: '[aàâä]',
  e: '[eéèêë]',
  i: '[iîï]',
  o: '[oôö]',
  u: '[uùûü]',
  c: '[cç]',
  "'": "['’]",
  ' ': '\\s+',
  '-': '[-\\s]',
};

/** A regex source matching the phrase with or without French accents and apostrophe styles. */
export function accentInsensitive(phrase: string): string {
  return [...fold(phrase)].map((ch) => ACCENTS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');
}

/** Replaces [start, end) spans by spaces, keeping every other index in place. */
export function maskSpans(s: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return s;
  let out = '';
  let i = 0;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  for (const [a, b] of sorted) {
    if (a < i) continue;
    out += s.slice(i, a) + ' '.repeat(b - a);
    i = b;
  }
  return out + s.slice(i);
}

/** s with the characters a regular expression gives a meaning escaped, to match as written */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** the letters after an ordinal's digits in either language (vocabulary `ordinalSuffixes`: "12th", "12e", "1er"), as an optional group to follow `\d{1,3}` */
export function ordinalSuffixPattern(suffixes: { en: string[]; fr: string[] }): string {
  return `(?:${[...suffixes.en, ...suffixes.fr].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|')})?`;
}
