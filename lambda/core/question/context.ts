import type { IsoDate, Period } from '../dates';
import type { Dataset, Lang } from '../model';
import type { Question } from './question';
import type { Token } from './normalize';
import type { FoundPeriod } from './periods';
import type { Extracted } from './symbols';

export type IntentKey = keyof Dataset['vocabulary']['intents'];

/** What every recognizer reads: the question's text, words and period, computed once. */
export interface QuestionContext {
  text: string;
  lang: Lang;
  now: IsoDate;
  /** the text with symbols, instruments and the period blanked out (offsets kept) */
  masked: string;
  /** every word of the text, and the words outside symbols and the period */
  allTokens: Token[];
  /** the words as typed, before short forms were expanded and typos repaired ("happy new year" stays a wish) */
  typedTokens: Token[];
  /** the periods of another text read as this question's are (for a recognizer that takes words away from a date) */
  periodsOf(text: string): { period: Period | null; periods: Period[] };
  tokens: Token[];
  words: Set<string>;
  /** the same words in order (tokens' norm), one array for every recognizer */
  norms: string[];
  /** the words outside symbols and the period, folded, space-padded */
  folded: string;
  /** the masked text in lower case, accents kept (for accented phrases) */
  lower(): string;
  has(k: IntentKey): boolean;
  found: FoundPeriod | null;
  extracted: Extracted;
  /** token indexes taken by body names (filled by the bodies recognizer) */
  used: Set<number>;
  /** where each body was named */
  bodyAt: Map<string, number>;
  /** the meeting number named with a body's id ("WG.6-10", "COP-12") */
  bodyOrdinal: Map<string, number>;
}

/**
 * One step of understanding, like a chrono parser: it reads the context and fills in
 * its part of the question (or leaves it alone). Recognizers run in a fixed order; the
 * intent recognizer runs last and reads what the others found.
 */
export interface Recognizer {
  readonly name: string;
  recognize(ctx: QuestionContext, q: Question): void;
}
