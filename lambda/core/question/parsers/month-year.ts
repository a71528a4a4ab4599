import type { Parser } from 'chrono-node';
import { accentInsensitive, fold } from '../normalize';
import { yearNamedIn } from './components';

/**
 * "June 2024", "juin 2024", "en octobre 2023", "in March": a whole month. chrono's French
 * locale has no parser for it and its strict English one wants a day. A month with no
 * year must follow a preposition ("in May"), so "may I ask" is not a date.
 */
/** month names that are also common words */
const AMBIGUOUS = new Set(['may']);

export function createMonthYearParser(
  months: Record<string, number>,
  prepositions: string[],
  relative: { before: Record<string, number>; after: Record<string, number> } = { before: {}, after: {} },
  meetingWords: string[] = [],
): Parser {
  const nouns = new Set(meetingWords.map(fold));
  const monthAlt = Object.keys(months)
    .sort((a, b) => b.length - a.length)
    .map(accentInsensitive)
    .join('|');
  const preps = new Set(prepositions.map((p) => fold(p).replace(/'$/, '')));
  // "last october", "next March", "octobre dernier": the month of that name nearest before or after this one
  const alt = (r: Record<string, number>) => Object.keys(r).sort((a, b) => b.length - a.length).map(accentInsensitive).join('|') || '(?!)';
  const offsets = new Map(Object.entries({ ...relative.before, ...relative.after }).map(([k, n]) => [fold(k), n]));
  const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${monthAlt})\\.?(?:,?\\s+(\\d{4}|['’]\\d{2}))?(?![\\p{L}\\p{N}])`, 'iu');
  // the relative word is looked for around a month found, not with it (a cheaper pattern)
  const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(relative.before)})\\s+$`, 'iu');
  const AFTER = new RegExp(`^\\s+(${alt(relative.after)})(?![\\p{L}\\p{N}])`, 'iu');
  return {
    pattern: () => PATTERN,
    extract(context, match) {
      const [, name, year] = match;
      const month = months[fold(name ?? '').replace(/\.$/, '')];
      if (!month) return null;
      const at = match.index ?? 0;
      const before = year ? null : BEFORE.exec(context.text.slice(Math.max(0, at - 16), at));
      const after = year || before ? null : AFTER.exec(context.text.slice(at + match[0].length, at + match[0].length + 16));
      // "this may be", "next may I": a month that is also a word counts only with nothing after it but punctuation or a number
      const word = AMBIGUOUS.has(fold(name ?? '')) && /^\s*\p{L}/u.test(context.text.slice(at + match[0].length));
      const rel = word ? undefined : (before?.[1] ?? after?.[1]);
      if (rel && !year) {
        const offset = offsets.get(fold(rel)) ?? 0;
        const now = context.refDate.getMonth() + 1;
        const y = context.refDate.getFullYear();
        const inYear = offset < 0 ? (month < now ? y : y - 1) : offset > 0 ? (month > now ? y : y + 1) : y;
        // the result covers the relative word too ("last" in "last october" is no "last meeting")
        const c = context.createParsingComponents({ month, year: inYear }).imply('day', 1).addTag('ctoc/month');
        const from = before ? at - before[0].length : at;
        return context.createParsingResult(from, `${before?.[0] ?? ''}${match[0]}${after?.[0] ?? ''}`, c);
      }
      if (!year) {
        const before = fold(context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0)).trimEnd();
        const word = before.split(/[\s'-]+/).filter(Boolean).pop() ?? '';
        // "june meetings", "réunions juillet": next to a meeting word a month needs no preposition ("may" still does)
        const next = fold(context.text.slice(at + match[0].length, at + match[0].length + 20)).trim().split(/[\s,.?!]+/)[0] ?? '';
        const beside = nouns.has(next) || (!AMBIGUOUS.has(fold(name ?? '')) && nouns.has(word));
        // "mai ?", "sept?": a month alone is the whole question
        const last = /^[\s?!.]*$/.test(context.text.slice(at + match[0].length));
        const alone = last && /^[\s?!.]*$/.test(context.text.slice(0, at));
        // "réu gt migrants juillet", "tip mtg june?": a month that ends a question of several words ("may" still needs more)
        const ending = last && !AMBIGUOUS.has(fold(name ?? '')) && /\p{L}{2,}[\s,]+$/u.test(context.text.slice(0, at));
        if (!preps.has(word) && !beside && !alone && !ending) return null;
      }
      const c = context.createParsingComponents({ month }).imply('day', 1).addTag('ctoc/month');
      if (year) c.assign('year', /^\d{4}$/.test(year) ? Number(year) : 2000 + Number(year.slice(1)));
      // "held in 2024 after june": the year named elsewhere in the question, else this one
      else c.imply('year', yearNamedIn(context.text) ?? context.refDate.getFullYear());
      return c;
    },
  };
}
