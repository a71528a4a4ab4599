import type { Body } from '../model';
import { accentInsensitive } from '../question/normalize';

/** A body named in a text: which one, and where. */
export interface NamedBody {
  id: string;
  at: number;
  end: number;
}

/**
 * Finds the bodies of data/bodies.json by their official and former names, in either
 * language, across line breaks and with the qualifiers names carried over the years
 * ("open-ended", "interim", "intergovernmental", "à composition non limitée",
 * "provisoire") allowed between their words. Longest names win where names overlap.
 */
export function createBodyNameFinder(bodies: Body[], qualifiers: string[]) {
  const qual = qualifiers.length ? `(?:[\\s,]+(?:${[...qualifiers].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|')}))*` : '';
  const patternOf = (name: string) => {
    const words = name.split(/\s+/).filter(Boolean).map(accentInsensitive);
    return words.join(`${qual}[\\s,]+`);
  };
  const names = bodies
    .flatMap((b) => [b.names.en, b.names.fr, ...(b.formerNames?.en ?? []), ...(b.formerNames?.fr ?? [])].map((n) => ({ id: b.id, n })))
    .sort((a, b) => b.n.length - a.n.length)
    .map(({ id, n }) => ({ id, re: new RegExp(`(?<![\\p{L}])${patternOf(n)}(?![\\p{L}])`, 'giu') }));

  /** every naming of a known body in s, in order of position, overlaps resolved */
  return function findBodies(s: string): NamedBody[] {
    const found: NamedBody[] = [];
    for (const { id, re } of names) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const at = m.index;
        const end = at + m[0].length;
        if (!found.some((f) => at < f.end && end > f.at)) found.push({ id, at, end });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return found.sort((a, b) => a.at - b.at);
  };
}

export type BodyNameFinder = ReturnType<typeof createBodyNameFinder>;

/**
 * The noun a body's name complements, from the text just before the name: "Chair" in "the
 * Chair of the Working Group", "réunion" in "la réunion du Groupe de travail"; undefined
 * when the name follows no "of" / "du". A body named for another noun than a meeting is
 * not the one that meets ("the Bureau of the Conference met").
 */
export function complementHead(before: string, lang: 'en' | 'fr'): string | undefined {
  const re = lang === 'fr' ? /([\p{L}-]+)\s+(?:du|des|de\s+la|de\s+l['’]|de)\s*(?:la\s+|le\s+|l['’])?$/iu : /([\p{L}-]+)\s+of\s+(?:the\s+)?$/iu;
  return re.exec(before.slice(-50))?.[1];
}
