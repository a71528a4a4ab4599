import * as z from 'zod';
import { CtocError } from './errors';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');
const bilingual = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();
/** text as a note states it, in its language, and any translation added by hand */
const someLanguages = z.object({ en: z.string().min(1).optional(), fr: z.string().min(1).optional() }).strict();
const symbol = z.string().regex(/^[A-Z]+(\/[A-Za-z0-9.]+)+$/, 'expected a UN document symbol such as CTOC/COP/WG.6/2024/5');
const sourceRef = z
  .object({
    document: z.string().min(1),
    paragraph: z.number().int().positive().nullable(),
    part: z.string().optional(),
  })
  .strict();

export const SourceSchema = z
  .object({
    id: z.string().min(1),
    kind: z.string().min(1),
    /** the document's date; a web page has none */
    date: isoDate.optional(),
    language: z.enum(['en', 'fr']),
    file: z.string().min(1),
    title: someLanguages,
    /** the document's UN symbol, when it has one */
    symbol: symbol.optional(),
  })
  .strict();

/** what a document is, as ingest reads it from its symbol and title */
export const DOCUMENT_KINDS = [
  'provisional-agenda',
  'report',
  'background-paper',
  'conference-room-paper',
  'secretariat-report',
  'note',
  'announcement',
  'draft-report',
  'other',
] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

/** one document of a meeting: its agenda, a paper prepared for it, its report */
export const MeetingDocumentSchema = z
  .object({
    symbol,
    kind: DocumentKindSchema,
    date: isoDate.optional(),
    language: z.enum(['en', 'fr']).optional(),
  })
  .strict();

export const MandateSchema = z
  .object({
    instrument: z.enum(['decision', 'resolution']),
    number: z.string().regex(/^\d+\/\d+$/, 'expected a number such as 7/1'),
    effect: z.enum(['established', 'established-as-permanent', 'made-permanent', 'encouraged-annual-back-to-back-meetings']),
    source: sourceRef,
  })
  .strict();

/** a mandate as data/mandates.json holds it: which body it concerns */
export const MandateRecordSchema = MandateSchema.extend({ body: z.string().min(1) }).strict();

export const BodySchema = z
  .object({
    id: z.string().regex(/^(COP|WG\.\d+)$/, 'expected COP or WG.<n>'),
    symbolPrefix: symbol,
    kind: z.enum(['conference', 'working-group']),
    names: bilingual,
    short: bilingual,
    aliases: z.object({ en: z.array(z.string().min(1)), fr: z.array(z.string().min(1)) }).strict(),
    /** names the body had before (read by ingest in older documents) */
    formerNames: z.object({ en: z.array(z.string().min(1)), fr: z.array(z.string().min(1)) }).strict().optional(),
    /** the fewest days one of its meetings lasts (the Conference's sessions run a week): a single day read for it is a day of a meeting, not its dates */
    minDays: z.number().int().min(1).max(30).optional(),
    mandates: z.array(MandateSchema),
  })
  .strict();

export const MeetingSchema = z
  .object({
    id: z.string().min(1),
    body: z.string().min(1),
    kind: z.enum(['meeting', 'session']),
    /** the ordinal, when a document states it */
    number: z.number().int().positive().optional(),
    start: isoDate,
    end: isoDate,
    /** null when no document states a place (a meeting held online, a session named in passing without one) */
    location: bilingual.nullable(),
    status: z.enum(['held', 'scheduled']),
    report: symbol.nullable(),
    documents: z.array(MeetingDocumentSchema).optional(),
    /** documents this session will consider (reports of the working groups), as a note says */
    considers: z.array(z.object({ symbol, source: sourceRef }).strict()).optional(),
    source: sourceRef,
    /** every other document that states this meeting */
    alsoIn: z.array(sourceRef).optional(),
  })
  .strict()
  .refine((m) => m.end >= m.start, { message: 'end is before start', path: ['end'] });

export const InstrumentSchema = z
  .object({
    id: z.string().min(1),
    instrument: z.enum(['decision', 'resolution']),
    number: z.string().regex(/^\d+\/\d+$/),
    subject: someLanguages,
    source: sourceRef,
  })
  .strict();

const perLang = <T extends z.ZodTypeAny>(t: T) => z.object({ en: t, fr: t }).strict();
const words = z.array(z.string().min(1));

export const VocabularySchema = z
  .object({
    months: perLang(z.record(z.string(), z.number().int().min(1).max(12))),
    monthPrepositions: perLang(words),
    monthNames: perLang(z.array(z.string()).length(12)),
    ordinals: perLang(z.record(z.string(), z.number().int().positive())),
    ordinalSuffixes: perLang(words),
    relativePeriods: perLang(
      z.array(
        z
          .object({
            phrase: z.string().min(1),
            unit: z.enum(['year', 'half', 'quarter', 'month', 'week', 'day']),
            offset: z.number().int(),
            /** "so far this year" ends today; "later this year" starts today */
            clip: z.enum(['to-now', 'from-now']).optional(),
          })
          .strict(),
      ),
    ),
    /** number words for counts and windows ("three", "trois", "a few") */
    numbers: perLang(z.record(z.string(), z.number().int().positive())),
    /** "the past 8 weeks", "les 4 derniers mois": windows that end or start today */
    rolling: perLang(
      z
        .object({
          past: words,
          future: words,
          /** direction words that make a one-unit window with no number ("the past year") */
          bare: words,
          /** "in 2 weeks", "dans 3 mois": the whole unit that far ahead */
          ahead: words,
          /** "2 weeks from now": words after the units, meaning the same as "in 2 weeks" */
          aheadAfter: words.optional(),
          units: z.record(z.string(), z.enum(['year', 'month', 'week', 'day'])),
        })
        .strict(),
    ),
    /** "Q3 2023", "the second half of 2023", "T2 2024", "au second semestre": months per unit */
    quarters: perLang(z.object({ letters: z.record(z.string(), z.number().int()), words: z.record(z.string(), z.number().int()) }).strict()),
    /** seasons (northern hemisphere) by their first month; winter Y runs from December Y */
    seasons: perLang(
      z
        .object({
          names: z.record(z.string(), z.number().int().min(1).max(12)),
          /** words that may come before a season with no year ("in", "cet", "l'") */
          before: words,
          last: words,
          next: words,
          /** "this winter", "cet hiver": the season of the current year */
          this: words,
          /** tense words: a bare season in a question about the past is the last one, about the future the next */
          past: words,
          future: words,
        })
        .strict(),
    ),
    greetings: z.object({ hello: perLang(words), thanks: perLang(words), filler: perLang(words) }).strict(),
    /** words before a week number ("week 42", "semaine 42", "S42") */
    weekNumbers: perLang(words),
    /** informal spellings rewritten before anything reads the text ("yday" -> "yesterday", "semaine pro" -> "semaine prochaine") */
    shorthands: perLang(z.record(z.string(), z.string())),
    /** informal and plural words for meetings ("mtgs", "sittings", "séances") */
    meetingWords: perLang(words),
    /** words meaning the working groups together ("wgs", "GT") */
    groupWords: perLang(words),
    /** "the first meeting in 2023", "the next 3 meetings", "les deux dernières réunions" */
    positions: perLang(z.record(z.string(), z.enum(['first', 'last', 'next']))),
    /** "what's after the COP", "the meeting just before the Conference's session" */
    /** after/before another body's meeting; sameWeek: "in the same week as" it */
    relations: perLang(z.object({ after: words, before: words, sameWeek: words }).strict()),
    /** how people write instruments ("res 5/4", "dec. 4/4"); bare: words before a bare "7/1" */
    instrumentWords: z.object({ decision: words, resolution: words, bare: words }).strict(),
    /** words before a place name ("in Vienna", "à Genève") */
    placeCues: perLang(words),
    /** a second question in one message starts after a join with one of these words */
    /** backReferences: words by which a later part refers to the body asked about before ("it", "its", "il", "leur") */
    questionBreaks: perLang(z.object({ joins: words, starters: words, backReferences: words }).strict()),
    /** "working groups including the COP" / "not the CoP": whether the Conference joins a list of the groups */
    bodyScope: perLang(z.object({ include: words, exclude: words }).strict()),
    /** "les GT", "all wg": a group word after one of these means every working group */
    pluralDeterminers: perLang(words),
    /** words that make a short group word one group ("the wg", "du GT"): the question asks which */
    singularDeterminers: perLang(words),
    /** what a mandate question asks about: the phrases for each effect (both languages) */
    mandateEffects: z.record(z.enum(['permanent', 'established', 'encouraged']), words),
    /** "which group", "quel organe": asking which, not naming one */
    interrogatives: perLang(words),
    /** "A or B", "A ou B": which of the bodies named, compared ("which met first, A or B") */
    comparisonWords: perLang(words),
    /** "each working group", "chaque groupe": one answer per group */
    perGroupWords: perLang(words),
    /** "taking place", "a lieu": a verb of happening, which makes "place" no question of where */
    happeningVerbs: perLang(words),
    /** words that open a yes/no question ("did", "est-ce que"): "did A meet before B?" is answered yes or no, with both meetings */
    yesNoOpeners: perLang(words),
    /** words that ask without a question word ("list", "show me", "donne"): a message with one is a request, not a statement */
    requestWords: perLang(words),
    /** a side of today with no unit: "already held", "met" (before today); "still to come", "à venir" (today on) */
    /** present: "when does X meet", "se réunit" — the coming meeting when there is one, else all */
    tenses: perLang(z.object({ present: words, past: words, future: words }).strict()),
    /** "last october", "octobre prochain": words before or after a month's name, with their direction */
    monthRelative: perLang(z.object({ before: z.record(z.string(), z.number().int()), after: z.record(z.string(), z.number().int()) }).strict()),
    /** "confirmed as held", "seulement prévues": the status the sources give, asked about as such */
    statusWords: z.object({ held: perLang(words), scheduled: perLang(words) }).strict(),
    /** words left out of initialisms derived from body names */
    nameWords: z.object({ articles: words, links: words }).strict(),
    /** articles that may stand between a prefix and its period ("depuis l'été") */
    articles: perLang(words),
    /** words before a period that narrow or open it ("early", "since", "la semaine du") */
    periodPrefixes: perLang(
      z.array(
        z
          .object({
            phrase: z.string().min(1),
            action: z.enum(['early', 'mid', 'late', 'whole', 'week-of', 'first-week', 'last-week', 'first-half', 'second-half', 'as-of', 'since', 'from', 'after', 'until', 'before', 'until-end', 'rest-of', 'so-far']),
          })
          .strict(),
      ),
    ),
    rangeWords: perLang(z.object({ open: words, join: words }).strict()),
    dayPairJoin: perLang(words),
    dateCues: perLang(words),
    intents: z
      .object({
        help: perLang(words),
        mandate: perLang(words),
        bodies: perLang(words),
        count: perLang(words),
        report: perLang(words),
        next: perLang(words),
        last: perLang(words),
        place: perLang(words),
        when: perLang(words),
        /** asks what a body is: its name, former name, what it deals with */
        identity: perLang(words),
      })
      .strict(),
    plural: perLang(words),
    sessionWords: perLang(words),
    languageMarkers: perLang(words),
    bodyCues: z.object({ strong: words, weak: words }).strict(),
    commonWords: perLang(words),
    help: z.object({ examples: perLang(words) }).strict(),
    places: z.array(bilingual),
    /** questions about documents: "documents of …", "which reports go to COP12" */
    documentQuestions: z
      .object({
        documents: perLang(words),
        considers: perLang(words),
        /** "the provisional agenda of COP12", "documents de séance": documents of one kind */
        kinds: perLang(z.array(z.object({ kind: DocumentKindSchema, phrases: words }).strict())),
      })
      .strict(),
    ingest: z
      .object({
        held: perLang(words),
        scheduled: perLang(words),
        meetingWords: perLang(words),
        sessionWords: perLang(words),
        established: perLang(words),
        permanent: perLang(words),
        encouraged: perLang(words),
        subjectMarkers: perLang(words),
        noteKinds: perLang(words),
        provisionalAgenda: perLang(words),
        /** words allowed between the words of a body's name ("open-ended", "provisoire") */
        nameQualifiers: perLang(words),
        /** symbol prefixes of press releases and media advisories (the information service's, not an organ's) */
        pressSymbols: words,
        /** words at the top of a press release ("not an official document", "communiqué de presse") */
        pressMarkers: perLang(words),
        /** words of a body's name written otherwise in press releases and web pages, each group interchangeable ("United Nations" / "UN") */
        nameVariants: perLang(z.array(words.min(2))),
        /**
         * a body's name going on after "and" / "of" with a capitalised word is a longer name, another organ's ("… on Firearms and Ammunition of Mercosur",
         * "… of the Bali Process"), unless that word is one of `ours` ("… of UNTOC", "… and Protocols Thereto") or begins another of our names
         */
        nameGoesOn: z.object({ and: perLang(words), of: perLang(words), ours: perLang(words) }).strict(),
        /** words after "the Group" / "du Groupe" naming another group ("interinstitutions", "of Friends"): no reference to ours */
        otherGroupWords: perLang(words),
        /** words after a sentence-opening "The meeting" / "La session" (`subjectPronouns`) that make it another event ("The meeting in Dakar", "La session de formation") */
        qualifierWords: perLang(words),
        /** words after a meeting's dates past which its place is not sought ("…, back to back with a workshop in Bangkok", "ahead of the seminar hosted in Nairobi") */
        placeTailStops: perLang(words),
        /** a participle and its "by" before a body, its agent ("the 6th meeting …, held by the Conference …"): that body owns no dates */
        agentVerbs: perLang(words),
        /** weekday names, blanked before a day inside a range ("du lundi 30 juin au mardi 1er juillet", "from Monday, 2 June, to Wednesday, 4 June") */
        weekdays: perLang(words),
        /** adjectives that make "the … working group" another one ("the next meeting of the regional working group", "du groupe de travail régional") */
        otherGroupAdjectives: perLang(words),
        /** words a body's name may leave out ("Conference of Parties") */
        nameOptionalWords: perLang(words),
        /** title phrases that tell a document's kind, most specific first */
        documentKinds: perLang(z.array(z.object({ kind: DocumentKindSchema, phrases: words }).strict())),
        /** words before a meeting that make it a reference, not a mention ("at", "à") */
        referenceWords: perLang(words),
        /** "will be before" (the Conference at its … session): what a session will consider */
        considered: perLang(words),
        /** verbs with the body as subject: "the Working Group met from …" */
        metVerbs: perLang(words),
        /** adverbs between the body and its verb: "the working group first met …" */
        metAdverbs: perLang(words),
        /** "during" (the third session): a meeting held within another, whose dates follow that one's name */
        duringWords: perLang(words),
        /** in place of an ordinal: "its previous meeting", "its next session", "sa dernière session" */
        relativeWords: perLang(words),
        /** "joint" (meeting) / "conjointe": one meeting of the bodies named after it */
        jointWords: perLang(words),
        /** after two bodies joined by "and": both are the subject ("A and B, which have met …", "A et B, qui ont tenu une réunion conjointe …") */
        pluralSubject: perLang(words),
        /** "A and B met on … and on … respectively": dates shared out among several bodies, left to the review file */
        respectively: perLang(words),
        /** verb forms of "held" that do not tell past from future ("the session, held in Vienna from …"): the dates do */
        participles: perLang(words),
        /** verbs that say a body meets, any tense ("gathered", "se réunira"): a sentence naming a body and dates with one of them states a meeting */
        meetingVerbs: perLang(words),
        /** verbs of holding: a meeting's only when what they hold is one ("held its meeting", "held in Vienna"; not "held informal consultations") */
        holdVerbs: perLang(words),
        /** words that end what a verb of holding holds (prepositions, relatives: "held in", "tenue à"); articles are skipped */
        holdObjectEnds: perLang(words),
        /** words that tell the tense of a sentence ("will", "se tiendra" / "was", "s'est"), matched with their accents; the one nearest the dates wins */
        tense: z.object({ future: perLang(words), past: perLang(words) }).strict(),
        /** words just before a date that make it no meeting's dates: a deadline, an opening day ("by", "avant le", "opened on") */
        notMeetingDates: perLang(words),
        /** "report": a body named after it ("the report of the Working Group on its meeting held …") is still the one that met */
        reportWords: perLang(words),
        /** capitalised first words of what follows "in" / "à" but is no place ("in United Nations Headquarters", "à la Salle …"); months and days are not places either */
        notPlaces: perLang(words),
        /** names of the United Nations, its Office and the Convention ("UNODC", "Nations Unies"): a text with no symbol and no Distr. line is a UN page only if it names one, or a body as its proper name */
        unNames: perLang(words),
        /** words that start a web page's line of its posting date ("Posted 3 March 2031", "Publié le …"): the page's date */
        postedWords: perLang(words),
        /** verbs of a meeting's opening or closing ("concluded its ninth meeting on 5 May", "a achevé … le 5 mai"): the day after them is one day of it, not its dates */
        boundaryVerbs: perLang(words),
        /** words that put a body forward as the topic ("As for the Working Group …, it met …", "Quant au Groupe …, il s'est réuni …"): it is the subject, not an object */
        topicWords: perLang(words),
        /** "followed by" / "suivie par": the body named right after them is the next meeting, whose dates follow its name ("… followed by the Working Group on …, on 4 June") */
        sequenceWords: perLang(words),
        /** "postponed", "cancelled", "reportée": a sentence saying so gives no meeting's dates for sure (which dates stand?), they go to the review file */
        cancelledWords: perLang(words),
        /** a pronoun opening a sentence that stands for the body the sentence before opened with ("It met …", "Il s'est réuni …"), as written */
        subjectPronouns: perLang(words),
        /** capitalised nouns of organs ("Committee", "Commission", "Comité"): one that is none of our bodies' names owns the meetings said of it, which are not ours */
        otherOrgans: perLang(words),
        /** events that are no meeting of a body ("the regional training held in Bangkok", "l'atelier tenu à Abidjan"): named between a body and dates, they own the dates */
        otherEvents: perLang(words),
        /** pronouns standing for a meeting named before them in the sentence ("… its tenth meeting, just before that of the Working Group on …, scheduled for …", "celle du Groupe …"): the body they complement is the one that meets */
        meetingPronouns: perLang(words),
        /** words that deny a verb ("It will not take place", "Elle n'aura pas lieu"): no meeting on the dates after it */
        negations: perLang(words),
        /** "held online", "en ligne": a meeting its own clause says was held online has no place, and takes none from its paragraph or the document */
        onlineWords: perLang(words),
        /** "both meetings", "all the meetings", "les deux réunions": a sentence placing them all gives the paragraph's meetings with no place of their own their place */
        allMeetings: perLang(words),
        /** the participles opening a resolution's preambular paragraphs ("Recalling", "Rappelant"), as written: "its" after one stands for the resolution's author, named before the first */
        preambleWords: perLang(words),
        /** "day", "journée": "the second day of the meeting …, on 10 October" gives one day of it, not its dates */
        dayWords: perLang(words),
        /** words after a city naming a building in it ("the Vienna International Centre"): the city is where the meeting is, not part of a name such as "the Doha Declaration" */
        venueWords: perLang(words),
        /** what a page with no date is, from a line of its header that opens with one of these ("Closing remarks", "Programme"): the meeting it is for was held (remarks made at it) or is to come (its programme) */
        occasions: z.object({ held: perLang(words), scheduled: perLang(words) }).strict(),
        /** "the former" / "le premier" and "the latter" / "le second": two bodies sharing a span, each then given its own dates ("…: the first on 7 and 8 June, the second …") */
        firstOfTwo: perLang(words),
        secondOfTwo: perLang(words),
        /** a table of meetings with no column of meetings: its columns of dates, places and statuses (also the labels of a page's fields, "Dates: …", "Venue: …"), a status cell's words, and what its row's line says for each status */
        table: z
          .object({
            /** a first column naming the groups ("Working group"): its cells may give only a group's subject ("Firearms") */
            columns: z.object({ dates: perLang(words), venue: perLang(words), status: perLang(words), body: perLang(words) }).strict(),
            status: z.object({ held: perLang(words), scheduled: perLang(words) }).strict(),
            say: z.object({ held: perLang(z.string().min(1)), scheduled: perLang(z.string().min(1)) }).strict(),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

export const TranslationsSchema = z
  .object({
    sources: z.record(z.string(), z.object({ title: someLanguages }).strict()),
    instruments: z.record(z.string(), z.object({ subject: someLanguages }).strict()),
  })
  .strict();

export type Lang = 'en' | 'fr';
export type Source = z.infer<typeof SourceSchema>;
export type Mandate = z.infer<typeof MandateSchema>;
export type Body = z.infer<typeof BodySchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
export type Vocabulary = z.infer<typeof VocabularySchema>;
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
export type MeetingDocument = z.infer<typeof MeetingDocumentSchema>;
export type SourceRef = z.infer<typeof sourceRef>;

/** Everything in data/, validated. */
export interface Dataset {
  sources: Source[];
  bodies: Body[];
  meetings: Meeting[];
  instruments: Instrument[];
  vocabulary: Vocabulary;
}

/**
 * Raw file contents keyed by file name, before validation. sources, meetings, mandates
 * and instruments are what `ctoc-bot ingest` writes from the notes; bodies, vocabulary
 * and translations are maintained by hand.
 */
export interface RawDataset {
  'sources.json': unknown;
  'meetings.json': unknown;
  'mandates.json': unknown;
  'instruments.json': unknown;
  'bodies.json': unknown;
  'translations.json': unknown;
  'vocabulary.json': unknown;
}

export const DATA_FILES = ['sources.json', 'meetings.json', 'mandates.json', 'instruments.json', 'bodies.json', 'translations.json', 'vocabulary.json'] as const;
/** the files `ctoc-bot ingest` writes */
export const INGESTED_FILES = ['sources.json', 'meetings.json', 'mandates.json', 'instruments.json'] as const;

function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  let record = '';
  let fieldPath = path;
  if (Array.isArray(data) && typeof path[0] === 'number') {
    const item = data[path[0]] as { id?: unknown } | undefined;
    record = ` record ${path[0]}${item && typeof item.id === 'string' ? ` (id "${item.id}")` : ''}`;
    fieldPath = path.slice(1);
  }
  const field = fieldPath.length ? ` field "${fieldPath.join('.')}"` : '';
  return `${file}:${record}${field}: ${issue.message}`;
}

function parseFile<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CtocError('DATA_INVALID', issue ? describeIssue(file, data, issue) : `${file}: invalid`);
  }
  return result.data;
}

function uniqueIds(file: string, items: { id: string }[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) throw new CtocError('DATA_INVALID', `${file}: record ${i} (id "${item.id}") field "id": duplicate id`);
    seen.add(item.id);
  });
}

const BodyFileSchema = BodySchema.omit({ mandates: true });

/**
 * Validates every data file and the references between them, then assembles the
 * dataset (mandates onto their bodies, hand translations onto ingested text). Throws one
 * CtocError (code DATA_INVALID) naming the file, the record and the field; returns
 * nothing partial.
 */
export function parseDataset(raw: RawDataset): Dataset {
  const sourceRecords = parseFile('sources.json', z.array(SourceSchema), raw['sources.json']);
  const meetings = parseFile('meetings.json', z.array(MeetingSchema), raw['meetings.json']);
  const mandates = parseFile('mandates.json', z.array(MandateRecordSchema), raw['mandates.json']);
  const instrumentRecords = parseFile('instruments.json', z.array(InstrumentSchema), raw['instruments.json']);
  const bodyRecords = parseFile('bodies.json', z.array(BodyFileSchema), raw['bodies.json']);
  const translations = parseFile('translations.json', TranslationsSchema, raw['translations.json']);
  const vocabulary = parseFile('vocabulary.json', VocabularySchema, raw['vocabulary.json']);
  mandates.forEach((m, i) => {
    if (!bodyRecords.some((b) => b.id === m.body)) throw new CtocError('DATA_INVALID', `mandates.json: record ${i} field "body": unknown body "${m.body}" (add it to bodies.json)`);
  });
  const sources = sourceRecords.map((src) => ({ ...src, title: { ...src.title, ...translations.sources[src.id]?.title } }));
  const instruments = instrumentRecords.map((ins) => ({ ...ins, subject: { ...ins.subject, ...translations.instruments[ins.id]?.subject } }));
  const bodies = bodyRecords.map((b) => ({ ...b, mandates: mandates.filter((m) => m.body === b.id).map(({ body: _body, ...m }) => m) }));
  return checkDataset({ sources, bodies, meetings, instruments, vocabulary }, { meetings: 'meetings.json', bodies: 'bodies.json', sources: 'sources.json', instruments: 'instruments.json' });
}

/**
 * Validates an assembled dataset (one a document was merged into): the same schemas and
 * cross-references, with errors naming where each part came from.
 */
export function validateDataset(d: { [K in keyof Dataset]: unknown }, where: string): Dataset {
  const sources = parseFile(`${where} sources`, z.array(SourceSchema), d.sources);
  const bodies = parseFile(`${where} bodies`, z.array(BodySchema), d.bodies);
  const meetings = parseFile(`${where} meetings`, z.array(MeetingSchema), d.meetings);
  const instruments = parseFile(`${where} instruments`, z.array(InstrumentSchema), d.instruments);
  const vocabulary = parseFile(`${where} vocabulary`, VocabularySchema, d.vocabulary);
  return checkDataset({ sources, bodies, meetings, instruments, vocabulary }, { meetings: `${where} meetings`, bodies: `${where} bodies`, sources: `${where} sources`, instruments: `${where} instruments` });
}

function checkDataset(d: Dataset, files: { meetings: string; bodies: string; sources: string; instruments: string }): Dataset {
  const { sources, bodies, meetings, instruments } = d;
  uniqueIds(files.sources, sources);
  uniqueIds(files.bodies, bodies);
  uniqueIds(files.meetings, meetings);
  uniqueIds(files.instruments, instruments);
  const sourceIds = new Set(sources.map((s) => s.id));
  const bodyIds = new Set(bodies.map((b) => b.id));
  const checkSource = (file: string, i: number, id: string, doc: string, field: string) => {
    if (!sourceIds.has(doc)) throw new CtocError('DATA_INVALID', `${file}: record ${i} (id "${id}") field "${field}": unknown source "${doc}"`);
  };
  meetings.forEach((m, i) => {
    if (!bodyIds.has(m.body)) throw new CtocError('DATA_INVALID', `${files.meetings}: record ${i} (id "${m.id}") field "body": unknown body "${m.body}"`);
    checkSource(files.meetings, i, m.id, m.source.document, 'source.document');
    for (const [j, r] of (m.alsoIn ?? []).entries()) checkSource(files.meetings, i, m.id, r.document, `alsoIn.${j}.document`);
    for (const [j, c] of (m.considers ?? []).entries()) checkSource(files.meetings, i, m.id, c.source.document, `considers.${j}.source.document`);
  });
  bodies.forEach((b, i) => {
    b.mandates.forEach((md, j) => {
      checkSource(files.bodies, i, b.id, md.source.document, `mandates.${j}.source.document`);
    });
  });
  instruments.forEach((ins, i) => {
    checkSource(files.instruments, i, ins.id, ins.source.document, 'source.document');
  });
  const seenMeeting = new Set<string>();
  meetings.forEach((m, i) => {
    if (m.number === undefined) return;
    const key = `${m.body}#${m.number}`;
    if (seenMeeting.has(key)) throw new CtocError('DATA_INVALID', `${files.meetings}: record ${i} (id "${m.id}") field "number": ${m.body} already has a meeting numbered ${m.number}`);
    seenMeeting.add(key);
  });
  return d;
}
