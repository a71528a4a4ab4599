import type { Lang } from '../model';
import type { Token } from './normalize';

// compiled once (a bundler may turn a literal with \p{…} into a RegExp built on every call)
const FRENCH_LETTER = /[éèêàçùâîôœ]/i;
const ELISION = /\b[ldjqs]'\p{L}/iu;

/**
 * Scores the question's words against each language's marker words; accented letters
 * typical of French count too. A tie is English, the bot's default.
 */
const combined = new WeakMap<Record<Lang, Set<string>>, Map<string, number>>();

export function detectLanguage(tokens: Token[], raw: string, markers: Record<Lang, Set<string>>): Lang {
  let en = 0;
  let fr = 0;
  // one lookup a word: 1 English, 2 French, 3 both
  let both = combined.get(markers);
  if (!both) {
    both = new Map<string, number>();
    for (const w of markers.en) both.set(w, 1);
    for (const w of markers.fr) both.set(w, (both.get(w) ?? 0) | 2);
    combined.set(markers, both);
  }
  for (const t of tokens) {
    const m = both.get(t.norm);
    if (m === undefined) continue;
    if (m & 1) en++;
    if (m & 2) fr++;
  }
  if (FRENCH_LETTER.test(raw)) fr += 1;
  // an elision needs an apostrophe: most questions have none
  if (raw.includes("'") && ELISION.test(raw)) fr += 1;
  return fr > en ? 'fr' : 'en';
}
