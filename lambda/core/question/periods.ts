import * as chrono from 'chrono-node';
import type { Chrono, Parser } from 'chrono-node';
import { type IsoDate, MAX_DATE, MIN_DATE, type Period, addDays, earlierOf, laterOf, partsOf } from '../dates';
import type { Lang, Vocabulary } from '../model';
import { CUE, createDateCues } from './date-cue';
import type { Token } from './normalize';
import { createDayPairParser } from './parsers/day-pair';
import { createMonthYearParser } from './parsers/month-year';
import { createQuarterParser } from './parsers/quarter';
import { createRelativePeriodParser } from './parsers/relative-period';
import { createRollingWindowParser } from './parsers/rolling-window';
import { createSeasonParser } from './parsers/season';
import { createWeekNumberParser } from './parsers/week-number';
import { yearComponents, yearParser } from './parsers/year';
import { dropNonDatesRefiner } from './refiners/drop-non-dates';
import { createMergeRangeRefiner } from './refiners/merge-range';
import { AS_OF_TAG, createPeriodPrefixRefiner } from './refiners/period-prefix';
import { createShield } from './refiners/shield';
import { createTenseFinder } from './tense';
import { toPeriod } from './to-period';

export { toPeriod } from './to-period';

/** chrono's parsers and refiners of times of day and time zones, and of "within N units" (a rolling window here), by class name */
const TIME_ONLY = /TimeExpressionParser$|TimeUnitWithinFormatParser$|Timezone|MergeDateTimeRefiner$/;

/** chrono parsers whose pattern does not depend on the context but is built anew on every parse (a regex compiled per question) */
const CONSTANT_PATTERN = /^FRTimeUnitAgoFormatParser$/;

/** The same parser with its pattern built once. */
function withPatternOnce(parser: Parser): Parser {
  let pattern: RegExp | undefined;
  return {
    pattern: (context) => {
      pattern ??= parser.pattern(context);
      return pattern;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

export interface FoundPeriod {
  /** from the earliest to the latest date named (for phrasing); when only an as-of day is named, that day (and no periods) */
  period: Period;
  /** the periods a meeting may fall in: "in May 2023 and in October 2023" is two */
  periods: Period[];
  spans: Array<[number, number]>;
  /** "as at 4 July 2024": the day the question is asked as of, when it names one */
  asOf?: IsoDate;
  /** "still to come" (future), "already held" (past): a side of today was named */
  tense?: 'past' | 'future';
  /** the only dates named are a tense: no period of its own */
  tenseOnly?: boolean;
  /** with a tense and dates, the dates' periods before the tense cut them ("this year" in "has X met yet this year") */
  untensed?: Period[];
  /** the dates are all on the other side of today ("still to come in 2023" asked in 2024): nothing can match */
  sideEmpty?: boolean;
}

/**
 * Several dates in one question: each bounded one is a period of its own; an open one
 * ("from April onwards", "since March") narrows the others ("from April onwards this
 * year" is April to December).
 */
export function combinePeriods(found: Period[]): Period[] {
  const open = found.filter((p) => p.start === MIN_DATE || p.end === MAX_DATE);
  // "summer meetings 2024": a year that holds another period named in it gave that period its year
  const within = (a: Period, b: Period) => a.start >= b.start && a.end <= b.end && (a.start > b.start || a.end < b.end);
  const bounded = found.filter((p) => !open.includes(p)).filter((p, _, all) => p.granularity !== 'year' || !all.some((q) => within(q, p)));
  if (bounded.length === 0) {
    const narrowed = open.reduce((a, b) => ({ start: laterOf(a.start, b.start), end: earlierOf(a.end, b.end), granularity: 'day' as const }));
    return narrowed.start <= narrowed.end ? [narrowed] : open.slice(0, 1);
  }
  return bounded.map((b) => {
    let r = b;
    for (const o of open) {
      const start = laterOf(r.start, o.start);
      const end = earlierOf(r.end, o.end);
      if (start <= end) r = { start, end, granularity: start === r.start && end === r.end ? r.granularity : 'day' };
    }
    return r;
  });
}

/**
 * Builds one chrono per language: the locale's strict configuration (half the cost of
 * the casual one; the casual phrases we need are our own parsers), cloned, with our
 * parsers in front (on a tie in length chrono keeps the earlier parser's result, and
 * ours carry the granularity) and our refiners after chrono's own.
 */
let lastRef: { now: IsoDate; date: Date } | undefined;
/**
 * Noon local time of the day asked about: chrono reads the reference in the process's
 * zone; noon keeps the day. The last one is kept (a fresh copy each time), as building a
 * local date costs more than copying one and the day rarely changes between questions.
 */
function refDate(now: IsoDate): Date {
  if (lastRef?.now !== now) {
    const { y, m, d } = partsOf(now);
    lastRef = { now, date: new Date(y, m - 1, d, 12, 0, 0) };
  }
  return new Date(lastRef.date.getTime());
}

export function createPeriodFinder(vocabulary: Vocabulary, options: { tenses?: boolean } = {}) {
  const relativePeriods = vocabulary.relativePeriods;
  // a tense ("still to come", "already held") is a side of the asker's today: questions read
  // it, documents never do ("is to be held" in a report is no period)
  // (each language's finder built on its first question)
  const tenseFinders: Partial<Record<Lang, ReturnType<typeof createTenseFinder>>> = {};
  const tenses = options.tenses ? (lang: Lang) => (tenseFinders[lang] ??= createTenseFinder(vocabulary.tenses[lang])) : null;
  const { DIGIT, MONTH, UNIT, SEASON, RELATIVE, OTHER } = CUE;
  const ALL = DIGIT | MONTH | UNIT | SEASON | RELATIVE | OTHER;
  // the kinds of date words chrono's own parsers cannot match without (by class name; a
  // parser not listed, or a name lost to a minifier, runs on every text with a date cue)
  const chronoNeeds: Record<string, number> = {
    ENYearMonthDayParser: DIGIT,
    ISOFormatParser: DIGIT,
    SlashDateFormatParser: DIGIT,
    ENSlashMonthFormatParser: DIGIT,
    ENYearMonthNameParser: DIGIT,
    ENMonthNameLittleEndianParser: MONTH,
    ENMonthNameMiddleEndianParser: MONTH,
    FRMonthNameLittleEndianParser: MONTH,
    ENTimeUnitAgoFormatParser: UNIT,
    ENTimeUnitLaterFormatParser: UNIT,
    FRTimeUnitAgoFormatParser: UNIT,
    ENWeekdayParser: OTHER,
    FRWeekdayParser: OTHER,
  };
  const build = (lang: Lang, base: Chrono): { chrono: Chrono; needs: number[] } => {
    const c = base.clone();
    // times of day and time zones say nothing about meetings (results with only a time
    // are dropped anyway): their parsers and refiners are among chrono's costliest
    c.parsers = c.parsers.filter((p) => !TIME_ONLY.test(p.constructor.name));
    const needs = c.parsers.map((p) => chronoNeeds[p.constructor.name] ?? ALL);
    c.parsers = c.parsers.map((p) => (CONSTANT_PATTERN.test(p.constructor.name) ? withPatternOnce(p) : p));
    c.refiners = c.refiners.filter((r) => !TIME_ONLY.test(r.constructor.name));
    const ours: Array<[Parser, number]> = [
      // windows and quarters first: "the next 3 weeks" must not become "next week"
      [createRollingWindowParser(vocabulary.rolling[lang], vocabulary.numbers[lang]), UNIT],
      // quarter letters of both languages: "T1 2024" is a quarter in any question
      [
        createQuarterParser(
          // quarter words and ordinals of both languages too: "second semestre 2023" may read as English
          { letters: { ...vocabulary.quarters.en.letters, ...vocabulary.quarters.fr.letters }, words: { ...vocabulary.quarters.en.words, ...vocabulary.quarters.fr.words } },
          { ...vocabulary.ordinals.en, ...vocabulary.ordinals.fr },
          relativePeriods[lang],
        ),
        DIGIT | UNIT,
      ],
      [createSeasonParser(vocabulary.seasons[lang], relativePeriods[lang]), SEASON],
      [createWeekNumberParser(vocabulary.weekNumbers[lang]), DIGIT],
      [createRelativePeriodParser(relativePeriods[lang], vocabulary.nameWords.articles), RELATIVE],
      [createDayPairParser(vocabulary.months[lang], vocabulary.dayPairJoin[lang]), DIGIT],
      // months of both languages: "meetings juin 2024" is June whatever language the rest is in
      [createMonthYearParser({ ...vocabulary.months.en, ...vocabulary.months.fr }, [...vocabulary.monthPrepositions.en, ...vocabulary.monthPrepositions.fr], vocabulary.monthRelative[lang], [...vocabulary.meetingWords.en, ...vocabulary.meetingWords.fr]), MONTH],
      [yearParser, DIGIT],
    ];
    c.parsers.unshift(...ours.map(([p]) => p));
    needs.unshift(...ours.map(([, n]) => n | OTHER));
    const shield = createShield((r) => yearComponents.has(r.start));
    // the strict configuration drops a weekday alone ("on friday?"): it is the day meant
    // when nothing else is dated (with a date, chrono merges it: "Friday 5 June")
    const weekday = createShield((r) => r.start.isOnlyWeekdayComponent(), { onlyAlone: true });
    c.refiners.unshift(shield.stash, weekday.stash);
    c.refiners.push(
      weekday.restore,
      shield.restore,
      dropNonDatesRefiner,
      createMergeRangeRefiner(vocabulary.rangeWords[lang].open, vocabulary.rangeWords[lang].join),
      // after the merger: "from May to June" is a range, "from May" an open one
      createPeriodPrefixRefiner(vocabulary.periodPrefixes[lang], vocabulary.articles[lang], [...vocabulary.meetingWords[lang], ...vocabulary.plural[lang]]),
    );
    return { chrono: c, needs };
  };
  // each language's configuration is built on its first question: a cold start answering
  // in one language does not pay for the other
  const full: Partial<Record<Lang, { chrono: Chrono; needs: number[] }>> = {};
  const fullFor = (lang: Lang) => (full[lang] ??= build(lang, lang === 'en' ? chrono.en.strict : chrono.fr.strict));
  // chrono is most of the cost of a question, and running a parser over a text it cannot
  // match is most of chrono's: each text gets the configuration of the parsers whose kind
  // of date word it holds (one clone per language and kinds, made when first needed)
  const subsets = new Map<string, Chrono>();
  const configFor = (lang: Lang, bits: number): Chrono => {
    const { chrono: c, needs } = fullFor(lang);
    if (bits & OTHER) return c;
    const key = `${lang}${bits}`;
    let sub = subsets.get(key);
    if (!sub) {
      sub = c.clone();
      sub.parsers = c.parsers.filter((_, i) => ((needs[i] as number) & bits) !== 0);
      subsets.set(key, sub);
    }
    return sub;
  };
  const cues = { en: createDateCues(vocabulary, 'en'), fr: createDateCues(vocabulary, 'fr') };

  /**
   * Finds the period in text (symbols already masked). Several dates make one span from
   * first to last. tokens, when the caller has them, are the text's words (or more).
   */
  return function findPeriod(text: string, lang: Lang, now: IsoDate, tokens?: Token[]): FoundPeriod | null {
    const bits = cues[lang](text, tokens);
    // a tense's words stay for the recognizers ("met", "s'est réuni" also say what is asked)
    const said = tenses ? tenses(lang)(text, tokens) : null;
    // "quelles réunions last week ?": a French question may say its time in English (read
    // so only when French reads no date in it: "sept", "mars" stay French)
    // (relative words and units only: "mon" is "my", not Monday)
    const enBits = lang === 'fr' ? cues.en(text, tokens) & (RELATIVE | UNIT) : 0;
    if (bits === 0 && enBits === 0 && said === null) return null;
    const found: Period[] = [];
    const spans: Array<[number, number]> = [];
    let asOf: IsoDate | undefined;
    const parsed = bits !== 0 ? configFor(lang, bits).parse(text, refDate(now)) : [];
    const results = parsed.length === 0 && enBits !== 0 ? configFor('en', enBits).parse(text, refDate(now)) : parsed;
    if (results.length) {
      for (const r of results) {
        const p = toPeriod(r);
        if (!p) continue;
        spans.push([r.index, r.index + r.text.length]);
        if (r.tags().has(AS_OF_TAG)) asOf ??= p.start;
        else found.push(p);
      }
    }
    // a tense inside a date ("so far" in "so far this year") is that date's
    const tense = said && !spans.some(([a, b]) => said.start < b && said.end > a) ? said.side : null;
    const plain = tense ? found.slice() : found;
    if (tense) found.push(tense === 'past' ? { start: MIN_DATE, end: addDays(now, -1), granularity: 'day' } : { start: now, end: MAX_DATE, granularity: 'day' });
    if (found.length === 0) return asOf ? { period: { start: asOf, end: asOf, granularity: 'day' }, periods: [], spans, asOf } : null;
    // "meetings still to come in 2023" asked in 2024: no day of the period is on that side
    if (tense && plain.length > 0) {
      const side = found[found.length - 1] as Period;
      if (!plain.some((p) => p.start <= side.end && p.end >= side.start)) {
        const untensed = plain.length === 1 ? plain : combinePeriods(plain);
        return { period: untensed[0] as Period, periods: [], spans, tense, tenseOnly: false, untensed, sideEmpty: true };
      }
    }
    const periods = found.length === 1 ? found : combinePeriods(found);
    const first = periods[0] as Period;
    const period =
      periods.length === 1
        ? first
        : { start: periods.map((p) => p.start).sort()[0] as IsoDate, end: periods.map((p) => p.end).sort().pop() as IsoDate, granularity: first.granularity };
    const out: FoundPeriod = asOf ? { period, periods, spans, asOf } : { period, periods, spans };
    if (tense) {
      out.tense = tense;
      out.tenseOnly = plain.length === 0;
      if (plain.length > 0) out.untensed = plain.length === 1 ? plain : combinePeriods(plain);
    }
    return out;
  };
}
