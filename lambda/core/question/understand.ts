import type { IsoDate } from '../dates';
import type { Dataset, Lang } from '../model';
import type { IntentKey, QuestionContext, Recognizer } from './context';
import { detectLanguage } from './language';
import { cleanSlackText, fold, maskSpans, type Token, tokenize } from './normalize';
import { createPeriodFinder } from './periods';
import { createTenseFinder } from './tense';
import { PhraseIndex } from './phrase-set';
import type { Question } from './question';
import { createBodiesRecognizer } from './recognizers/bodies';
import { createDocumentsRecognizer } from './recognizers/documents';
import { createGreetingRecognizer } from './recognizers/greeting';
import { createInstrumentsRecognizer } from './recognizers/instruments';
import { createIntentRecognizer } from './recognizers/intent';
import { createMandateRecognizer } from './recognizers/mandate';
import { createOrdinalRecognizer } from './recognizers/ordinal';
import { createPlaceRecognizer } from './recognizers/place';
import { createPositionRecognizer } from './recognizers/position';
import { createRelationRecognizer } from './recognizers/relation';
import { createStatusRecognizer } from './recognizers/status';
import { createShorthandExpander } from './shorthands';
import { createSymbolExtractor } from './symbols';
import { createWordRepair } from './word-repair';

const WG_NUMBER = /\b((?:WG|GT)[\s.-]?)(\d{1,2})\b/gi;
/** a word beginning "wg" or "gt" (the test below runs only then) */
const startsWgOrGt = (t: Token) => {
  const a = t.norm.charCodeAt(0);
  const b = t.norm.charCodeAt(1);
  return (a === 119 && b === 103) || (a === 103 && b === 116);
};
const HAS_WG_NUMBER = /\b(?:WG|GT)[\s.-]?\d/i;

/** Every word the vocabulary and the body names use: a capitalised word outside it may be a place or an unknown body. */
function knownWords(data: Dataset): Set<string> {
  const v = data.vocabulary;
  const both = (l: { en: string[]; fr: string[] }) => [...l.en, ...l.fr];
  const known = new Set<string>();
  const add = (list: string[]) => {
    for (const p of list) for (const t of tokenize(p)) known.add(t.norm);
  };
  add(both(v.commonWords));
  add(both(v.languageMarkers));
  for (const k of Object.keys(v.intents) as IntentKey[]) add(both(v.intents[k]));
  add([...Object.keys(v.months.en), ...Object.keys(v.months.fr), ...Object.keys(v.ordinals.en), ...Object.keys(v.ordinals.fr)]);
  add([...both(v.plural), ...both(v.meetingWords), ...both(v.groupWords), ...Object.keys(v.positions.en), ...Object.keys(v.positions.fr)]);
  add([...both(v.greetings.hello), ...both(v.greetings.thanks), ...both(v.greetings.filler)]);
  add([...Object.keys(v.numbers.en), ...Object.keys(v.numbers.fr), ...both(v.placeCues), ...v.articles.en, ...v.articles.fr]);
  for (const lang of ['en', 'fr'] as const) add([...v.periodPrefixes[lang].map((x) => x.phrase), ...v.relations[lang].after, ...v.relations[lang].before, ...Object.keys(v.seasons[lang].names), ...Object.keys(v.rolling[lang].units), ...v.rolling[lang].past, ...v.rolling[lang].future, ...v.rangeWords[lang].open, ...v.rangeWords[lang].join, ...v.bodyScope[lang].include, ...v.bodyScope[lang].exclude, ...v.questionBreaks[lang].starters, ...v.questionBreaks[lang].joins]);
  for (const p of v.places) add([p.en, p.fr]);
  for (const lang of ['en', 'fr'] as const) add(v.relativePeriods[lang].map((r) => r.phrase));
  for (const lang of ['en', 'fr'] as const) add([...v.tenses[lang].present, ...v.tenses[lang].past, ...v.tenses[lang].future, ...v.statusWords.held[lang], ...v.statusWords.scheduled[lang], ...v.requestWords[lang], ...Object.keys(v.monthRelative[lang].before), ...Object.keys(v.monthRelative[lang].after)]);
  for (const b of data.bodies) add([b.id, b.names.en, b.names.fr, ...b.aliases.en, ...b.aliases.fr]);
  return known;
}

/**
 * Builds the question reader for a dataset: vocabulary and body names are compiled
 * once; each call is pure (text and now in, Question out) and never throws. The text is
 * cleaned, symbols and instruments are set aside, the language is detected and the
 * period found (chrono); then the recognizers run in order, each filling its part.
 */
export function createUnderstander(data: Dataset) {
  const v = data.vocabulary;
  const both = (l: { en: string[]; fr: string[] }) => [...l.en, ...l.fr];
  const intents = new PhraseIndex(Object.fromEntries((Object.keys(v.intents) as IntentKey[]).map((k) => [k, both(v.intents[k])])) as Record<IntentKey, string[]>);
  // language markers: the listed ones, and every word of one language's vocabulary the other lacks
  const vocabWords = (lang: 'en' | 'fr') =>
    new Set(
      [
        ...Object.keys(v.months[lang]),
        ...v.relativePeriods[lang].map((r) => r.phrase),
        ...Object.keys(v.seasons[lang].names),
        ...Object.keys(v.quarters[lang].words),
        ...Object.keys(v.rolling[lang].units),
        ...v.meetingWords[lang],
        ...v.greetings.hello[lang],
        ...v.greetings.thanks[lang],
        ...Object.keys(v.positions[lang]),
        ...v.periodPrefixes[lang].map((x) => x.phrase),
        ...Object.keys(v.numbers[lang]),
      ].flatMap((p) => tokenize(p).map((t) => t.norm)),
    );
  const en = vocabWords('en');
  const fr = vocabWords('fr');
  const markers = {
    en: new Set([...v.languageMarkers.en.map(fold), ...[...en].filter((w) => !fr.has(w) && w.length > 2)]),
    fr: new Set([...v.languageMarkers.fr.map(fold), ...[...fr].filter((w) => !en.has(w) && w.length > 2)]),
  };
  const known = knownWords(data);
  const groupNumbers = new Set(data.bodies.flatMap((b) => (/^WG\.(\d+)$/.exec(b.id) ? [Number(b.id.slice(3))] : [])));
  const extractSymbols = createSymbolExtractor(v.instrumentWords, data.instruments);
  const findPeriod = createPeriodFinder(v, { tenses: true });
  const presentFinders: Partial<Record<Lang, ReturnType<typeof createTenseFinder>>> = {};
  const presentTense = (lang: Lang) => (presentFinders[lang] ??= createTenseFinder({ past: [], future: v.tenses[lang].present }));
  const expand = createShorthandExpander(v.shorthands, v.numbers);
  const repair = createWordRepair(v, known);
  // order matters: bodies before ordinals ("COP12" carries its number), positions after
  // ordinals ("first" is a position), relations after bodies (they take one as anchor),
  // places after bodies (a body's name is not a place), intent last
  const recognizers: Recognizer[] = [
    createGreetingRecognizer(data),
    createBodiesRecognizer(data, known),
    createOrdinalRecognizer(data),
    createPositionRecognizer(data),
    createRelationRecognizer(data),
    createPlaceRecognizer(data, known),
    createMandateRecognizer(data),
    createStatusRecognizer(data),
    createIntentRecognizer(data, known),
    createDocumentsRecognizer(data),
    createInstrumentsRecognizer(data),
  ];

  return function understand(input: string, now: IsoDate): Question {
    const cleaned = cleanSlackText(input);
    const firstTokens = tokenize(cleaned);
    const lang: Lang = detectLanguage(firstTokens, cleaned, markers);
    // informal spellings ("yday", "semaine pro") become the words the recognizers read
    const expanded = expand(cleaned, lang, firstTokens);
    // typos and cut words in relative words ("prochiane", "le mois proch.")
    const text = repair(expanded, lang, expanded === cleaned ? firstTokens : tokenize(expanded));
    const allTokens = text === cleaned ? firstTokens : tokenize(text);
    const extracted = extractSymbols(text);
    let masked = maskSpans(text, extracted.spans);
    // a working group's number is never a day ("le GT 2 de juin 2024"; "wg 12 june" has no group 12: a day)
    const found = findPeriod(
      allTokens.some(startsWgOrGt) && HAS_WG_NUMBER.test(masked) ? masked.replace(WG_NUMBER, (all: string, cue: string, n: string) => (groupNumbers.has(Number(n)) ? cue + ' '.repeat(n.length) : all)) : masked,
      lang,
      now,
      allTokens,
    );
    const spans = found ? extracted.spans.concat(found.spans) : extracted.spans;
    if (found) masked = maskSpans(masked, found.spans);
    const tokens = spans.length ? allTokens.filter((t) => !spans.some(([a, b]) => t.index < b && t.index + t.raw.length > a)) : allTokens;
    const words = new Set<string>();
    // arrays filled by push from one place keep one element kind: a recognizer looping over
    // them is not deoptimized by an empty question
    const norms: string[] = [];
    let folded = ' ';
    for (const t of tokens) {
      words.add(t.norm);
      norms.push(t.norm);
      folded += `${t.norm} `;
    }
    let lowerText: string | undefined;
    // accented phrases can only be in a text with a non-ASCII letter (most questions have none)
    const lower = () => {
      lowerText ??= !/[^\x00-\x7F]/.test(masked) ? ' ' : ` ${masked.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
      return lowerText;
    };
    let held: Set<IntentKey> | undefined;
    const has = (k: IntentKey) => {
      held ??= intents.match(words, folded, lower);
      return held.has(k);
    };
    const periodsOf = (other: string) => {
      const f = findPeriod(other, lang, now);
      return { period: f?.periods.length ? f.period : null, periods: f?.periods ?? [] };
    };
    const ctx: QuestionContext = { text, lang, now, masked, allTokens, typedTokens: firstTokens, periodsOf, tokens, words, norms, folded, lower, has, found, extracted, used: new Set(), bodyAt: new Map(), bodyOrdinal: new Map() };
    const q: Question = {
      text,
      lang,
      intent: 'unknown',
      bodies: [],
      unknownBody: null,
      unknownTerm: null,
      ambiguous: null,
      groups: false,
      across: false,
      // an as-of day alone is no period
      period: found?.periods.length || found?.sideEmpty ? found.period : null,
      periods: found?.periods ?? [],
      ordinal: null,
      position: null,
      relation: null,
      places: [],
      unknownPlace: null,
      session: false,
      symbols: extracted.symbols,
      instruments: extracted.instruments,
      plural: false,
      mandateEffect: null,
      greeting: null,
      aboutMeetings: false,
      asOf: found?.asOf ?? null,
      instrumentKinds: [],
      meetingOrdinal: null,
      tense: found?.tense ?? null,
      status: null,
      identity: false,
      comparison: false,
      comparisonOrdinals: {},
      yesNo: false,
      documentKinds: [],
      unknownWords: 0,
      present: !found && presentTense(lang)(text, allTokens) !== null,
      sideEmpty: found?.sideEmpty ?? false,
      untensed: found?.untensed ?? null,
    };
    for (const r of recognizers) r.recognize(ctx, q);
    // "has the 12th session already taken place?", "is the COP12 still to come?": one
    // meeting named, whose status is the answer; the tense must not hide it
    if (found?.tenseOnly && (q.ordinal !== null || q.symbols.length > 0)) {
      q.period = null;
      q.periods = [];
    }
    // "so far I know nothing: when is the next COP?": a past tense says nothing of what is next
    if (found?.tense === 'past' && (q.intent === 'next' || q.position?.from === 'next')) {
      q.tense = null;
      q.period = found.untensed?.[0] ?? null;
      q.periods = found.untensed ?? [];
    }
    // "was COP12 actually held?": one meeting named; its sentence says its status
    if (q.status !== null && (q.ordinal !== null || q.symbols.length > 0)) q.status = null;
    return q;
  };
}

export type Understand = ReturnType<typeof createUnderstander>;
