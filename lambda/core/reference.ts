import type { IsoDate } from './dates';
import type { Body, Dataset, Lang, Meeting } from './model';
import { englishPhrases } from './phrases/en';
import { frenchPhrases } from './phrases/fr';
import type { Phrases } from './phrases/phrases';

export interface BodyAtAGlance {
  body: Body;
  last: Meeting | null;
  next: Meeting | null;
  latestReport: { symbol: string; meeting: Meeting } | null;
}

/** The team's quick reference at a date: what is coming, what just happened, each body. */
export interface QuickReference {
  now: IsoDate;
  upcoming: Meeting[];
  recent: Meeting[];
  bodies: BodyAtAGlance[];
}

const byStart = (a: Meeting, b: Meeting) => a.start.localeCompare(b.start) || a.body.localeCompare(b.body);

export function quickReference(data: Dataset, now: IsoDate, recentCount = 5): QuickReference {
  const meetings = [...data.meetings].sort(byStart);
  const past = meetings.filter((m) => m.end < now);
  return {
    now,
    upcoming: meetings.filter((m) => m.end >= now),
    recent: past.slice(-recentCount).reverse(),
    bodies: data.bodies.map((body) => {
      const own = meetings.filter((m) => m.body === body.id);
      const ownPast = own.filter((m) => m.end < now);
      const withReport = own.filter((m) => m.report).pop();
      return {
        body,
        last: ownPast[ownPast.length - 1] ?? null,
        next: own.find((m) => m.end >= now) ?? null,
        latestReport: withReport?.report ? { symbol: withReport.report, meeting: withReport } : null,
      };
    }),
  };
}

/** The sentence builder of a language, for renderers that lay answers out themselves. */
export function phrasesFor(lang: Lang, data: Dataset): Phrases {
  return lang === 'fr' ? frenchPhrases(data.vocabulary.monthNames.fr) : englishPhrases(data.vocabulary.monthNames.en);
}
