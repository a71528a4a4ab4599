import type { Vocabulary } from '../model';
import { accentInsensitive } from './normalize';

/**
 * "when did the SOM group meet last year and when does it meet next": two questions in
 * one message. Splits before a second question word that follows "and"/"et", a question
 * mark or a semicolon; returns one part when there is no such break.
 */
export function createQuestionSplitter(words: Vocabulary['questionBreaks'], positions?: Vocabulary['positions']) {
  const starters = [...words.en.starters, ...words.fr.starters].map(accentInsensitive).join('|');
  const joins = [...words.en.joins, ...words.fr.joins].filter((j) => /\p{L}/u.test(j)).map(accentInsensitive).join('|');
  // after a question mark or a semicolon any text is a new question; after "and" only a question word
  const BREAK = new RegExp(`(?:\\?\\s*(?:(?:${joins})\\s+)?(?=\\S)|;\\s*|,?\\s+(?:${joins})\\s+(?=(?:${starters})(?![\\p{L}])))`, 'giu');
  // "firearms 2023 + tip 2024": a plus or ampersand between two complete parts
  const SYMBOL_JOIN = /\s+[+&]\s+/g;
  // "first and last meeting of 2024", "première et dernière réunion": two positions sharing what follows
  const posAlt = positions ? [...Object.keys(positions.en), ...Object.keys(positions.fr)].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|') : '';
  const TWO_POSITIONS = posAlt ? new RegExp(`(?<![\\p{L}])(${posAlt})\\s+(?:${joins})\\s+(?:(?:the|la|le|les)\\s+)?(${posAlt})(?![\\p{L}])`, 'iu') : null;
  // a question mark with more text after it, a semicolon, a plus or ampersand, or a joining
  // word before a question word or a position (most messages with "and"/"et" have neither)
  const CUE = new RegExp(`\\?\\s*[\\p{L}\\p{N}]|;|\\s[+&]\\s|\\s(?:${joins})\\s+(?:(?:the|la|le|les)\\s+)?(?:${starters}${posAlt ? `|${posAlt}` : ''})(?![\\p{L}])`, 'iu');
  // "…en 2023, et le groupe traite en 2024": a comma and a joining word before a part that
  // may be a question of its own (the caller keeps it only when each part names a body and a period)
  const COMMA_JOIN = new RegExp(`,\\s*(?:${joins})\\s+`, 'iu');
  const splitAtComma = (text: string): string[] => (COMMA_JOIN.test(text) ? text.split(COMMA_JOIN).map((s) => s.trim()).filter(Boolean) : [text]);
  // "le GT4 en 2023 et le GT3 en 2024", "the 13th TIP meeting and the 11th firearms one": a
  // joining word alone (the caller keeps the parts only when each names a body and a date or number)
  const JOIN = new RegExp(`\\s+(?:${joins})\\s+`, 'iu');
  const splitAtJoin = (text: string): string[] => (JOIN.test(text) ? text.split(new RegExp(JOIN.source, 'giu')).map((s) => s.trim()).filter(Boolean) : [text]);
  return Object.assign(split, { atComma: splitAtComma, atJoin: splitAtJoin });
  function split(text: string): string[] {
    // cheap check: a second question needs at least a break character or a joining word
    if (text.length < 12 || !CUE.test(text)) return [text];
    const two = TWO_POSITIONS?.exec(text);
    if (two) {
      const [whole, a, b] = two as unknown as [string, string, string];
      const at = two.index;
      return [a, b].map((p) => `${text.slice(0, at)}${p}${text.slice(at + whole.length)}`);
    }
    const parts = text
      .split(BREAK)
      .flatMap((p) => p.split(SYMBOL_JOIN))
      .map((s) => s.trim())
      .filter((s) => /[\p{L}\p{N}]/u.test(s));
    return parts.length > 1 && parts.length <= 4 ? parts : [text];
  }
}
