import type { Body } from '../model';
import { accentInsensitive } from '../question/normalize';
import { type BodyNameFinder, conferenceReference, groupReferencePattern } from './body-names';

/** Where a text names an organ that is none of the known bodies. */
export interface OtherOrgan {
  at: number;
  end: number;
  word: string;
}

/**
 * Builds the finder of organs that are not ours: a capitalised organ noun of the vocabulary
 * (`ingest.otherOrgans`: "Committee", "Commission", "Assembly", "Comité", …) that is part
 * of no known body's name (official, former or short: "the Conference of the Parties"), of
 * no "the Conference" / "la Conférence" standing for ours, and of no "the Group" standing
 * for a known group. A meeting said of such an organ ("the Ad Hoc Committee, whose last
 * session was held …") is not one of ours, whatever the sentence's form.
 */
export function createOtherOrganFinder(bodies: Body[], organs: string[], findBodies: BodyNameFinder, otherGroupWords: string[] = []) {
  if (organs.length === 0) return (_s: string, _anyCase = false): OtherOrgan[] => [];
  const organ = new RegExp(`(?<![\\p{L}])(?:${[...organs].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|')})(?![\\p{L}])`, 'giu');
  const shorts = bodies
    .flatMap((b) => [b.short.en, b.short.fr])
    .map((n) => n.replace(/^(?:the|la|le|les|l['’])\s*/i, ''))
    .filter((n) => n.length > 3)
    .map((n) => new RegExp(`(?<![\\p{L}])${accentInsensitive(n)}(?![\\p{L}])`, 'giu'));
  // "the Conference", "la Conférence" (not "of the States Parties": another convention's); "conference room paper" names a document
  const ours = [conferenceReference('both'), /(?<![\p{L}])Conference\s+room(?![\p{L}])/giu, groupReferencePattern(otherGroupWords)];
  /**
   * the organs not ours named in s; `anyCase`: also written in lower case ("the expert group, which held its second
   * meeting …"), except a "working group" / "groupe de travail", which in a document of a group may be that group
   */
  return function otherOrgans(s: string, anyCase = false): OtherOrgan[] {
    const covered: Array<[number, number]> = findBodies(s).map((n) => [n.at, n.end]);
    for (const re of [...shorts, ...ours]) for (const m of s.matchAll(re)) covered.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    return [...s.matchAll(organ)].flatMap((m) => {
      const at = m.index ?? 0;
      // (a capital: "the Committee"; in lower case only when asked, and never a "working group")
      const lower = !/^\p{Lu}/u.test(m[0]);
      if (lower && (!anyCase || /working\s+$/i.test(s.slice(Math.max(0, at - 10), at)) || /^\s+de\s+travail/i.test(s.slice(at + m[0].length)))) return [];
      return covered.some(([a, b]) => a <= at && at < b) ? [] : [{ at, end: at + m[0].length, word: m[0] }];
    });
  };
}

export type OtherOrganFinder = ReturnType<typeof createOtherOrganFinder>;
