import type { Lang, Vocabulary } from '../model';

export type Tense = 'past' | 'future';

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/\s+/g, '\\s+');

/**
 * Builds the reader of a sentence's tense for one language, from the vocabulary's
 * `ingest.tense` markers ("will", "is to", "se tiendra" / "was", "had", "s'est"), matched
 * with their accents ("a" is not "à"). French also has the future of a reflexive verb
 * ("se déroulera", "se réuniront") by its ending, English a body's own simple past ("the
 * Working Group recommended …", not "established by") by its. Of the markers found, the one nearest
 * the end of the text (the dates) wins; none: null.
 */
export function createTenseReader(v: Vocabulary, lang: Lang): (s: string) => Tense | null {
  const re = (words: string[]) => new RegExp(`(?<![\\p{L}'’-])(?:${[...words].sort((a, b) => b.length - a.length).map(literal).join('|')})(?![\\p{L}'’-])`, 'giu');
  const future = re(v.ingest.tense.future[lang]);
  const past = re(v.ingest.tense.past[lang]);
  const reflexiveFuture = lang === 'fr' ? /(?<![\p{L}])(?:se|s['’])\s*\p{L}+(?:ra|ront|rait|raient)(?![\p{L}])/giu : null;
  // English also has a body's own simple past ("…, the Working Group recommended that …"; not a participle, "the Group established by")
  // (or any name's last word: "… the Conference of the Parties to the … Convention against Transnational Organized Crime adopted the following …", or an acronym: "(PAM) participated in …")
  const simplePast = lang === 'en' ? /(?<=(?:Group|Conference|\p{Lu}\p{Ll}+|\p{Lu}{2,}\)?)\s+)\p{Ll}{3,}ed(?=\s+(?!by\b|in\b|at\b|under\b|for\b|with\b|to\b|on\b|from\b|as\b)\p{Ll}|,\s+(?:at|during|on|in)\s+(?:its|their|the)\s)/gu : null;
  // a participle after a future's auxiliary is that future ("will be convened", "is to be held"), not a past
  const futureAuxiliary = lang === 'en' ? /(?<![\p{L}])(?:will|shall|would|to)\s+(?:be|have\s+been)\s+$/iu : /(?<![\p{L}])(?:sera|seront|serait|seraient)\s+$/iu;
  const lastAt = (r: RegExp | null, s: string, skipAfterFuture = false) => {
    if (!r) return -1;
    let at = -1;
    for (const m of s.matchAll(r)) {
      if (skipAfterFuture && futureAuxiliary.test(s.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0))) continue;
      at = Math.max(at, (m.index ?? 0) + m[0].length);
    }
    return at;
  };
  return (s: string) => {
    const f = Math.max(lastAt(future, s), lastAt(reflexiveFuture, s));
    const p = Math.max(lastAt(past, s, true), lastAt(simplePast, s));
    if (f < 0 && p < 0) return null;
    return f > p ? 'future' : 'past';
  };
}

/**
 * Held or scheduled, from what a sentence says (its verb's or its tense's `held`, null when
 * it says neither) and the meeting's dates against the document's date (null for a web
 * page). They disagree when a meeting said to be held had not begun by the document's date
 * or one said to be coming had ended before it: a person decides ('disagree'); with
 * neither a tense nor a date nothing tells ('unknown'). With a date and no tense, a meeting
 * that had begun before the document's date is held (under way counts as held).
 */
export function statusOf(said: boolean | null, p: { start: string; end: string }, docDate: string | null): boolean | 'disagree' | 'unknown' {
  if (said !== null && docDate !== null && (said ? p.start > docDate : p.end < docDate)) return 'disagree';
  // (under way on the document's date, whatever the wording: "will run from 14 to 18 October" on a page of the 16th is being held)
  if (said === false && docDate !== null && p.start < docDate) return true;
  if (said !== null) return said;
  // (a meeting under way on the document's date, "is taking place from 14 to 18 October" on a page of the 16th, is being held)
  return docDate !== null ? p.start < docDate : 'unknown';
}

/**
 * Whether a sentence's word of postponing or cancelling (`cancelled`) stands for the dates at
 * `datesAt`: one after them does ("… from 13 to 15 April was postponed"), and so does one
 * before them with no verb of holding between ("had originally been scheduled to take place
 * from 13 to 15 April"); one followed by a verb of holding before the dates does not — those
 * are the meeting's new dates ("originally scheduled for April, was held from 6 to 8 July",
 * "initialement prévue en mai, se tiendra du 7 au 9 juin").
 */
export function cancelledAt(sentence: string, datesAt: number, cancelled: RegExp, holding: RegExp): boolean {
  const all = [...sentence.matchAll(new RegExp(cancelled.source, 'giu'))];
  if (all.length === 0) return false;
  if (all.some((m) => (m.index ?? 0) > datesAt)) return true;
  const before = all.filter((m) => (m.index ?? 0) < datesAt).pop();
  if (!before) return true;
  const between = sentence.slice((before.index ?? 0) + before[0].length, Math.max((before.index ?? 0) + before[0].length, datesAt));
  // ("postponed to 5–7 June", "reportée au …": the dates it was moved to)
  if (/^\s*(?:to|until|till|au|à|jusqu['’]au)\s+(?:[\p{L}]+\s+)?\d/iu.test(between)) return false;
  return !holding.test(between);
}

/** a verb of holding in a finite form ("was held", "will be held", "se tiendra"), not an infinitive or a participle of planning ("to be held", "scheduled for", "prévue") */
export const finiteHolding = (w: string) => !/^(?:to|scheduled|planned|prévue?s?|devant|tenue?s?|convoqu)/i.test(w.trim());

/** "Report of the Conference … on its third session, held in …", "rapport sur la réunion … tenue à …": words of a report on a meeting (`ingest.reportWords` and "of" / "on" / "sur" / "de"); a meeting reported on was held */
export const reportOnPattern = (v: Vocabulary): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${[...v.ingest.reportWords.en, ...v.ingest.reportWords.fr].map(literal).join('|')})\\s+(?:of|on|sur|du|de)(?![\\p{L}])`, 'iu');

/**
 * "La deuxième journée de la 12e réunion du …", "the second day of the meeting of the …": the words before a meeting
 * (or before its body's name) saying that its dates are one day of it (`ingest.dayWords`), not its dates
 */
export const dayOfPattern = (v: Vocabulary): RegExp => {
  const alt = (ws: string[]) => ws.map(literal).join('|');
  const of = "(?:of\\s+(?:the\\s+|its\\s+)?|de\\s+(?:la|sa)\\s+|du\\s+|de\\s+l['’]\\s*)";
  const meeting = alt([...v.ingest.meetingWords.en, ...v.ingest.sessionWords.en, ...v.ingest.meetingWords.fr, ...v.ingest.sessionWords.fr]);
  return new RegExp(`(?<![\\p{L}])(?:${alt([...v.ingest.dayWords.en, ...v.ingest.dayWords.fr])})\\s+${of}(?:[\\p{L}\\dᵉ]+\\s+)?(?:(?:${meeting})\\s+${of})?$`, 'iu');
};
