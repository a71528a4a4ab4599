import type { Vocabulary } from '../model';
import { accentInsensitive } from './normalize';

/**
 * "when did the SOM group meet last year and when does it meet next": two questions in
 * one message. Splits before a second question word that follows "and"/"et", a question
 * mark or a semicolon; returns one part when there is no such break.
 */
export function createQuestionSplitter(words: Vocabulary['questionBreaks']) {
  const starters = [...words.en.starters, ...words.fr.starters].map(accentInsensitive).join('|');
  const joins = [...words.en.joins, ...words.fr.joins].map(accentInsensitive).join('|');
  const BREAK = new RegExp(`(?:\\?\\s+|;\\s*|,?\\s+(?:${joins})\\s+)(?=(?:${starters})(?![\\p{L}]))`, 'giu');
  return function split(text: string): string[] {
    // cheap check: a second question needs at least a break character or a joining word
    if (text.length < 12) return [text];
    const parts = text.split(BREAK).map((s) => s.trim()).filter((s) => s.length > 0);
    return parts.length > 1 && parts.length <= 4 ? parts : [text];
  };
}
