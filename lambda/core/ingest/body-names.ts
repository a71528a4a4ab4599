import type { Body } from '../model';
import { accentInsensitive, escapeRegExp, fold } from '../question/normalize';

/** A body named in a text: which one, and where. */
export interface NamedBody {
  id: string;
  at: number;
  end: number;
  /** written only with a name's loose variants ("Working Group on Human Trafficking"), which alone do not say the body is ours */
  loose?: boolean;
}

/** words after a body's name that make it a longer name (`ingest.nameGoesOn`, both languages) */
export interface GoesOnWords {
  and: string[];
  of: string[];
  ours: string[];
}

/**
 * Finds the bodies of data/bodies.json by their official and former names, in either
 * language, across line breaks and with the qualifiers names carried over the years
 * ("open-ended", "interim", "intergovernmental", "à composition non limitée",
 * "provisoire") allowed between their words. Longest names win where names overlap.
 * Press releases and web pages write names more loosely: the words of a group of
 * `variants` stand for one another ("UN" for "United Nations"), `optional` words may be
 * left out inside a name ("Conference of Parties"), and an abbreviation in brackets may
 * follow any word ("Conference of the Parties (COP) to the UN Convention … (UNTOC)").
 */
export function createBodyNameFinder(bodies: Body[], qualifiers: string[], variants: string[][] = [], optional: string[] = [], longer: GoesOnWords = { and: [], of: [], ours: [] }) {
  const qual = qualifiers.length ? `(?:[\\s,]+(?:${[...qualifiers].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|')}))*` : '';
  // (words of a name may be joined by a hyphen: "Nations-Unies")
  const sep = `${qual}(?:[\\s,]+|-)`;
  const abbreviation = '(?:\\s*\\(\\p{Lu}[\\p{Lu}\\d.]{1,9}\\))?';
  const optionalWords = new Set(optional.map(fold));
  const groups = variants.map((g) => [...g].sort((a, b) => b.length - a.length).map((ph) => ph.split(/\s+/).filter(Boolean)));
  const startsAt = (words: string[], at: number) => (ph: string[]) => ph.every((w, k) => fold(words[at + k] ?? '') === fold(w));
  // (a group's phrases are written loosely too: "Organized Crime Convention" for "United Nations Convention against …", whose "United Nations" may be "UN")
  const patternOf = (name: string, used: ReadonlySet<number> = new Set()): string => {
    const words = name.split(/\s+/).filter(Boolean);
    let out = '';
    for (let i = 0; i < words.length; ) {
      const at = i;
      const k = groups.findIndex((g, n) => !used.has(n) && g.some(startsAt(words, at)));
      const group = groups[k];
      const phrase = group?.find(startsAt(words, at));
      const re = group && phrase ? `(?:${group.map((ph) => (ph.length > 1 ? patternOf(ph.join(' '), new Set([...used, k])) : accentInsensitive(ph[0] ?? ''))).join('|')})` : accentInsensitive(words[at] ?? '');
      i += phrase?.length ?? 1;
      const last = i >= words.length;
      // (an article inside a name, never its first or last word)
      if (!phrase && at > 0 && !last && optionalWords.has(fold(words[at] ?? ''))) out += `(?:${re}${sep})?`;
      else out += `${re}${abbreviation}${last ? '' : sep}`;
    }
    return out;
  };
  const names = bodies
    .flatMap((b) => [b.names.en, b.names.fr, ...(b.formerNames?.en ?? []), ...(b.formerNames?.fr ?? [])].map((n) => ({ id: b.id, n })))
    .sort((a, b) => b.n.length - a.n.length)
    .map(({ id, n }) => ({
      id,
      re: new RegExp(`(?<![\\p{L}])${patternOf(n)}(?![\\p{L}])`, 'giu'),
      starts: new RegExp(`^${patternOf(n)}(?![\\p{L}])`, 'iu'),
      strict: new RegExp(`^${patternOf(n, new Set(groups.keys()))}$`, 'iu'),
    }));
  // ("the Working Group on Firearms and Ammunition of Mercosur", "… of the Bali Process": a name going on with "and" / "of" and a capitalised word is a longer name, another organ's;
  // not "… and the Working Group on …" (two subjects), "… of UNTOC", "… and Protocols Thereto" (`longer.ours`), nor one going on with another of our names)
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
  const connector = new RegExp(`^\\s+(?:(?:${alt(longer.and)})\\s+|(?:${alt(longer.of)})(?:\\s+|(?<=['’])))(?=\\p{Lu})`, 'u');
  const ours = new RegExp(`^(?:${alt(longer.ours)})(?![\\p{L}])`, 'u');
  const goesOn = (after: string) => {
    const more = longer.and.length + longer.of.length > 0 ? connector.exec(after) : null;
    if (!more) return false;
    const rest = after.slice(more[0].length);
    return !ours.test(rest) && !names.some((x) => x.starts.test(rest));
  };

  /** every naming of a known body in s, in order of position, overlaps resolved */
  return function findBodies(s: string): NamedBody[] {
    const found: NamedBody[] = [];
    for (const { id, re, strict } of names) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const at = m.index;
        const end = at + m[0].length;
        if (goesOn(s.slice(end, end + 300))) continue;
        // ("the Conference of the States Parties … had established its own working group on technical assistance": another organ's own group, not ours)
        if (/^\p{Ll}/u.test(m[0]) && /(?<![\p{L}])(?:own|propre)\s+$/iu.test(s.slice(Math.max(0, at - 12), at))) continue;
        if (!found.some((f) => at < f.end && end > f.at)) found.push(strict.test(m[0]) ? { id, at, end } : { id, at, end, loose: true });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return found.sort((a, b) => a.at - b.at);
  };
}

export type BodyNameFinder = ReturnType<typeof createBodyNameFinder>;

/**
 * Whether a naming found in s writes the body's name as a proper name: every word one of
 * its names capitalises is capitalised ("Working Group on International Cooperation",
 * "Groupe de travail sur la coopération internationale"), not a common noun phrase ("a
 * working group on international cooperation (twinning)").
 */
export function properlyNamed(s: string, n: NamedBody, body: Body): boolean {
  const written = s.slice(n.at, n.end).split(/[\s,]+/).filter(Boolean);
  const names = [body.names.en, body.names.fr, ...(body.formerNames?.en ?? []), ...(body.formerNames?.fr ?? [])];
  return names.some((name) => {
    const words = name.split(/\s+/).filter(Boolean);
    let i = 0;
    for (const w of written) {
      const want = words[i];
      if (want === undefined || fold(w) !== fold(want)) continue;
      if (/^\p{Lu}/u.test(want) && !/^\p{Lu}/u.test(w)) return false;
      i++;
    }
    return i === words.length;
  }) || capitalisedAsNamed(written, names);
}

/** (a name written loosely, "the UN Convention Against …": every written word its names capitalise is capitalised, and there are at least two) */
function capitalisedAsNamed(written: string[], names: string[]): boolean {
  const capitalised = new Set(names.flatMap((n) => n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map(fold)));
  const ours = written.filter((w) => capitalised.has(fold(w)));
  return ours.length >= 2 && ours.every((w) => /^\p{Lu}/u.test(w));
}

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

/**
 * "The Working Group" or, short, "the Group" / "the group" / "du Groupe" with no name
 * after it: a working group the text named before (or the one the document is about).
 * ("the report of the Working Group on its meeting", "du Groupe de travail sur sa réunion":
 * what it reports on, no name; so is "the Working Group on" ending the text, cut before "its")
 */
export const GROUP_REFERENCE = /(?<![\p{L}])(?:[Tt]he|[Tt]his|[Ll]e|[Cc]e|du|au)\s+(?:[Ww]orking [Gg]roup|[Gg]roupe de travail|[Gg]roup|[Gg]roupe)(?![\p{L}])(?!\s+(?:(?:on|of|sur|de|des|du)(?![\p{L}])(?!\s+(?:its|their|sa|son|ses|leurs?)(?![\p{L}])|\s*$|(?<=de)\s+(?:(?:lui|leur|se)(?![\p{L}])|s['’]|\p{Ll}{2,}(?:er|ir|re)(?![\p{L}])))|d['’]))/gu;

/**
 * GROUP_REFERENCE, not where the group is another one, named by a word after it
 * (`ingest.otherGroupWords`: "du Groupe interinstitutions de coordination", "the Group of Friends").
 */
export function groupReferencePattern(otherWords: string[]): RegExp {
  if (otherWords.length === 0) return GROUP_REFERENCE;
  const other = [...otherWords].sort((a, b) => b.length - a.length).map((w) => accentInsensitive(w).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`${GROUP_REFERENCE.source}(?!\\s+(?:${other})(?![\\p{L}]))`, 'gu');
}

/**
 * The working group a GROUP_REFERENCE at `at` stands for. The short "the Group" / "du
 * Groupe" is the group named last before it in its sentence ("the Chair of the Working
 * Group on Firearms said the Group had …"), else `fallback`; "the Working Group" is
 * `fallback` (the document's group), else the group named last before it in the text.
 */
export function groupReferred(text: string, at: number, reference: string, named: NamedBody[], conference: string | null, fallback: string | null): string | null {
  const groups = named.filter((n) => n.id !== conference && n.end <= at);
  const lastBefore = groups[groups.length - 1] ?? null;
  if (/working|travail/i.test(reference)) return fallback ?? lastBefore?.id ?? null;
  // "the Group of Friends … The Group met": the last group the text named is none of the known bodies
  const references = [...text.matchAll(GROUP_REFERENCE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const lastGroupWord = [...text.slice(0, at).matchAll(/(?<![\p{L}])groupe?(?![\p{L}])/giu)].pop();
  const known = (x: number) => named.some((n) => n.at <= x && x < n.end) || references.some(([a, b]) => a <= x && x < b);
  if (lastGroupWord && !known(lastGroupWord.index ?? 0)) return null;
  const sentenceStart = Math.max(0, ...[...text.slice(0, at).matchAll(/[.;]\s+(?=\p{Lu})/gu)].map((m) => (m.index ?? 0) + 1));
  return (lastBefore && lastBefore.at >= sentenceStart ? lastBefore.id : null) ?? fallback ?? lastBefore?.id ?? null;
}

/**
 * "the Conference" / "la Conférence" standing for ours (not "the Conference of the States
 * Parties", another convention's), and "Conference of the Parties" / "Conférence des
 * Parties" opening a line with no article (a table's row, a heading).
 */
export function conferenceReference(lang: 'en' | 'fr' | 'both'): RegExp {
  const en = '(?<![\\p{L}])(?:[Tt]he\\s+Conference|(?<=^|\\n)Conference\\s+of\\s+the\\s+Parties)(?!\\s+of\\s+the\\s+States)(?![\\p{L}])';
  const fr = '(?<![\\p{L}])(?:[Ll]a\\s+Conf[ée]rence|(?<=^|\\n)Conf[ée]rence\\s+des\\s+Parties)(?!\\s+des\\s+[ÉE]tats)(?![\\p{L}])';
  return new RegExp(lang === 'en' ? en : lang === 'fr' ? fr : `${en}|${fr}`, 'gu');
}
