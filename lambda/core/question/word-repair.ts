import type { Lang, Vocabulary } from '../model';
import { allowedEdits, boundedDistance } from './fuzzy';
import { type Token, tokenize } from './normalize';

/**
 * Relative words as people mistype them in Slack, rewritten to the vocabulary's spelling
 * before anything reads the question: a typo ("prochiane", "dernire", "yesteday") within
 * a small edit distance of exactly one of them, only for words of 5 letters or more that
 * the bot does not know (never a body's name or a number); a word cut short with a dot
 * ("le mois proch.", "la sem. proch.") that starts one of them — the one that makes a
 * phrase with its neighbour when several do ("mois prochain", "semaine prochaine").
 * The words: those of the relative periods, rolling windows, period prefixes, seasons
 * and quarter words of the question's language.
 */
const LETTER = /\p{L}/u;

export function createWordRepair(v: Vocabulary, known: Set<string>) {
  const build = (lang: Lang) => {
    const phrases = [
      ...v.relativePeriods[lang].map((r) => r.phrase),
      ...v.periodPrefixes[lang].map((p) => p.phrase),
      ...v.rolling[lang].past,
      ...v.rolling[lang].future,
      ...Object.keys(v.rolling[lang].units),
      ...Object.keys(v.seasons[lang].names),
      ...Object.keys(v.quarters[lang].words),
    ];
    /** folded word -> as the vocabulary writes it */
    const targets = new Map<string, string>();
    const pairs = new Set<string>();
    for (const p of phrases) {
      const toks = tokenize(p.toLowerCase());
      toks.forEach((t, i) => {
        if (!/\d/.test(t.norm) && t.norm.length >= 3) targets.set(t.norm, t.raw);
        if (i > 0) pairs.add(`${toks[i - 1]?.norm} ${t.norm}`);
      });
    }
    const loose = new Set<string>();
    // a rolling window's direction and its unit: "coming weeks", "semaines prochaines"
    for (const d of [...v.rolling[lang].past, ...v.rolling[lang].future])
      for (const u of Object.keys(v.rolling[lang].units)) {
        const [a, b] = [tokenize(d).pop()?.norm, tokenize(u)[0]?.norm];
        loose.add(`${a} ${b}`);
        loose.add(`${b} ${a}`);
      }
    // words that are a period by themselves ("yesterday", "semaine", "automne"); any other
    // is repaired only next to a word it makes a phrase with ("pause" is not "passé")
    const alone = new Set(
      [...v.relativePeriods[lang].map((r) => r.phrase), ...Object.keys(v.seasons[lang].names), ...Object.keys(v.rolling[lang].units)]
        .map((p) => tokenize(p))
        .filter((ts) => ts.length === 1)
        .map((ts) => (ts[0] as Token).norm),
    );
    return { targets, pairs, loose, alone, memo: new Map<string, string[]>() };
  };
  const langs = { en: build('en'), fr: build('fr') };
  // every other word the bot knows, of 5 letters or more, by length: "metings", "setpembre",
  // "depuiis" are one edit from exactly one of them
  // (not place names: a word near one is more often something else than a misspelt city);
  // built on the first word that needs it: a cold start on a clean question does not pay for it
  let general: Map<number, string[]> | undefined;
  const generalOf = (): Map<number, string[]> => {
    if (general) return general;
    const places = new Set(v.places.flatMap((p) => [...tokenize(p.en), ...tokenize(p.fr)].map((t) => t.norm)));
    const g = new Map<number, string[]>();
    for (const w of known) if (w.length >= 5 && !/\d/.test(w) && /^[\p{L}'-]+$/u.test(w) && !places.has(w)) g.set(w.length, [...(g.get(w.length) ?? []), w]);
    general = g;
    return g;
  };
  const generalMemo = new Map<string, string | null>();
  /** The one known word nearest a typo, within the edits its length allows; null when none or several. */
  const nearestKnown = (word: string): string | null => {
    const hit = generalMemo.get(word);
    if (hit !== undefined) return hit;
    // one edit only: two edits turn real words into others ("exclusive" → "inclusive")
    const max = Math.min(1, allowedEdits(word.length));
    let best = max + 1;
    let found: string | null = null;
    let ties = 0;
    const byLength = generalOf();
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const t of byLength.get(len) ?? []) {
        const d = boundedDistance(word, t, Math.min(max, best));
        if (d < best) {
          best = d;
          found = t;
          ties = 0;
          // two forms of one word ("meetins": meeting or meetings) are no real tie: the shorter
        } else if (d === best && d <= max && t !== found && !(found !== null && inflection(t, found))) ties++;
        else if (d === best && found !== null && t.length < found.length && inflection(t, found)) found = t;
      }
    }
    // another form of a known word ("toute"/"toutes", "connue"/"connus") is a word of its own, not a typo
    // a five-letter word only loses a letter ("groue", "grope" for "groupe"): "pause" is no "passe"
    const out = best <= max && ties === 0 && found !== null && !inflection(word, found) && (word.length >= 6 || found.length > word.length) && typoLike(word, found) ? found : null;
    if (generalMemo.size > 2000) generalMemo.clear();
    generalMemo.set(word, out);
    return out;
  };

  /** The targets at the smallest distance, within the edits a word of this length may carry. */
  const closest = (word: string, l: ReturnType<typeof build>): string[] => {
    let hit = l.memo.get(word);
    if (hit !== undefined) return hit;
    const max = allowedEdits(word.length);
    let best = max + 1;
    hit = [];
    for (const t of l.targets.keys()) {
      if (t.length < 5 || Math.abs(t.length - word.length) > max) continue;
      const d = boundedDistance(word, t, max);
      if (d < best) {
        best = d;
        hit = [t];
      } else if (d === best && d <= max) hit.push(t);
    }
    // a bounded memo: the same typos come back
    if (l.memo.size > 2000) l.memo.clear();
    l.memo.set(word, hit);
    return hit;
  };

  /** Of several words, the one that makes a phrase with a neighbour ("semaine dernière"); one alone is the one. */
  const pick = (options: string[], tokens: Token[], i: number, l: ReturnType<typeof build>, firstIfNone: boolean): string | null => {
    if (options.length === 1 && (firstIfNone || l.alone.has(options[0] as string))) return l.targets.get(options[0] as string) ?? null;
    const before = tokens[i - 1]?.norm;
    const after = tokens[i + 1]?.norm;
    // a phrase of the vocabulary first ("semaine dernière"), then a window ("semaines dernières")
    const near = (set: Set<string>) => options.filter((o) => set.has(`${before} ${o}`) || set.has(`${o} ${after}`));
    const strict = near(l.pairs);
    const fits = strict.length ? strict : near(l.loose);
    const chosen = fits.length === 1 || (fits.length > 1 && firstIfNone) ? fits[0] : firstIfNone ? options[0] : undefined;
    return chosen === undefined ? null : (l.targets.get(chosen) ?? null);
  };

  const completed = (tokens: Token[], i: number, l: ReturnType<typeof build>): string | null => {
    const word = (tokens[i] as Token).norm;
    const options = [...l.targets.keys()].filter((t) => t.length > word.length && t.startsWith(word)).sort((a, b) => a.length - b.length);
    return options.length ? pick(options, tokens, i, l, true) : null;
  };

  let fours: Set<string> | undefined;
  /** the known four-letter word with two neighbouring letters swapped, if exactly one */
  const swapped = (word: string): string | null => {
    fours ??= new Set([...known].filter((w) => w.length === 4 && /^\p{L}+$/u.test(w)));
    const four = fours;
    const hits = new Set<string>();
    for (let k = 1; k < 3; k++) {
      const w = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
      if (four.has(w)) hits.add(w);
    }
    return hits.size === 1 ? ([...hits][0] as string) : null;
  };
  return function repair(text: string, lang: Lang, tokens: Token[]): string {
    const l = langs[lang];
    let out = '';
    let done = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (known.has(t.norm) || l.targets.has(t.norm) || /\d/.test(t.norm)) continue;
      const end = t.index + t.raw.length;
      const cut = text.charAt(end) === '.' && t.norm.length >= 3 && !LETTER.test(text.charAt(end + 1));
      // (a four-letter word only with two letters swapped: "nxet", "juen")
      const fix = cut ? completed(tokens, i, l) : t.norm.length >= 5 ? (pick(closest(t.norm, l), tokens, i, l, false) ?? nearestKnown(t.norm)) : t.norm.length === 4 ? swapped(t.norm) : null;
      if (!fix) continue;
      out += text.slice(done, t.index) + fix;
      done = cut ? end + 1 : end;
    }
    return done === 0 ? text : out + text.slice(done);
  };
}

/** Whether two words differ only in an ending that marks number, gender or person (e, s, x, nt). */
function inflection(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ends = (w: string) => /^(?:e|s|x|es|nt|ent|ee|ees)?$/.test(w.slice(i));
  return i >= 4 && ends(a) && ends(b);
}

/**
 * Whether one edit from a known word looks like a slip of the fingers: the first letter is
 * right, and a letter swapped, doubled, dropped or added — a different letter in its place
 * only in a long word (a short one is more often another word: "domain", "string").
 */
function typoLike(word: string, target: string): boolean {
  if (word[0] !== target[0]) return false;
  if (word.length !== target.length) return true;
  let diff = 0;
  for (let i = 0; i < word.length; i++) if (word[i] !== target[i]) diff++;
  // two differences at the same length with one edit: two neighbours swapped
  return diff === 2 || word.length >= 8;
}
