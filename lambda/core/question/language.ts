import type { Lang } from '../model';
import type { Token } from './normalize';

// compiled once (a bundler may turn a literal with \p{…} into a RegExp built on every call)
const FRENCH_LETTER = /[éèêàçùâîôœ]/i;
const ELISION = /\b[ldjqs]'\p{L}/iu;

/**
 * Scores the question's words against each language's marker words; accented letters
 * typical of French count too. A tie is English, the bot's default.
 */
export function detectLanguage(tokens: Token[], raw: string, markers: Record<Lang, Set<string>>): Lang {
  let en = 0;
  let fr = 0;
  for (const t of tokens) {
    if (markers.en.has(t.norm)) en++;
    if (markers.fr.has(t.norm)) fr++;
  }
  if (FRENCH_LETTER.test(raw)) fr += 1;
  // an elision needs an apostrophe: most questions have none
  if (raw.includes("'") && ELISION.test(raw)) fr += 1;
  return fr > en ? 'fr' : 'en';
}
