import type { Vocabulary } from '../../model';
import { accentInsensitive, fold } from '../normalize';

type Relative = Vocabulary['relativePeriods']['en'];

/**
 * The year after a quarter or a season: "2023", "'24", "23/24" (two years in a row: the first), "of next year", "de l'an
 * prochain", "of the year". One capturing group; resolve() turns it into a year.
 */
export function yearExpression(relative: Relative, options: { bareTwoDigits?: boolean } = {}) {
  const years = relative.filter((r) => r.unit === 'year' && !r.clip);
  const byPhrase = new Map(years.map((r) => [fold(r.phrase).replace(/’/g, "'"), r.offset]));
  const phrases = [...years].sort((a, b) => b.phrase.length - a.phrase.length).map((r) => accentInsensitive(r.phrase));
  // two-digit years only where they cannot be a day: "'23", or a span of two years "23/24"
  // (after a season's name, which no day follows, "autumn 23" too)
  const source = `(?:\\s*[-/]?\\s*|\\s+(?:of\\s+|de\\s+|d'|in\\s+|en\\s+)?)((?:19|20)\\d{2}|['’]\\d{2}|\\d{2}[/-]\\d{2}(?!\\d)${options.bareTwoDigits ? '|\\d{2}(?![\\d/:.-])' : ''}${phrases.length ? `|${phrases.join('|')}` : ''})`;
  return {
    source,
    resolve(text: string | undefined, refYear: number): number | null {
      if (!text) return null;
      if (/^\d{4}$/.test(text)) return Number(text);
      if (/^['’]\d{2}$/.test(text)) return 2000 + Number(text.slice(1));
      if (/^\d{2}$/.test(text)) return 2000 + Number(text);
      const span = /^(\d{2})[/-](\d{2})$/.exec(text);
      if (span) return Number(span[2]) === Number(span[1]) + 1 ? 2000 + Number(span[1]) : null;
      const offset = byPhrase.get(fold(text).replace(/’/g, "'").replace(/\s+/g, ' '));
      return offset === undefined ? null : refYear + offset;
    },
  };
}
