import * as chrono from 'chrono-node';
import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import { type Granularity, type IsoDate, type Period, dayPeriod, isoOf, monthPeriod, partsOf, weekPeriod, yearPeriod } from '../dates';
import type { Lang, Vocabulary } from '../model';
import { accentInsensitive, fold } from './normalize';
import { createDayPairParser } from './parsers/day-pair';
import { createMonthYearParser } from './parsers/month-year';
import { createRelativePeriodParser } from './parsers/relative-period';
import { yearComponents, yearParser } from './parsers/year';
import { dropNonDatesRefiner } from './refiners/drop-non-dates';
import { createMergeRangeRefiner } from './refiners/merge-range';
import { createShield } from './refiners/shield';

export interface FoundPeriod {
  period: Period;
  spans: Array<[number, number]>;
}

function granularityOf(c: ParsedComponents, tags: Set<string>): Granularity | null {
  if (tags.has('ctoc/week')) return 'week';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

function unitPeriod(c: ParsedComponents, g: Granularity): Period {
  const y = c.get('year') ?? 1970;
  const m = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  if (g === 'year') return yearPeriod(y);
  if (g === 'month') return monthPeriod(y, m);
  const iso = isoOf(y, m, d);
  return g === 'week' ? weekPeriod(iso) : dayPeriod(iso);
}

/** The range a chrono result covers, at the granularity the asker used. */
export function toPeriod(r: ParsedResult): Period | null {
  const tags = r.tags();
  const g = granularityOf(r.start, tags);
  if (!g) return null;
  const start = unitPeriod(r.start, g);
  if (!r.end) return start;
  const ge = granularityOf(r.end, tags) ?? g;
  const end = unitPeriod(r.end, ge);
  if (end.end < start.start) return null;
  return { start: start.start, end: end.end, granularity: g === ge ? g : 'day' };
}

/**
 * Builds one chrono per language: the locale's strict configuration (half the cost of
 * the casual one; the casual phrases we need are our own parsers), cloned, with our
 * parsers in front (on a tie in length chrono keeps the earlier parser's result, and
 * ours carry the granularity) and our refiners after chrono's own.
 */
export function createPeriodFinder(vocabulary: Vocabulary) {
  const build = (lang: Lang, base: Chrono): Chrono => {
    const c = base.clone();
    const ours = [
      createRelativePeriodParser(vocabulary.relativePeriods[lang]),
      createDayPairParser(vocabulary.months[lang], vocabulary.dayPairJoin[lang]),
      createMonthYearParser(vocabulary.months[lang], vocabulary.monthPrepositions[lang]),
      yearParser,
    ];
    c.parsers.unshift(...ours);
    const shield = createShield((r) => yearComponents.has(r.start));
    c.refiners.unshift(shield.stash);
    c.refiners.push(shield.restore, dropNonDatesRefiner, createMergeRangeRefiner(vocabulary.rangeWords[lang].open, vocabulary.rangeWords[lang].join));
    return c;
  };
  const parsers: Record<Lang, Chrono> = { en: build('en', chrono.en.strict), fr: build('fr', chrono.fr.strict) };

  // chrono is most of the cost of a question: skip it when nothing in the text can be a
  // date (no digit, no month, weekday or relative word of either language)
  const cueWords = [
    ...Object.keys(vocabulary.months.en),
    ...Object.keys(vocabulary.months.fr),
    ...vocabulary.relativePeriods.en.flatMap((r) => r.phrase.split(/\s+/)),
    ...vocabulary.relativePeriods.fr.flatMap((r) => r.phrase.split(/[\s']+/)),
    ...vocabulary.dateCues.en,
    ...vocabulary.dateCues.fr,
  ]
    .map((w) => fold(w))
    .filter((w) => w.length >= 3);
  const DATE_CUE = new RegExp(`\\d|(?:${[...new Set(cueWords)].map(accentInsensitive).join('|')})`, 'i');

  /** Finds the period in text (symbols already masked). Several dates make one span from first to last. */
  return function findPeriod(text: string, lang: Lang, now: IsoDate): FoundPeriod | null {
    if (!DATE_CUE.test(text)) return null;
    const { y, m, d } = partsOf(now);
    // noon local time: chrono reads the reference in the process's zone; noon keeps the day
    const ref = new Date(y, m - 1, d, 12, 0, 0);
    const results = parsers[lang].parse(text, ref);
    let period: Period | null = null;
    const spans: Array<[number, number]> = [];
    for (const r of results) {
      const p = toPeriod(r);
      if (!p) continue;
      spans.push([r.index, r.index + r.text.length]);
      if (!period) period = p;
      else period = { start: [p.start, period.start].sort()[0] as IsoDate, end: [p.end, period.end].sort()[1] as IsoDate, granularity: period.granularity };
    }
    return period ? { period, spans } : null;
  };
}
