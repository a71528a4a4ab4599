import type { IsoDate, Period } from '../dates';
import type { Lang, Vocabulary } from '../model';
import { accentInsensitive, fold, ordinalSuffixPattern } from '../question/normalize';
import { type BodyNameFinder, complementHead, conferenceReference, groupReferencePattern, groupReferred } from './body-names';
import type { OtherOrganFinder } from './other-organs';
import { createTenseReader } from './tense';

/** A meeting a sentence states: "held its fourth session …", "the seventh meeting … will be held on …". */
export interface Mention {
  /** where the meeting is named in the text */
  at: number;
  label: string;
  number: number | null;
  word: 'meeting' | 'session';
  /** the known body the sentence attributes it to, if any */
  body: string | null;
  held: boolean | null;
  /** text after the mention where its dates and place are, up to the next mention or the sentence's end */
  window: string;
  /** where the window starts in the text */
  windowAt: number;
  sentence: string;
  /** held during another meeting ("met during the third session of the Conference"): its window runs over that meeting's */
  during?: boolean;
  /** the organ, none of ours, the meeting is said of ("the Ad Hoc Committee, whose last session …"): body is then null */
  other?: string;
}

const ordinalKeys = (v: Vocabulary, lang: Lang) => Object.keys(v.ordinals[lang]).sort((a, b) => b.length - a.length);

/**
 * Builds the reader of meeting mentions for one language: the ordinal and meeting words,
 * the verbs of holding (held / will be held) and the words that make a mention a mere
 * reference ("at its fifth session") come from the vocabulary.
 */
export function createMentionReader(v: Vocabulary, lang: Lang, findBodies: BodyNameFinder, conferenceId: string | null, otherOrgans: OtherOrganFinder = () => []) {
  const ord = `(?:\\d{1,3}${ordinalSuffixPattern(v.ordinalSuffixes)}|${ordinalKeys(v, lang).map(accentInsensitive).join('|')})`;
  const relativeWord = new RegExp(`^(?:${v.ingest.relativeWords[lang].map(accentInsensitive).join('|')})$`, 'iu');
  const kindWords = [...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]];
  const sessionWords = new Set(v.ingest.sessionWords[lang].map(fold));
  const kinds = `(${kindWords.map(accentInsensitive).join('|')})`;
  // (as written, capitalised: "recalling" inside a sentence opens no paragraph)
  const preamble = new RegExp(`(?:^|[,;]\\s*)(?:${v.ingest.preambleWords[lang].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})(?![\\p{L}])`, 'gu');
  const possessive = lang === 'fr' ? "sa|son|leur|la|le|cette" : 'its|their|the|this';
  const joint = `(?:\\s+(?:${v.ingest.jointWords[lang].map(accentInsensitive).join('|')}))?`;
  const jointWord = new RegExp(`(?<![\\p{L}])(?:${v.ingest.jointWords[lang].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const withOrdinal = new RegExp(`(?<![\\p{L}])(${possessive})\\s+(${ord}|${v.ingest.relativeWords[lang].map(accentInsensitive).join('|')})(?:\\s+(?:${v.ingest.jointWords[lang].map(accentInsensitive).join('|')}))?\\s+${kinds}${joint}(?![\\p{L}])`, 'giu');
  // "its meeting held in Vienna on …", "sa réunion tenue à Vienne …": a possessive meeting with no ordinal, its participle of holding right after it
  const ownHeld = new RegExp(`(?<![\\p{L}])(${lang === 'fr' ? 'sa|son|leur' : 'its|their'})\\s+${kinds}(?=\\s*,?\\s*(?:${[...v.ingest.participles[lang], ...v.ingest.held[lang], ...v.ingest.scheduled[lang]].map(accentInsensitive).join('|')})(?![\\p{L}]))`, 'giu');
  const ofA = lang === 'fr' ? "(?:du|de la|de l'|des)" : '(?:of the|of)';
  const plain = new RegExp(`(?<![\\p{L}])${kinds}\\s+${ofA}\\s*`, 'giu');
  const verbs = [...v.ingest.held[lang].map((w) => ({ w, held: true })), ...v.ingest.scheduled[lang].map((w) => ({ w, held: false }))].sort((a, b) => b.w.length - a.w.length);
  const verbRe = new RegExp(`(?<![\\p{L}])(${verbs.map((x) => accentInsensitive(x.w)).join('|')})(?![\\p{L}])`, 'giu');
  // a bare participle after a meeting ("session, held in Vienna from …") says nothing of the time: the dates will
  const participles = new Set(v.ingest.participles[lang].map(fold));
  const heldOf = (w: string) => verbs.find((x) => fold(x.w) === fold(w))?.held ?? null;
  // between a verb and its meeting, a preposition of time says the verb is another's ("à Vienne" may stand there)
  const refInside = new RegExp(`(?<![\\p{L}])(?:${v.ingest.referenceWords[lang].filter((w) => w.length > 3).map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const refWords = new RegExp(`(?:^|[\\s,(])(?:${v.ingest.referenceWords[lang].map(accentInsensitive).join('|')})\\s*$`, 'iu');
  const conference = conferenceReference(lang);
  const adjectives = v.ingest.otherGroupAdjectives[lang].map(accentInsensitive).join('|');
  const otherAdjGroup = new RegExp(`^\\s*(?:of\\s+the|of|du|de\\s+la|des)\\s+(?:(?:${adjectives})\\s+(?:working\\s+)?group|groupe(?:\\s+de\\s+travail)?\\s+(?:${adjectives}))(?![\\p{L}])`, 'iu');
  const bareGroup = groupReferencePattern([...v.ingest.otherGroupWords.en, ...v.ingest.otherGroupWords.fr]);
  const metVerb = new RegExp(`^\\s*(?:,[^,]{0,80},\\s*)?(?:,?\\s*(?:which|that|qui)\\s+)?(?:(?:${v.ingest.metAdverbs[lang].map(accentInsensitive).join('|')})\\s+)?(${v.ingest.metVerbs[lang].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  // a row of a table or list opening with its meeting, the body the section's or document's: "Fifth meeting, Vienna, 8 and 9 May 2017, …"
  const rowOpening = new RegExp(`^\\s*(${ord})\\s+${kinds}(?=\\s*[,:–—-])`, 'iu');
  // ("<body>: third meeting", "<body>, tenth meeting", "<body> (fifth meeting):")
  const listItem = new RegExp(`^\\s*(?:[:,]\\s*|\\(\\s*(?=[^()]{1,40}\\)\\s*[:,]))(?:(${ord})\\s+)?${kinds}(?![\\p{L}])\\)?`, 'iu');
  // ("…, en marge de la dixième session de la Conférence, …": a name a preposition of time governs is not the one a possessive stands for)
  const duringBefore = new RegExp(`(?<![\\p{L}])(?:${v.ingest.duringWords[lang].map(accentInsensitive).join('|')})\\s+(?:[\\p{L}'’-]+\\s+){0,5}$`, 'iu');
  const duringWords = new RegExp(`(?<![\\p{L}])(?:${v.ingest.duringWords[lang].map(accentInsensitive).join('|')})\\s+(?:the|its|la|sa|de la)?\\s*$`, 'iu');
  const meetingWordSet = new Set(kindWords.map(fold));
  // dates in brackets, a place before them or not, no symbol ("(CTOC/COP/WG.6/2019/3)" is a document)
  const datesInBrackets = /^\s*\(\s*(?:\p{Lu}[\p{L}'. -]+,\s*)?\d{1,2}[^()/]{0,30}\s\d{4}\s*\)/u;
  const respectively = new RegExp(`(?<![\\p{L}])(?:${v.ingest.respectively[lang].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const ordinalOf = (w: string): number | null => {
    const f = fold(w).replace(/-/g, ' ');
    const m = /^(\d{1,3})\s*(?:st|nd|rd|th|e|eme|er|re)?$/.exec(f);
    if (m) return Number(m[1]);
    for (const [k, n] of Object.entries(v.ordinals[lang])) if (fold(k).replace(/-/g, ' ') === f) return n;
    return null;
  };

  // (not one a qualifier makes another event's: "The meeting in Dakar took place …", "La session de formation s'est tenue …")
  const qualified = `(?!\\s+(?:${v.ingest.qualifierWords[lang].map(accentInsensitive).join('|')})(?![\\p{L}]))`;
  const pronoun = new RegExp(`(?<=^|[.!?]\\s+)(?:${v.ingest.subjectPronouns[lang].map(accentInsensitive).join('|')})(?![\\p{L}'’])${qualified}`, 'giu');
  /** "<body> was established in 2010. It met …": a pronoun opening a sentence stands for the body the sentence before opened with (or for its own pronoun's) */
  // (or for the meeting of a body the sentence before opened with: "The meeting of <body> … was postponed. It will now take place on …"; a lead-in ending in a colon may come first)
  // (a news item's dateline may open the sentence: "Vienna, 12 October 2033 - The seventeenth session of …")
  const meetingOpener = new RegExp(`^\\s*(?:[^:.!?]{1,30}:\\s*|[^.!?]{1,60}?\\s[-–—]+\\s+)?(?:the|le|la|les|l['’])?\\s*(?:[\\p{L}-]+\\s+){0,2}?${kinds}\\s+${lang === 'fr' ? "(?:du|de la|de l['’]|des)" : '(?:of the|of)'}\\s*$`, 'iu');
  const pronounSubjects = (text: string, subjects: Array<{ id: string; at: number; end: number }>) => {
    const found: Array<{ id: string; at: number; end: number; meeting?: boolean }> = [];
    for (const m of text.matchAll(pronoun)) {
      const at = m.index ?? 0;
      const s0 = Math.max(0, ...[...text.slice(0, Math.max(0, at - 2)).matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((x) => (x.index ?? 0) + x[0].length));
      const before = [...subjects, ...found].filter((n) => n.at >= s0 && n.at < at);
      const opener = before.find((n) => /^\s*(?:the|le|la|les|l['’])?\s*$/iu.test(text.slice(s0, n.at)));
      const meeting = opener ? undefined : before.find((n) => meetingOpener.test(text.slice(s0, n.at)));
      if (opener) found.push({ id: opener.id, at, end: at + m[0].length });
      else if (meeting) found.push({ id: meeting.id, at, end: at + m[0].length, meeting: true });
    }
    return found;
  };
  // "It will now take place in …": a pronoun standing for a meeting, a verb of meeting in its next words (not denied: "It will not take place")
  const meetingVerbNear = new RegExp(`^\\s*((?:[\\p{L}'’]+\\s+){0,3}?)(?:${v.ingest.meetingVerbs[lang].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  // (an elided word, "n'", runs on into the next)
  const negation = new RegExp(`(?<![\\p{L}])(?:${v.ingest.negations[lang].map((w) => `${accentInsensitive(w)}${/'$/.test(w) ? '' : '(?![\\p{L}])'}`).join('|')})`, 'iu');
  const tenseOf = createTenseReader(v, lang);

  /** known bodies (and "the Conference") named in s */
  const named = (s: string) => {
    const found = findBodies(s);
    if (conferenceId) for (const m of s.matchAll(conference)) if (!found.some((f) => (m.index ?? 0) >= f.at && (m.index ?? 0) < f.end)) found.push({ id: conferenceId, at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    return found.sort((a, b) => a.at - b.at);
  };

  /** the sentence around [at, end) of text */
  const sentenceOf = (text: string, at: number, end: number) => {
    const before = text.slice(0, at);
    // (a sentence may start at the anchor itself: "… des Parties. Sa quatorzième réunion …")
    const stops = [...before.matchAll(/[.;:]\s+(?=[\p{Lu}\d]|$)/gu)];
    const s0 = stops.length ? (stops[stops.length - 1]?.index ?? 0) + 2 : 0;
    const after = /[.;]\s+(?=[\p{Lu}\d])|[.;]$/u.exec(text.slice(end));
    const s1 = after ? end + (after.index ?? 0) : text.length;
    return { s0, s1 };
  };

  interface Anchor {
    at: number;
    end: number;
    label: string;
    number: number | null;
    word: string;
    possessive: boolean;
    /** "its previous meeting" */
    relative?: boolean;
    /** "its meeting held …": its owner is named before it in its sentence, else the clause reader finds the subject after it */
    fronted?: boolean;
    /** a row opening with its meeting ("Fifth meeting, Vienna, …"): its dates tell held or scheduled */
    row?: boolean;
    /** the body and verb when the anchor is "<body> met" */
    subject?: { body: string; held: boolean | null; with?: string[] };
  }

  return function mentionsIn(text: string, fallbackBody: string | null): Mention[] {
    const anchors: Anchor[] = [];
    for (const m of text.matchAll(withOrdinal)) {
      // "the first joint meeting" counts joint meetings, not the meetings of either body
      const isJoint = jointWord.test(m[0]);
      const number = isJoint ? null : ordinalOf(m[2] ?? '');
      // "its previous meeting, held in …", "its next session": a meeting without its ordinal
      if (number !== null || isJoint || relativeWord.test(m[2] ?? '')) anchors.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, label: m[0], number, word: m[3] ?? '', possessive: !/^(?:the|la|le|this|cette)$/i.test(m[1] ?? ''), relative: number === null });
    }
    const row = rowOpening.exec(text);
    const rowNumber = row ? ordinalOf(row[1] ?? '') : null;
    if (row && rowNumber !== null && !anchors.some((a) => a.at < row[0].length)) anchors.push({ at: 0, end: row[0].length, label: row[0].trim(), number: rowNumber, word: row[2] ?? '', possessive: false, row: true });
    for (const m of text.matchAll(ownHeld)) {
      const at = m.index ?? 0;
      if (!anchors.some((a) => at >= a.at && at < a.end)) anchors.push({ at, end: at + m[0].length, label: m[0], number: null, word: m[2] ?? '', possessive: true, relative: true, fronted: true });
    }
    for (const m of text.matchAll(plain)) {
      const at = m.index ?? 0;
      if (anchors.some((a) => at >= a.at && at < a.end)) continue;
      anchors.push({ at, end: at + m[0].length, label: m[0].trim(), number: null, word: m[1] ?? '', possessive: false });
    }
    // "<body> met in Vienna on …", "the Working Group met from …": the body is the subject
    const groupBody = fallbackBody && fallbackBody !== conferenceId ? fallbackBody : null;
    // "the Working Group": the document's group, else the working group named last before it; "the Group": the one its sentence named last
    const namedHere = findBodies(text);
    const groupRefs = [...text.matchAll(bareGroup)].flatMap((m) => {
      const at = m.index ?? 0;
      const id = groupReferred(text, at, m[0], namedHere, conferenceId, groupBody);
      return id && !namedHere.some((n) => at < n.end && at + m[0].length > n.at) ? [{ id, at, end: at + m[0].length }] : [];
    });
    const subjects = [...named(text), ...groupRefs];
    const pronouns = pronounSubjects(text, subjects);
    subjects.push(...pronouns);
    for (const n of subjects) {
      const forMeeting = pronouns.find((x) => x === n)?.meeting ? meetingVerbNear.exec(text.slice(n.end)) : null;
      if (forMeeting && !negation.test(forMeeting[0])) {
        const tense = tenseOf(forMeeting[0]);
        anchors.push({ at: n.at, end: n.end + forMeeting[0].length, label: text.slice(n.at, n.end + forMeeting[0].length).trim(), number: null, word: 'meeting', possessive: false, subject: { body: n.id, held: tense ? tense === 'past' : null } });
        continue;
      }
      // "the Bureau of the Conference met": the body names another's owner, it is not the subject
      const head = complementHead(text.slice(0, n.at), lang);
      if (head !== undefined && !meetingWordSet.has(fold(head).replace(/s$/, ''))) continue;
      // a list item "<body>: third meeting, held on …" or "<body>, tenth meeting, Vienna, 10–12 May 2021"
      const item = listItem.exec(text.slice(n.end));
      if (item && !anchors.some((a) => n.at < a.end && n.end + item[0].length > a.at)) {
        const number = item[1] ? ordinalOf(item[1]) : null;
        anchors.push({ at: n.at, end: n.end + item[0].length, label: text.slice(n.at, n.end + item[0].length).trim(), number, word: item[2] ?? 'meeting', possessive: false, subject: { body: n.id, held: null } });
        continue;
      }
      // "<body> (8–9 July 2024)", "<body> (Vienna, 2 and 3 May 2018)": its meeting's dates in brackets after its name
      // (not the name an ordinal meeting is "of": "the second meeting of <body> (Vienna, …)" is that meeting, with its ordinal)
      const ownedByOrdinal = anchors.some((a) => a.number !== null && a.end <= n.at && /^\s*(?:of the|of|du|de la|de l['’]|des)\s*$/i.test(text.slice(a.end, n.at)));
      if (datesInBrackets.test(text.slice(n.end)) && !ownedByOrdinal && !anchors.some((a) => n.at < a.end && n.end > a.at)) {
        anchors.push({ at: n.at, end: n.end, label: text.slice(n.at, n.end), number: null, word: 'meeting', possessive: false, subject: { body: n.id, held: null } });
        continue;
      }
      const v2 = metVerb.exec(text.slice(n.end));
      if (!v2 || anchors.some((a) => n.at < a.end && n.end + v2[0].length > a.at)) continue;
      // "the Conference convened the Working Group …": a verb whose object is a body is not the subject's meeting
      const afterVerb = n.end + v2[0].length;
      if (subjects.some((x) => x.at >= afterVerb && /^\s*(?:the|le|la|les|l['’])?\s*$/iu.test(text.slice(afterVerb, x.at)))) continue;
      // "A and B met jointly on …": one meeting of each
      const before = subjects.filter((x) => x.end <= n.at).sort((a, b) => a.at - b.at);
      // (a list ends in "and": "Following the Conference, the Working Group met" is one body)
      const last = before[before.length - 1];
      const joined = last && /^\s*(?:and|et)\s*(?:the|le|la|l['’])?\s*$/i.test(text.slice(last.end, n.at)) ? jointSubjects(text.slice(0, n.end), [...before, n]) : [n.id];
      anchors.push({ at: n.at, end: n.end + v2[0].length, label: text.slice(n.at, n.end + v2[0].length).trim(), number: null, word: 'meeting', possessive: false, subject: { body: n.id, held: heldOf(v2[1] ?? ''), with: joined } });
    }
    anchors.sort((a, b) => a.at - b.at);

    // each anchor's own name ("… of the Working Group on Firearms") and window (up to the next anchor or the sentence's end)
    const parts = anchors.map((a, k) => {
      const { s0, s1 } = sentenceOf(text, a.at, a.end);
      const next = anchors[k + 1]?.at ?? text.length;
      const after = text.slice(a.end, Math.min(s1, next));
      const ownNamed = [...named(after), ...groupRefs.filter((g) => g.at >= a.end).map((g) => ({ ...g, at: g.at - a.end, end: g.end - a.end }))];
      const ownName = a.subject ? undefined : ownNamed.find((n) => n.at <= 8 && /^\s*(?:(?:of the|of|du|de la|de l'|des|de)\s*)?$/i.test(after.slice(0, n.at)));
      // "the first joint meeting of A and B": the names chained after the first
      const owners = ownName ? [ownName] : [];
      for (const n of ownName ? named(after) : []) {
        const last = owners[owners.length - 1];
        if (last && n.at >= last.end && /^\s*(?:,|and|et)?\s*(?:and|et)?\s*(?:of the|the|du|de la|de l'|des|le|la)?\s*$/i.test(after.slice(last.end, n.at))) owners.push(n);
      }
      const windowStart = a.end + (owners[owners.length - 1]?.end ?? 0);
      return { a, s0, s1, next, ownName, owners: [...new Set(owners.map((n) => n.id))], windowStart, windowAt: windowStart, during: false, window: text.slice(windowStart, Math.max(windowStart, Math.min(s1, next))) };
    });
    // "the group met during the third session, on 11 and 12 October": its dates come after the session's name
    parts.forEach((p, k) => {
      const q = parts[k + 1];
      if (q && q.a.at < p.s1 && duringWords.test(p.window)) {
        p.window = text.slice(p.windowStart, Math.max(p.windowStart, q.windowStart + q.window.length));
        p.during = true;
      }
    });
    // "the thirteenth meeting of A and the thirteenth meeting of B will be held …": a joint meeting shares what follows
    for (let k = parts.length - 2; k >= 0; k--) {
      const p = parts[k];
      const q = parts[k + 1];
      if (p && q && q.a.at < p.s1 && /^\s*(?:,|and|et)\s*$/i.test(p.window)) {
        // (unless the dates are shared out "respectively": "… were held from 3 to 5 March and on 6 and 7 March, respectively"; the clause reader shares them)
        if (respectively.test(text.slice(p.s0, p.s1))) {
          p.window = '';
          q.window = '';
          continue;
        }
        p.window = q.window;
        p.windowAt = q.windowAt;
      }
    }

    /** an organ not ours named after the last known body before the mention, or just after it ("session of the Ad Hoc Committee") */
    const otherOwner = (before: string, after: string): string | undefined => {
      // ("its" after "the expert group, which held …": the nearest organ, capitalised or not)
      const organs = otherOrgans(before, true);
      const lastOrgan = organs[organs.length - 1];
      const known = named(before);
      const lastKnown = known[known.length - 1];
      if (lastOrgan && (!lastKnown || lastOrgan.at >= lastKnown.end)) return lastOrgan.word;
      // ("the next meeting of the regional working group", "la réunion du groupe de travail régional": a group an adjective makes another)
      if (otherAdjGroup.test(after.slice(0, 80))) return 'working group';
      const lead = /^\s*(?:of the|of|du|de la|de l['’]|des|de)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}/iu.exec(after);
      // (the organ's noun among the capitalised words after "of the": "of the Ad Hoc Committee")
      return lead ? otherOrgans(after.slice(0, lead[0].length + 30)).find((o) => o.at <= lead[0].length)?.word : undefined;
    };
    /** the organ not ours that a fronted possessive stands for: nothing named before it in its sentence, and an organ the first name after it */
    const subjectAfter = (s0: number, at: number, rest: string): string | undefined => {
      if (named(text.slice(s0, at)).length > 0 || pronouns.some((x) => x.at >= s0 && x.at < at)) return undefined;
      const organ = otherOrgans(rest)[0];
      const known = named(rest)[0];
      return organ && (!known || organ.at < known.at) && /,\s*(?:the|la|le|les|l['’])?\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.test(rest.slice(0, organ.at)) ? organ.word : undefined;
    };
    /** a resolution's author: the known body named before the first preambular participle, when one opens the clause the possessive is in */
    const preambleAuthor = (before: string): string | null => {
      const all = [...before.matchAll(preamble)];
      const lastOne = all[all.length - 1];
      // (not when a body or another organ is named after it: "Recalling that the Ad Hoc Committee, at its fifth session, …")
      const clause = before.slice(lastOne?.index ?? 0);
      if (!lastOne || named(clause).length > 0 || otherOrgans(clause, true).length > 0) return null;
      const authors = named(before.slice(0, all[0]?.index ?? 0));
      return authors[authors.length - 1]?.id ?? null;
    };
    const out: Mention[] = [];
    let previous: { s0: number; held: boolean | null } | null = null;
    for (const { a, s0, s1, ownName, owners, window, windowAt, during } of parts) {
      if (!a.number && !ownName && !a.subject && !a.relative) continue;
      const sentence = text.slice(s0, s1);
      // a verb after the mention speaks of it only before its dates ("session, held in Vienna from …")
      const firstDigit = window.search(/\d/);
      const verbAfter = [...window.matchAll(verbRe)].find((m) => (m.index ?? 0) <= 60 && (firstDigit < 0 || (m.index ?? 0) < firstDigit));
      // a verb before it: "held its fourth session", or carried over "… and its fifth session"
      const verbsBefore = [...text.slice(s0, a.at).matchAll(verbRe)];
      const last = verbsBefore[verbsBefore.length - 1];
      // (not across a preposition: "would meet before its ninth session" is not the session's verb)
      const gap = last ? text.slice(s0 + (last.index ?? 0) + last[0].length, a.at) : '';
      const direct = last && gap.length <= 30 && !refInside.test(gap) ? last : undefined;
      const chained = previous && previous.s0 === s0 && /(?:[\s,](?:and|et)|,)\s*(?:then|puis|ensuite)?\s*$/i.test(text.slice(Math.max(s0, a.at - 14), a.at));
      // "at its eighth session (Vienna, 17–21 October 2016)": place and dates in brackets state it, the dates tell the status
      const bracketed = /^\s*\(\s*\p{Lu}[\p{L}'. -]+,\s*[^()]{0,40}\d{4}\s*\)/u.test(window);
      let held: boolean | null;
      if (a.subject && a.subject.held !== null) held = a.subject.held;
      else if (verbAfter) held = participles.has(fold(verbAfter[1] ?? '')) ? null : heldOf(verbAfter[1] ?? '');
      else if (a.possessive && direct) held = heldOf(direct[1] ?? '');
      else if (a.possessive && chained && previous) held = previous.held;
      else if (bracketed || a.subject || a.row) held = null;
      else continue;
      // "at its fifth session" with no verb of its own: a reference to it, not a statement
      if (!verbAfter && !a.subject && !direct && !chained && !bracketed && refWords.test(text.slice(Math.max(s0, a.at - 14), a.at))) continue;
      let body = a.subject?.body ?? ownName?.id ?? null;
      let joint: string[] = a.subject?.with && a.subject.with.length > 1 ? a.subject.with : owners;
      // "the Ad Hoc Committee, whose last session …", "the eleventh session of the Ad Hoc Committee": another organ's, named nearest
      // ("At its fifth session, held in …, the Ad Hoc Committee continued …": a possessive opening its sentence stands for the subject after it)
      // ("The Conference …, Recalling General Assembly resolution 55/25, by which the Assembly …, Recalling also its resolution 8/2, adopted at its eighth session, …":
      // "its" after a preambular participle stands for the resolution's author, the body named before the first one)
      const author = !body && a.possessive ? preambleAuthor(text.slice(s0, a.at)) : null;
      if (author) body = author;
      const other = body ? undefined : (otherOwner(text.slice(s0, a.at), window) ?? (a.possessive ? subjectAfter(s0, a.at, text.slice(a.end, s1)) : undefined));
      if (other) {
        out.push({ at: a.at, label: a.label, number: a.number, word: sessionWords.has(fold(a.word).replace(/s$/, '')) ? 'session' : 'meeting', body: null, held, window, windowAt, sentence, other });
        previous = { s0, held };
        continue;
      }
      if (!body && a.possessive) {
        const before = named(text.slice(s0, a.at));
        // ("At its meeting held on …, during the session of the Conference, the Working Group …": the subject after it, which the clause reader finds)
        if (a.fronted && before.length === 0 && !pronouns.some((x) => x.at >= s0 && x.end <= a.at)) continue;
        // a body named after it counts up to the next mention only ("its fifth meeting, held …, and the ninth session of the Conference")
        // ("It held its fifth meeting …": the body the pronoun stands for)
        body = before[before.length - 1]?.id ?? pronouns.find((x) => x.at >= s0 && x.end <= a.at)?.id ?? (groupBody && new RegExp(bareGroup.source, 'u').test(text.slice(s0, a.at)) ? groupBody : null) ?? named(window).find((n) => !duringBefore.test(window.slice(Math.max(0, n.at - 60), n.at)))?.id ?? null;
        // "A and B each held their thirteenth meeting": one meeting of each
        if (/^(?:their|leurs?)\s/i.test(a.label)) joint = jointSubjects(text.slice(s0, a.at), before);
        // ("the Working Group had been established … by the Conference in its decision 5/4, and that its first meeting had been held …":
        // the Conference holds sessions; "its … meeting" is the working group's named before it in the sentence)
        // (only when the Conference is no subject there, an agent or a complement: "by the Conference", "to the Conference"; not "At the invitation of the Working Group …, the Conference held its 5th meeting")
        const meetingWord = !sessionWords.has(fold(a.word).replace(/s$/, ''));
        const conf = before[before.length - 1];
        const governed = conf ? /(?<![\p{L}])(?:by|of|to|with|par|de|du|à|au|avec)\s+$/iu.test(text.slice(Math.max(s0, conf.at - 12), conf.at)) : false;
        const group = meetingWord && governed && body === conferenceId ? subjects.filter((n) => n.at >= s0 && n.end <= a.at && n.id !== conferenceId).pop() : undefined;
        if (group) body = group.id;
      }
      // "the Working Group" alone, in a document of one working group, is that group,
      // and so is "its" naming no body, in such a document ("the chair recalled its fifth meeting")
      if (!body && groupBody && (a.possessive || new RegExp(bareGroup.source, 'u').test(sentence))) body = groupBody;
      // ("… adopted by the Working Group on Firearms at its seventh and eighth meetings. The seventh meeting was held …; the eighth meeting was held …":
      // a meeting opening its sentence or clause with no body, the text since the sentence before named one working group only, is that group's)
      if (!body && !sessionWords.has(fold(a.word).replace(/s$/, '')) && /(?:^|[.;]\s*)(?:the|la|le|l['’])?\s*$/iu.test(text.slice(Math.max(0, a.at - 12), a.at))) {
        // (from the start of the full sentence before this one, whatever the clause reader's sentence is)
        const ends = [...text.slice(0, a.at).matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((x) => (x.index ?? 0) + x[0].length);
        const p0 = ends.length >= 2 ? (ends[ends.length - 2] ?? 0) : 0;
        const groups = [...new Set(named(text.slice(p0, a.at)).map((n) => n.id))].filter((id) => id !== conferenceId);
        if (groups.length === 1) body = groups[0] ?? null;
      }
      previous = { s0, held };
      // "A and B met on … and on … respectively": which dates are whose is for a person (the clause reader reports it)
      if (joint.length > 1 && respectively.test(sentence)) continue;
      for (const b of joint.length > 1 ? joint : [body]) {
        out.push({ at: a.at, label: a.label, number: a.number, word: sessionWords.has(fold(a.word).replace(/s$/, '')) ? 'session' : 'meeting', body: b, held, window, windowAt, sentence, ...(during ? { during } : {}) });
      }
    }
    return out;
  };
}

/** the bodies named last before a plural possessive, joined by "and" / "et" / commas: "A, B and C held their …" */
function jointSubjects(before: string, named: Array<{ id: string; at: number; end: number }>): string[] {
  const ids: string[] = [];
  for (let k = named.length - 1; k >= 0; k--) {
    const n = named[k];
    if (!n) break;
    ids.unshift(n.id);
    const prev = named[k - 1];
    if (!prev || !/^\s*(?:,|and|et)?\s*(?:and|et)?\s*(?:the|le|la|l')?\s*$/i.test(before.slice(prev.end, n.at))) break;
  }
  return [...new Set(ids)];
}

/** The mention's dates: the first date after it, at day granularity. */
export type DayFinder = (s: string, ref: IsoDate) => { period: Period; at: number; end: number } | null;
