import type { IsoDate, Period } from '../dates';
import type { Body, Lang, Meeting, MeetingDocument, Source, Vocabulary } from '../model';
import { detectLanguage } from '../question/language';
import { accentInsensitive, escapeRegExp, fold, maskSpans, tokenize } from '../question/normalize';
import { type FoundPeriod, createPeriodFinder } from '../question/periods';
import { type BodyNameFinder, conferenceReference, createBodyNameFinder, properlyNamed } from './body-names';
import { cleanDocumentText } from './document-text';
import { groupCallingNote } from './footnote-calls';
import { findHeaderMeetings } from './header-meeting';
import { documentKindOf, firstDay, readMasthead, yearInDoubt } from './masthead';
import { readMandates } from './mandates';
import { createClauseReader, placeTail, placeTailStops } from './clause-meetings';
import { createMentionReader } from './mentions';
import { createOtherOrganFinder } from './other-organs';
import { layoutOf } from './note-text';
import { DATELINE, datelineDate, letterDate, postedDate } from './page-date';
import { createFirstSecondWriter, createRespectivelyWriter } from './respectively';
import { addWithin, dropDaysOfMeetings, innerDay, readConsiders } from './within-document';
import { type IngestResult, IngestError, type NewBody } from './result';
import { type Tense, cancelledAt, createTenseReader, dayOfPattern, finiteHolding, reportOnPattern, statusOf } from './tense';

export { IngestError, type IngestResult, type NewBody } from './result';

/** What ingest needs besides the text: the file's name and the hand-kept parts of data/. */
export interface IngestOptions {
  /** shown in sources.json and messages; never read */
  fileName: string;
  bodies: Body[];
  vocabulary: Vocabulary;
}

const SYMBOL = /\b[A-Z]{2,6}(?:\/[A-Z0-9.]+)+\/\d{4}\/\d+\b/g;

/**
 * Reads one CTOC/COP document, English or French, as text (extracted from a PDF or
 * not): a meeting report, the Conference's report on a session, a provisional agenda,
 * a background paper, a conference room paper, a Secretariat report or note, a web
 * announcement. Returns its source record and the meetings it states — each with body,
 * dates, place, held or scheduled as the document says, its ordinal when stated, the
 * documents of the meeting, the documents a session will consider — plus mandates and
 * instruments, all with provenance (document, paragraph or heading).
 *
 * Pure: text in, records out; merge results into data with `mergeIngested`.
 * @throws IngestError for a document it must refuse (empty, another UN body's, not a UN
 * document, no date, nothing of a known body); the message says why, in one line.
 */
export function ingestDocument(rawText: string, o: IngestOptions): IngestResult {
  const v = o.vocabulary;
  const t = v.ingest.table;
  const tables = (['en', 'fr'] as const).map((l) => ({ meetingWord: v.ingest.meetingWords[l][0] ?? 'meeting', dates: t.columns.dates[l], venue: t.columns.venue[l], body: t.columns.body[l], status: t.columns.status[l], held: t.status.held[l], scheduled: t.status.scheduled[l], say: { held: t.say.held[l], scheduled: t.say.scheduled[l] } }));
  const rowLines = new Set<string>();
  const text = cleanDocumentText(rawText, [...v.ingest.meetingWords.en, ...v.ingest.meetingWords.fr, ...v.ingest.sessionWords.en, ...v.ingest.sessionWords.fr], tables, [...Object.keys(v.months.en), ...Object.keys(v.months.fr)], [...v.places.flatMap((pl) => [pl.en, pl.fr]), ...o.bodies.flatMap((b) => [b.names.en, b.names.fr]), ...Object.keys(v.ordinals.en), ...Object.keys(v.ordinals.fr)], rowLines);
  if (!text.trim()) throw new IngestError('empty', 'empty document (no text)');
  const markers = { en: new Set(v.languageMarkers.en.map(fold)), fr: new Set(v.languageMarkers.fr.map(fold)) };
  const lang: Lang = detectLanguage(tokenize(text.slice(0, 6000)), text.slice(0, 6000), markers);
  // (a weekday before a day, and the comma after a day before "to", break a range for the period finder: blanked, the text's positions kept)
  const findDays = createPeriodFinder(v);
  const weekday = new RegExp(`(?<![\\p{L}])(?:${[...v.ingest.weekdays.en, ...v.ingest.weekdays.fr].map(accentInsensitive).join('|')}),?\\s+(?=\\d)`, 'giu');
  const findPeriod = (t: string, l: Lang, now: IsoDate) => findDays(t.replace(weekday, (w) => ' '.repeat(w.length)).replace(/(?<=\d{1,2}(?:er)?\s+\p{L}+),(?=\s+(?:to|until|au|jusqu'au)\s)/gu, ' '), l, now);
  const findNames = createBodyNameFinder(o.bodies, [...v.ingest.nameQualifiers.en, ...v.ingest.nameQualifiers.fr], [...v.ingest.nameVariants.en, ...v.ingest.nameVariants.fr], [...v.ingest.nameOptionalWords.en, ...v.ingest.nameOptionalWords.fr], {
    and: [...v.ingest.nameGoesOn.and.en, ...v.ingest.nameGoesOn.and.fr],
    of: [...v.ingest.nameGoesOn.of.en, ...v.ingest.nameGoesOn.of.fr],
    ours: [...v.ingest.nameGoesOn.ours.en, ...v.ingest.nameGoesOn.ours.fr],
  });
  // a body another organ owns in the text ("The Forum's Working Group on Firearms held its twelfth meeting …"): that organ's group wherever it is named
  const owned = ownedByOthers(text.slice(0, 20000), findNames, [...v.ingest.nameGoesOn.ours.en, ...v.ingest.nameGoesOn.ours.fr], [...v.ingest.otherOrgans.en, ...v.ingest.otherOrgans.fr]);
  const findBodies: BodyNameFinder = owned.size ? (s) => findNames(s).filter((n) => !owned.has(n.id)) : findNames;
  const conference = o.bodies.find((b) => b.kind === 'conference') ?? null;
  const otherOrgans = createOtherOrganFinder(o.bodies, [...v.ingest.otherOrgans.en, ...v.ingest.otherOrgans.fr], findBodies, [...v.ingest.otherGroupWords.en, ...v.ingest.otherGroupWords.fr]);
  const knownSymbol = (s: string) => o.bodies.some((b) => s === b.symbolPrefix || s.startsWith(`${b.symbolPrefix}/`));
  // (not "the Working Group on its meeting", "du Groupe de travail sur sa réunion": what a report is on)
  const genericBody = lang === 'fr' ? /Groupe de travail (?:d'experts gouvernementaux )?sur (?!(?:sa|son|ses|leurs?)\s)(?:la |le |les |l')?[^,.;]+?(?=\s+(?:tenues?|qui|a tenu|tiendra|s'est)\b|[,.;]|$)/i : /Working Group (?:of Government Experts )?on (?!(?:its|their)\s)(?:the )?[^,.;]+?(?=\s+(?:held|which|will|has|met)\b|[,.;]|$)/i;
  // (not a table's row made a line, "Working Group on …, Eleventh meeting, Postponed.", whose group is no heading of the paragraphs after it)
  const isSectionHeading = (line: string) => !/^\d+\./.test(line) && !rowLines.has(line.trim()) && (findBodies(line).length > 0 || genericBody.test(line)) && line.length < 400;
  const layout = layoutOf(text, isSectionHeading);
  const bodyOfSymbol = (s: string) => o.bodies.find((b) => b.symbolPrefix === s.replace(/\/\d{4}\/.*$/, ''))?.id ?? null;
  const anyBodyIn = (t: string) => findBodies(t.slice(0, 20000)).length > 0;

  const read = readMasthead(layout.header, lang, findPeriod);
  // no Distr. line, no date and no symbol at the very top: a web page, whose symbols are those it lists
  // a press release or media advisory ("For information only - not an official document", "UNIS/MA/149"): no organ's document, though it has
  // a symbol of the information service and a date line; read as a web page dated by that line
  const pressMarks = new RegExp(`(?<![\\p{L}])(?:${[...v.ingest.pressMarkers.en, ...v.ingest.pressMarkers.fr].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const press = !read.distr && anyBodyIn(text) && (v.ingest.pressSymbols.some((p) => read.symbol?.startsWith(p)) || pressMarks.test(layout.header.slice(0, 8).join('\n')));
  const webPage = press || (!read.date && !read.distr && !(read.symbol && layout.header.slice(0, 3).some((l) => l.includes(read.symbol ?? ''))) && anyBodyIn(text));
  const mast = webPage ? { ...read, symbol: null, official: false } : read;
  if (mast.symbol && !knownSymbol(mast.symbol)) {
    throw new IngestError('other-body', `a document of another body (${mast.symbol}), not of ${conference?.names.en ?? 'the bodies in data/bodies.json'} or its working groups`);
  }
  const anyBody = anyBodyIn(text);
  if (!mast.official && !anyBody) throw new IngestError('not-un', 'not a document of the Conference or its working groups (no UN symbol, no Distr. line, no body of data/bodies.json named)');
  // with no symbol and no Distr. line, a UN page names the United Nations, its Office or the Convention, or a body by its proper name
  if (!mast.official && !unPage(text, o.bodies, findBodies, v)) {
    throw new IngestError('not-un', 'not a UN document (no UN symbol, no Distr. line, no mention of the United Nations, UNODC or the Convention, and no body named by its proper name)');
  }
  const notes: string[] = [];
  // a web page may say when it was posted ("Posted 20 May 2031"): its meetings are as of that day
  // (or a letter, a note verbale, by the date line where it is signed: "Vienna, 16 January 2012" set to the right)
  const postedLine = press && read.date ? read.date : webPage ? postedDate(text, [...v.ingest.postedWords.en, ...v.ingest.postedWords.fr], lang, findPeriod) : null;
  const letterDay = webPage && !postedLine ? letterDate(rawText, lang, findPeriod) : null;
  const posted = postedLine ?? letterDay ?? (webPage ? datelineDate(text, lang, findPeriod) : null);
  // a web page announcing a meeting has no date: its sentences' tenses say held or scheduled,
  // and its first date of days is only the year of the dates that give none
  // (the first that states its year: "le 28 juin" alone gives none)
  const first = !mast.date && !posted && !mast.official ? firstDatedDay(text, lang, findPeriod) : null;
  const tenseOf = createTenseReader(v, lang);
  // a document of ours whose date line was lost is still read when its header states its meeting ("Working Group on … / Vienna, 29-31 May 2031"):
  // the meeting's dates are then the reference, and each status comes from the text
  const probe = { lang, docDate: null, refDate: '2000-01-01', tenseOf, sourceId: '', findPeriod, findBodies, placeNamed: (n: string) => ({ en: n, fr: n }), v, conference: conference?.id ?? null, held: false, otherOrgans };
  const lost = !mast.date && !posted && !first && mast.symbol ? findHeaderMeetings(mast.text, { ...probe, symbolBody: bodyOfSymbol(mast.symbol) }) : null;
  const lostRef = lost ? (lost.meetings[0]?.start ?? lost.undecided?.start ?? null) : null;
  if (!mast.date && !posted && !first && !lostRef) throw new IngestError('no-date', `no date in the note's header (expected a line such as "${lang === 'fr' ? 'Distr. générale 4 juillet 2024' : 'Distr.: General 4 July 2024'}")`);
  const docDate: IsoDate | null = mast.date ?? posted;
  const refDate: IsoDate = docDate ?? first?.period.start ?? lostRef ?? '2000-01-01';
  if (!docDate) notes.push(lostRef ? 'no document date (its date line is missing): each meeting is held or scheduled as the text says' : 'no document date (a web page): each meeting is held or scheduled as its sentence says');
  /** the tense of the text's sentences that give these very dates ("… la réunion qui se tiendra du 29 au 31 mai") */
  const textTense = (p: Period) => {
    for (const sentence of text.split(/(?<=[.;])\s+(?=\p{Lu})|\n\s*\n/u).slice(0, 400)) {
      for (let from = 0, guard = 0; guard < 20; guard++) {
        const d = firstDay(sentence.slice(from), lang, refDate, findPeriod);
        if (!d) break;
        if (d.period.start === p.start && d.period.end === p.end) {
          const t = tenseOf(sentence);
          if (t) return t;
        }
        from += Math.max(1, d.end);
      }
    }
    return null;
  };

  // a page with no date may say what it is in its first lines ("Closing remarks", "Programme"): the meeting it is for was held, or is to come
  const occasion = docDate ? null : occasionOf(text, v);
  const kindFound = webPage ? null : documentKindOf(mast.symbol, mast.text, v);
  const kind = kindFound?.kind ?? (mast.official ? 'other' : 'announcement');
  const noteKinds = [...v.ingest.noteKinds.en, ...v.ingest.noteKinds.fr].map(fold);
  const kindIndex = layout.header.findIndex((l) => noteKinds.includes(fold(l)));
  const title =
    kind === 'note' && kindIndex > 0
      ? layout.header.slice(0, kindIndex).reverse().find((l) => l.length > 20)
      : kindFound && kindFound.at >= 0
        ? mast.text.slice(kindFound.at, kindFound.at + 300).replace(/\s+(?:I\.|Contents|Table des matières)\s.*$/, '').trim()
        : undefined;
  const sourceId = mast.symbol ?? `${kind === 'note' ? 'note' : kind}-${refDate}`;
  const source: Source = {
    id: sourceId,
    kind: kind === 'note' ? 'note-by-the-secretariat' : kind,
    ...(docDate ? { date: docDate } : {}),
    language: lang,
    file: o.fileName,
    title: title ? { [lang]: title } : {},
    ...(mast.symbol ? { symbol: mast.symbol } : {}),
  };
  const thisDocument: MeetingDocument | null = mast.symbol ? { symbol: mast.symbol, kind, ...(docDate ? { date: docDate } : {}), language: lang } : null;

  const knownPlaces = v.places.flatMap((pl) => [pl.en, pl.fr].map((n) => ({ pl, re: new RegExp(`(^|[^\\p{L}])${accentInsensitive(n)}($|[^\\p{L}])`, 'iu') })));
  const placeNamed = (name: string) => v.places.find((p) => fold(p.en) === fold(name) || fold(p.fr) === fold(name)) ?? { en: name, fr: name };
  const placeVerbs = [...v.ingest.held[lang], ...v.ingest.meetingVerbs[lang], 'held', 'met', 'convened', 'tenue', 'tenues', 'réunie', 'réunis']
    .map(accentInsensitive)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const placeName = "(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)";
  const placeAfterVerb = new RegExp(`(?<![\\p{L}])(?:${placeVerbs})\\s+(?:in|at|à)\\s+${placeName}`, 'gu');
  const placeBeforeDates = new RegExp(`(?:^|\\s)(?:in|à)\\s+${placeName}(?=\\s*(?:[,.;:)]|$|(?:from|on|between|du|le|les)\\s+\\d))`, 'gu');
  // capitalised words after "in" that are no place: months, days ("in June", "on Monday"), rooms and the Organization's names
  const notPlaceNames = new Set([...Object.keys(v.months.en), ...Object.keys(v.months.fr), ...v.dateCues.en, ...v.dateCues.fr, ...v.ingest.notPlaces.en, ...v.ingest.notPlaces.fr].map(fold));
  /** a place: one the vocabulary knows, or a capitalised name after a verb of meeting and "in" / "à", or before the dates */
  const placeOf = (text: string): { en: string; fr: string } | null => {
    // a body's name is no place ("Working Group on Trafficking in Persons, Ninth meeting")
    const s = maskSpans(text, findBodies(text).map((n) => [n.at, n.end]));
    const known = knownPlaces.find((k) => k.re.test(s));
    if (known) return known.pl;
    // after a verb of meeting ("gathered in Doha", "s'est tenue à Genève"), or "in <Name>" before punctuation or the dates ("in Bangkok from …")
    const found = [...s.matchAll(placeAfterVerb), ...s.matchAll(placeBeforeDates)].map((m) => m[1] ?? '').find((n) => !notPlaceNames.has(fold(n.split(/\s+/)[0] ?? '')));
    return found ? placeNamed(found) : null;
  };
  /** a clause saying its meeting was held online ("convened online", "en ligne", `ingest.onlineWords`) and naming no place: it has none (the review file says so) */
  const onlineWords = new RegExp(`(?<![\\p{L}])(?:${v.ingest.onlineWords[lang].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const heldOnline = (clause: string) => onlineWords.test(clause) && !placeOf(clause);
  const tailStops = placeTailStops(v, lang);
  const agentBefore = new RegExp(`(?<![\\p{L}])(?:${[...v.ingest.agentVerbs.en, ...v.ingest.agentVerbs.fr].map(accentInsensitive).join('|')})\\s+(?:the\\s+|la\\s+|le\\s+|l['’]\\s*)?$`, 'iu');
  const onlineAlone = new RegExp(`^\\s*(?:${v.ingest.onlineWords[lang].map(accentInsensitive).join('|')})\\s*$`, 'iu');
  const meetings: Meeting[] = [];
  /** meetings recorded with no place because none is stated (not held online): "body start end" */
  const unstated = new Set<string>();
  const unplaced: string[] = [];
  // "a donné lecture à Vienne le 28 juin" of a message to the session: one day of a body whose meetings run several days (`minDays` in bodies.json) is a day within one, not its dates
  const tooShort = (m: Meeting) => {
    const min = o.bodies.find((b) => b.id === m.body)?.minDays ?? 1;
    if (daysOf(m.start, m.end) >= min) return false;
    unplaced.push(`${m.id}: ${m.start === m.end ? `one day (${m.start})` : `${m.start} to ${m.end}`} is shorter than any meeting of ${m.body} (${min} days or more): a day of a meeting, not its dates`);
    return true;
  };
  /** a meeting read in the text, unless too short to be its body's (before it can stand for that meeting's other dates) */
  const addMeeting = (m: Meeting, label: string, stated: boolean) => {
    if (!tooShort(m)) addWithin(meetings, m, notes, label, stated);
  };
  const newBodies: NewBody[] = [];
  const seenBodies = new Set<string>();
  const ctx = { lang, docDate, refDate, sourceId, findPeriod, findBodies, placeOf, placeNamed, v, conference: conference?.id ?? null, tenseOf };
  // a meeting that names no place is where the document's meetings are, when it names one place only
  // (a place in a name is no place of meeting: "the Doha Declaration", "the Palermo Convention", "la Déclaration de Doha")
  // (a building in the city is no name: "the Vienna International Centre", `ingest.venueWords`)
  const venue = new RegExp(`^\\s+(?:${[...v.ingest.venueWords.en, ...v.ingest.venueWords.fr].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'u');
  const inName = (at: number, end: number) => (/^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && !venue.test(text.slice(end, end + 40))) || /\p{Lu}\p{Ll}+\s+(?:of|de|d['’])\s*$/u.test(text.slice(Math.max(0, at - 30), at));
  const asPlace = v.places.flatMap((pl) => [pl.en, pl.fr].map((n) => ({ pl, re: new RegExp(`(?<![\\p{L}])${accentInsensitive(n)}(?![\\p{L}])`, 'giu') })));
  const placesNamed = [...new Set(asPlace.filter((k) => [...text.matchAll(k.re)].some((m) => !inName(m.index ?? 0, (m.index ?? 0) + m[0].length))).map((k) => k.pl.en))];
  const onlyPlace = placesNamed.length === 1 ? (v.places.find((pl) => pl.en === placesNamed[0]) ?? null) : null;

  // the meeting in the header: "Ninth session / Vienna, 15–19 October 2018", "Working Group on Firearms / Vienna, 2 and 3 May 2018"
  const header = findHeaderMeetings(mast.text, { ...ctx, otherOrgans, letterDay, symbolBody: mast.symbol ? bodyOfSymbol(mast.symbol) : null, held: kind === 'report', occasion, ...(lostRef ? { textTense } : {}) });
  for (const h of header.meetings) {
    const docs: MeetingDocument[] = [];
    if (thisDocument) docs.push(thisDocument);
    const agendaWords = v.ingest.provisionalAgenda[lang].map(fold);
    const agendaCited = layout.header.some((l) => agendaWords.some((w) => fold(l).includes(w)) && l.includes('*'));
    const agenda = agendaCited && kind !== 'provisional-agenda' ? layout.footnotes.map((f) => f.match(SYMBOL)?.[0]).find(Boolean) : undefined;
    if (agenda && agenda !== mast.symbol) docs.push({ symbol: agenda, kind: 'provisional-agenda' });
    meetings.push({ ...h, report: kind === 'report' && mast.symbol ? mast.symbol : null, ...(docs.length ? { documents: docs } : {}) });
    seenBodies.add(h.body);
  }
  unplaced.push(...header.unplaced);
  // the body the document is about: its header's, its symbol's, or the only working group it names
  const groupsNamed = [...new Set(findBodies(text.slice(0, 20000)).map((n) => n.id))].filter((id) => id !== conference?.id);
  // (a web page's: the body its title names first, "Working Group on the Smuggling of Migrants 2024")
  const pageBody = webPage ? (findBodies(text.slice(0, 20000))[0]?.id ?? null) : null;
  const headerBody = header.meetings.length === 1 ? (header.meetings[0]?.body ?? null) : mast.symbol ? bodyOfSymbol(mast.symbol) : groupsNamed.length === 1 ? (groupsNamed[0] ?? null) : pageBody;
  const fromTitle = new Set<string>();

  // meetings stated in sentences, in the header's title and in the numbered paragraphs
  const readMentions = createMentionReader(v, lang, findBodies, conference?.id ?? null, otherOrgans);
  const conferenceRef = conferenceReference(lang);
  const holding = new RegExp(`(?<![\\p{L}])(?:${[...v.ingest.held[lang], ...v.ingest.scheduled[lang]].filter(finiteHolding).map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const reportOn = reportOnPattern(v);
  const dayOfMeeting = dayOfPattern(v);
  const cancelled = new RegExp(`(?<![\\p{L}])(?:${v.ingest.cancelledWords[lang].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const readClauses = createClauseReader({ ...ctx, otherOrgans });
  // a web page's header is all of it: its blank lines part its pieces ("Documents", "Previous meeting"), each read alone
  // (a news item's dateline, "Vienna, 16 July 2020 - For the first time … the Working Group … held …", dates the page: neither its day nor its place is a meeting's)
  const undated = (t: string) => t.split('\n').map((l) => l.replace(DATELINE, (d) => ' '.repeat(d.length))).join('\n');
  const webPieces = webPage && layout.paragraphs.length === 0 ? text.split(/\n\s*\n/).map((t) => undated(t).replace(/\s+/g, ' ').trim()).filter(Boolean) : [mast.text];
  // ("The ninth and tenth meetings were held … from … and from …, respectively": one clause per meeting)
  // ("A and B will meet from 7 to 11 June: the first on 7 and 8 June, the second …": each its own dates)
  const respectively = createRespectivelyWriter(v, lang, findPeriod, refDate);
  const parted = createFirstSecondWriter(v, lang, findPeriod, refDate, findBodies);
  const distribute = (t: string) => parted(respectively(t));
  const blocks = [
    ...webPieces.map((t) => ({ number: null as number | null, text: t, heading: null as string | null, part: 'title' })),
    ...layout.paragraphs.map((p) => ({ ...p, part: undefined })),
    ...layout.blocks.map((b) => ({ ...b, number: null, part: 'text' })),
    ...layout.footnotes.map((f) => ({ text: f, heading: null, number: null, part: 'footnote' })),
  ].map((b) => ({ ...b, raw: b.text, text: distribute(b.text) }));
  // "the Working Group" in a footnote is the group named before the footnote's call ("… by the Working Group on Firearms at its second meeting,¹ …")
  const bodyTexts = [...layout.paragraphs.map((p) => p.text), ...layout.blocks.map((b) => b.text)];
  const calledBy = layout.footnotes.map((_, k) => groupCallingNote(bodyTexts, layout.footnoteMarks[k] ?? '', findBodies, conference?.id ?? null));
  const noteOf = new Map(layout.footnotes.map((f, k) => [f, calledBy[k] ?? null]));
  const documentGroup = headerBody && headerBody !== conference?.id ? headerBody : null;
  // the working group named last before a place in the document: what "the Working Group" stands for in a document of the Conference
  let lastGroup: string | null = null;
  const passed: Array<{ p: (typeof blocks)[number]; where: string; consumed: Array<[number, number]>; groupAt: (at: number) => string | null; placeBefore: Meeting['location'] | null }> = [];
  for (const p of blocks) {
    const consumed: Array<[number, number]> = [];
    const where = p.number === null ? (p.part === 'title' ? 'heading' : `text "${p.text.slice(0, 30)}…"`) : `paragraph ${p.number}`;
    const headingBody = p.heading ? (findBodies(p.heading)[0]?.id ?? null) : null;
    const symbols = p.text.match(SYMBOL) ?? [];
    const noteGroup = p.part === 'footnote' ? (noteOf.get(p.raw) ?? null) : null;
    const mentions = readMentions(p.text, noteGroup ?? headingBody ?? headerBody);
    // "… will be held in Vienna from 1 to 3 July. It will be followed by the eleventh meeting of …, on 4 and 5 July": the paragraph's place carries over
    let placeBefore: Meeting['location'] | null = null;
    mentions.forEach((mt, k) => {
      const label = `${where}, ${mt.label}`;
      // "The sixth meeting was held …" naming no body, in a document (or a web page) of one working group: that group's;
      // "La onzième session s'est tenue …": sessions are the Conference's (its groups hold meetings)
      // (not when the sentence says it is another organ's: "the Ad Hoc Committee, whose last session …")
      // (not the Conference's heading for a "meeting": the Conference holds sessions, "It held its ninth meeting" is another's)
      const sectionBody = headingBody === conference?.id && mt.word !== 'session' ? null : headingBody;
      const body = mt.other ? null : mt.body ?? sectionBody ?? (symbols[0] ? bodyOfSymbol(symbols[0]) : null) ?? (mt.word === 'meeting' ? documentGroup : null) ?? (mt.word === 'session' ? (conference?.id ?? null) : null);
      if (!body) {
        const name = genericBody.exec(mt.sentence)?.[0] ?? (p.heading ? genericBody.exec(p.heading)?.[0] : undefined);
        if (name && findBodies(name).length === 0) {
          const prefix = symbols[0] ? (/^(.*)\/\d{4}\/\d+$/.exec(symbols[0])?.[1] ?? null) : null;
          const existing = newBodies.find((b) => b.name === name);
          if (existing) existing.paragraphs.push(p.number ?? 0);
          else newBodies.push({ id: prefix ? (/\/(WG\.\d+)$/.exec(prefix)?.[1] ?? null) : null, symbolPrefix: prefix, name, paragraphs: [p.number ?? 0] });
        }
        unplaced.push(mt.other && !name ? `${label}: a meeting of another organ (${mt.other}), none of bodies.json` : `${label}: no known body (add it to bodies.json)`);
        return;
      }
      let day = mt.during ? innerDay(mt.window, (t) => firstDay(t, lang, refDate, findPeriod)) : firstDay(mt.window, lang, refDate, findPeriod);
      // "…, originally scheduled for 3-5 April, was postponed": those dates are not the meeting's (new dates after a verb of holding are:
      // "initialement prévue du 3 au 5 mai, se tiendra du 7 au 9 juin", the next dates of its window)
      const windowAt = mt.sentence.indexOf(mt.window);
      const struck = (d: typeof day) => !d || windowAt < 0 || cancelledAt(mt.sentence, windowAt + d.at, cancelled, holding);
      if (cancelled.test(mt.sentence) && day && !mt.during && struck(day)) {
        const from: number = day.end;
        const next = firstDay(mt.window.slice(from), lang, refDate, findPeriod);
        const moved = next ? { ...next, at: next.at + from, end: next.end + from } : null;
        if (moved && !struck(moved)) day = moved;
      }
      if (cancelled.test(mt.sentence) && struck(day)) {
        unplaced.push(`${label}: postponed or cancelled, its sentence says`);
        return;
      }
      seenBodies.add(body);
      // "Since the fifteenth session, the groups have met: the Working Group on … on 5 and 6 July": dates after another body's name are not the mention's (the clause reader weighs them)
      // (not a body named as the agent of the meeting's participle: "the 6th meeting of the Working Group …, held by the Conference of the Parties …, on 11–13 September")
      const agent = (at: number) => agentBefore.test(mt.window.slice(Math.max(0, at - 30), at));
      const otherBefore = day && !mt.during ? [...findBodies(mt.window.slice(0, day.at)).filter((n) => !agent(n.at)), ...[...mt.window.slice(0, day.at).matchAll(conferenceRef)].filter((m) => !agent(m.index ?? 0)).map(() => ({ id: conference?.id ?? '' }))].find((n) => n.id !== body) : undefined;
      if (otherBefore) {
        unplaced.push(`${label}: the dates ${day?.period.start} follow the name of ${otherBefore.id}`);
        return;
      }
      if (day) consumed.push([mt.windowAt + day.at, mt.windowAt + day.end]);
      if (day && yearInDoubt(day, mt.sentence)) {
        unplaced.push(`${label}: ${day.period.start.slice(5)}: the day states no year and its sentence names another`);
        return;
      }
      if (!day) {
        // "the meetings of the group held in Vienna" with no dates names no meeting in particular
        if (mt.number !== null) unplaced.push(`${label}: no dates`);
        return;
      }
      // "La deuxième journée de la 12e réunion du Groupe … s'est tenue ce 10 octobre", "the second day of the meeting …, on 10 October": one day of it (`ingest.dayWords`)
      // (the words before the meeting and its body's name, which the window follows)
      const preWindow = windowAt >= 0 ? mt.sentence.slice(Math.max(0, windowAt - 200), windowAt) : '';
      const lastName = findBodies(preWindow).pop();
      const beforeName = lastName && !preWindow.slice(lastName.end).trim() ? preWindow.slice(0, lastName.at) : preWindow;
      if (windowAt >= 0 && dayOfMeeting.test(beforeName) && day.period.start === day.period.end) {
        unplaced.push(`${label}: a day of the meeting (${day.period.start}), not its dates`);
        return;
      }
      // "will be opened on Monday, 3 June": the day it opens, not its dates
      if (/(?:opened|open|ouverte?s?)\s+(?:on|le)?\s*(?:\p{L}+,?\s*)?$/iu.test(mt.window.slice(0, day.at))) {
        unplaced.push(`${label}: an opening day only`);
        return;
      }
      const sameAsHeader = meetings.find((m) => m.source.part === 'heading' && m.body === body && m.start === day.period.start && m.end === day.period.end);
      // a meeting held during another (a session) is where that one is
      const within = meetings.find((m) => m.body !== body && m.start <= day.period.start && day.period.end <= m.end);
      // the place stated up to just after the dates, not another event's further on
      const ownWindow = mt.window.slice(0, day.end + placeTail(mt.window.slice(day.end), tailStops));
      const windowIn = mt.sentence.indexOf(mt.window);
      const ownSentence = windowIn >= 0 ? mt.sentence.slice(0, windowIn) + ownWindow : mt.sentence;
      // "the eleventh meeting was convened online on …": held online, it takes no place from the paragraph or the document
      // (or a note in brackets after its dates, or a last cell that is only the word, a table row's: "7–9 July 2025 (to be held online only).", "26 and 27 April 2021, Online.")
      const tail = /^\s*,?\s*(?:\(([^()]*)\)|([^,.;()]{1,30}))\s*(?=[.;,]|$)/.exec(mt.window.slice(day.end));
      // (or a phrase of manner there, "in a fully online format", "en ligne"; not "…, is online", a report's)
      const online = heldOnline(mt.window.slice(0, day.end)) || heldOnline(tail?.[1] ?? '') || onlineAlone.test(tail?.[2] ?? '') || (/^\s*(?:in|en|sous|by|par|via)\s/iu.test(tail?.[2] ?? '') && heldOnline(tail?.[2] ?? ''));
      const stated = online ? null : (placeOf(ownWindow) ?? sameAsHeader?.location ?? placeOf(ownSentence) ?? (p.heading && headingBody === body ? placeOf(p.heading) : null) ?? within?.location ?? placeBefore);
      const location = online ? null : (stated ?? onlyPlace);
      if (!location) notes.push(`${label}: ${online ? 'held online' : 'no place stated'}; recorded with no place`);
      else if (!stated && !placeOf(p.text)) notes.push(`${label}: no place stated; the document's only place (${location.en}) is taken`);
      if (location) placeBefore = location;
      // the meeting's own verb decides ("will hold its sixteenth meeting"); else the dates against the document's, or a web page's tense
      // (moved: "originally scheduled for April, was held from …": the verb nearest its new dates says which)
      const moved = cancelled.test(mt.sentence) && windowAt >= 0 ? tensePast(tenseOf(mt.sentence.slice(0, windowAt + day.at))) : null;
      // (a page with no date: a meeting reported on was held, "Report of … on its third session, held in …")
      const reported = windowAt >= 0 && reportOn.test(mt.sentence.slice(0, windowAt)) ? true : null;
      const held = moved ?? mt.held ?? statusOf(docDate ? null : ((p.part === 'title' ? occasion : null) ?? tensePast(tenseOf(mt.sentence)) ?? reported), day.period, docDate);
      if (held === 'disagree' || held === 'unknown') {
        unplaced.push(`${label}: no tense and no document date to tell held from scheduled`);
        return;
      }
      // a report's symbol: the paragraph's own symbol of the body for that year, where it speaks of reports
      const prefix = o.bodies.find((b) => b.id === body)?.symbolPrefix;
      const reportCue = /(?<![\p{L}])(?:reports?|rapports?)(?![\p{L}])/iu.test(p.text);
      const own = reportCue && p.number !== null ? symbols.filter((s) => prefix && bodyOfSymbol(s) === body) : [];
      const sameYear = own.filter((s) => s.slice((prefix?.length ?? 0) + 1, (prefix?.length ?? 0) + 5) === day.period.start.slice(0, 4));
      const numbered = mentions.filter((x) => x.number !== null).length;
      const report = sameYear.length === 1 ? sameYear[0] : own.length === numbered && mt.number !== null ? own[k] : undefined;
      if (!report && (reportCue || kind === 'note') && p.number !== null) notes.push(`${label}: no report symbol found`);
      if (!location && !online) unstated.add(`${body} ${day.period.start} ${day.period.end}`);
      const meeting: Meeting = {
        id: mt.number ? `${body}-${mt.number}` : `${body}-${day.period.start}`,
        body,
        kind: mt.word,
        ...(mt.number ? { number: mt.number } : {}),
        start: day.period.start,
        end: day.period.end,
        location,
        status: held ? 'held' : 'scheduled',
        report: report ?? null,
        source: { document: sourceId, paragraph: p.number, ...(p.part ? { part: p.part } : {}) },
      };
      if (p.part === 'title') fromTitle.add(`${body} ${meeting.start} ${meeting.end}`);
      addMeeting(meeting, label, Boolean(stated));
    });

    const groupsHere = findBodies(p.text).filter((n) => n.id !== conference?.id);
    const groupBefore = lastGroup;
    const groupAt = (at: number) => noteGroup ?? (headingBody !== conference?.id ? headingBody : null) ?? documentGroup ?? [...groupsHere].reverse().find((n) => n.end <= at)?.id ?? groupBefore;
    passed.push({ p, where, consumed, groupAt, placeBefore });
    lastGroup = groupsHere[groupsHere.length - 1]?.id ?? lastGroup;
  }

  // then the meetings stated in passing, in any wording: a body, a word of meeting and dates in one clause
  const known = (body: string | null, d: { start: string; end: string }) => meetings.some((m) => (body === null ? m.start === d.start && m.end === d.end : m.body === body && m.start <= d.start && d.end <= m.end));
  for (const { p, where, consumed, groupAt, placeBefore } of passed) {
    const clauses = readClauses(p.text, { consumed, groupAt, known, occasion: p.part === 'title' ? occasion : null });
    for (const u of clauses.unplaced) unplaced.push(`${where}, ${u}`);
    for (const cm of clauses.meetings) {
      const label = `${where}, ${cm.label}`;
      const within = meetings.find((m) => m.body !== cm.body && m.start <= cm.period.start && cm.period.end <= m.end);
      // (online, its clause says, or its sentence naming no place: "… on 13 and 14 July to take part in the seventh meeting …, which was conducted entirely online")
      const online = heldOnline(cm.clause) || heldOnline(cm.wholeSentence);
      const stated = online ? null : (placeOf(cm.clause) ?? placeOf(cm.sentence) ?? within?.location ?? placeBefore);
      const location = online ? null : (stated ?? onlyPlace);
      if (!location) notes.push(`${label}: ${online ? 'held online' : 'no place stated'}; recorded with no place`);
      else if (!stated && !placeOf(p.text)) notes.push(`${label}: no place stated; the document's only place (${location.en}) is taken`);
      if (!location && !online) unstated.add(`${cm.body} ${cm.period.start} ${cm.period.end}`);
      seenBodies.add(cm.body);
      addMeeting(
        {
          id: cm.number ? `${cm.body}-${cm.number}` : `${cm.body}-${cm.period.start}`,
          body: cm.body,
          kind: cm.word,
          ...(cm.number ? { number: cm.number } : {}),
          start: cm.period.start,
          end: cm.period.end,
          location,
          status: cm.held ? 'held' : 'scheduled',
          report: null,
          source: { document: sourceId, paragraph: p.number, ...(p.part ? { part: p.part } : {}) },
        },
        label,
        Boolean(stated),
      );
    }
  }

  // "the Working Group met in closed session on 4 May": a day of its meeting of 3 and 4 May, not a meeting of its own
  dropDaysOfMeetings(meetings, notes);
  // (the header's meetings too)
  for (let k = meetings.length - 1; k >= 0; k--) if (meetings[k] && tooShort(meetings[k] as Meeting)) meetings.splice(k, 1);
  // "… had met on 30 and 31 May. Both meetings took place in Vienna …": a sentence of the paragraph placing all its meetings (`ingest.allMeetings`) gives those with none their place
  const allMeetings = new RegExp(`(?<![\\p{L}])(?:${v.ingest.allMeetings[lang].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  for (const p of blocks) {
    if (p.number === null || !allMeetings.test(p.text)) continue;
    const sentence = p.text.split(/(?<=[.;])\s+/).find((x) => allMeetings.test(x) && !/\d{1,2}\s+\p{L}+/u.test(x.replace(/\([^)]*\)/g, '')));
    const place = sentence ? placeOf(sentence) : null;
    if (!place) continue;
    for (const [k, m] of meetings.entries()) {
      if (m.location || m.source.paragraph !== p.number || !unstated.has(`${m.body} ${m.start} ${m.end}`)) continue;
      meetings[k] = { ...m, location: place };
      notes.push(`${m.id}: no place in its sentence; its paragraph says where all its meetings were (${place.en})`);
    }
  }
  // a meeting naming no place, held during another body's meeting found later in the text ("will meet on 15 and 16 October, in conjunction with the session"), is where that one is
  for (const [k, m] of meetings.entries()) {
    if (m.location || !unstated.has(`${m.body} ${m.start} ${m.end}`)) continue;
    const host = meetings.find((x) => x.body !== m.body && x.location && x.start <= m.start && m.end <= x.end);
    if (host?.location) {
      meetings[k] = { ...m, location: host.location };
      notes.push(`${m.id}: no place stated; held during ${host.id}, it takes its place (${host.location.en})`);
    }
  }

  // a report whose header has no "<Place>, <dates>" line is the report of the meeting its title names
  if (kind === 'report' && thisDocument && !meetings.some((m) => m.report === thisDocument.symbol)) {
    const titled = meetings.find((m) => fromTitle.has(`${m.body} ${m.start} ${m.end}`));
    if (titled) Object.assign(titled, { report: thisDocument.symbol, status: 'held', documents: [thisDocument] });
  }
  const { mandates, instruments } = readMandates(layout.paragraphs, { lang, v, sourceId, findBodies, sectionBody: (p) => (p.heading ? (findBodies(p.heading)[0]?.id ?? null) : null), bodyOfSymbol });
  for (const m of mandates) seenBodies.add(m.body);
  readConsiders(layout.paragraphs, meetings, { lang, v, sourceId, conference: conference?.id ?? null });
  if (meetings.length === 0 && mandates.length === 0) throw new IngestError('nothing', `nothing recognisable (no meeting, report or mandate of a known body)${unplaced[0] ? `; could not place: ${unplaced[0]}` : ''}`);
  return {
    source,
    meetings: meetings.map((m) => ({ ...m, kind: m.kind })).sort((a, b) => a.body.localeCompare(b.body) || a.start.localeCompare(b.start)),
    mandates,
    instruments,
    bodies: [...seenBodies].sort(),
    newBodies,
    unplaced,
    notes,
  };
}

/** what a page says it is in one of its first lines, opening with a word of `ingest.occasions`: remarks at its meeting (held, true), its programme (to come, false), else null */
function occasionOf(text: string, v: Vocabulary): boolean | null {
  const words = (ws: string[]) => new RegExp(`^(?:${[...ws].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  const held = words([...v.ingest.occasions.held.en, ...v.ingest.occasions.held.fr]);
  const scheduled = words([...v.ingest.occasions.scheduled.en, ...v.ingest.occasions.scheduled.fr]);
  // (after the speaker's short name, capitalised, or none: "EU Statement at the …", "Statement by the Ambassador")
  const opens = (line: string, re: RegExp) => {
    // (every way of reading the speaker's words: none, one or two)
    for (let n = 0; n <= 2; n++) {
      const head = new RegExp(`^\\s*(?:\\p{Lu}[\\p{Lu}\\p{Ll}.-]*\\s+){${n}}`, 'u').exec(line);
      if (!head) return false;
      const m = re.exec(line.slice(head[0].length));
      if (m) return { rest: line.slice(head[0].length + m[0].length) };
    }
    return false;
  };
  for (const line of text.split('\n').filter((l) => l.trim()).slice(0, 12)) {
    if (opens(line, held)) return true;
    // (a programme's title names what it is the programme of: a menu's "Programme" alone is none)
    const s = opens(line, scheduled);
    if (s && s.rest.trim().split(/\s+/).length >= 2) return false;
  }
  return null;
}

/** the first day or days in text that state their year */
function firstDatedDay(text: string, lang: Lang, find: (text: string, lang: Lang, now: IsoDate) => FoundPeriod | null) {
  // the text is parsed once; each of its date spans is then read on its own with the next one
  // (a day joined to the next: "30 September and 1 October 2020"), until one states its year
  const spans = find(text, lang, '2000-01-01')?.spans ?? [];
  for (const [i, [a, b]] of spans.entries()) {
    const d = firstDay(text.slice(a, spans[i + 1]?.[1] ?? b), lang, '2000-01-01', find);
    if (d && !d.yearless) return d;
  }
  return null;
}

const daysOf = (start: string, end: string): number => Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;

const tensePast = (t: Tense | null): boolean | null => (t ? t === 'past' : null);

/** a text naming the United Nations, UNODC or the Convention (`ingest.unNames`, as written), or a known body by its proper name */
function unPage(text: string, bodies: Body[], findBodies: BodyNameFinder, v: Vocabulary): boolean {
  const head = text.slice(0, 20000);
  const unName = [...v.ingest.unNames.en, ...v.ingest.unNames.fr].some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(head));
  return unName || findBodies(head).some((n) => {
    const body = bodies.find((b) => b.id === n.id);
    // (a name written only loosely, "the Working group on Human Trafficking", may be a council's, unless it names the UN or the Convention itself:
    // "the UN Convention Against Transnational Organized Crime Conference")
    const ours = !n.loose || /(?<![\p{L}])(?:UN|ONU|Convention|Nations)(?![\p{L}])/iu.test(head.slice(n.at, n.end));
    return body && ours ? properlyNamed(head, n, body) : false;
  });
}

/**
 * ids of bodies the text names as another organ's, by a possessive before the name: an organ's noun (`ingest.otherOrgans`) or an
 * acronym, not ours ("The Forum's Working Group on Firearms", "OSCE's …"; not "the Conference's", "UNODC's", nor "October's", "Austria's")
 */
function ownedByOthers(text: string, findNames: BodyNameFinder, ours: string[], organs: string[]): Set<string> {
  const owner = /(\p{Lu}[\p{L}\p{N}.&-]*)['’]s\s+$/u;
  const isOurs = new RegExp(`^(?:${ours.map(escapeRegExp).join('|')})$`, 'u');
  const isOrgan = new RegExp(`^(?:${organs.map(escapeRegExp).join('|')}|\\p{Lu}{2,}[\\p{Lu}\\d]*)$`, 'u');
  const owned = new Set<string>();
  for (const n of findNames(text)) {
    const who = owner.exec(text.slice(Math.max(0, n.at - 40), n.at))?.[1];
    if (who && isOrgan.test(who) && !isOurs.test(who)) owned.add(n.id);
  }
  return owned;
}
