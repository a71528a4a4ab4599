import { z } from 'zod';
import { CtocError } from './errors';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');
const bilingual = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();
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
    date: isoDate,
    language: z.enum(['en', 'fr']),
    file: z.string().min(1),
    title: bilingual,
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

export const BodySchema = z
  .object({
    id: z.string().regex(/^(COP|WG\.\d+)$/, 'expected COP or WG.<n>'),
    symbolPrefix: symbol,
    kind: z.enum(['conference', 'working-group']),
    names: bilingual,
    short: bilingual,
    aliases: z.object({ en: z.array(z.string().min(1)), fr: z.array(z.string().min(1)) }).strict(),
    mandates: z.array(MandateSchema),
  })
  .strict();

export const MeetingSchema = z
  .object({
    id: z.string().min(1),
    body: z.string().min(1),
    kind: z.enum(['meeting', 'session']),
    number: z.number().int().positive(),
    start: isoDate,
    end: isoDate,
    location: bilingual,
    status: z.enum(['held', 'scheduled']),
    report: symbol.nullable(),
    documents: z.array(z.object({ symbol, kind: z.enum(['provisional-agenda']) }).strict()).optional(),
    source: sourceRef,
  })
  .strict()
  .refine((m) => m.end >= m.start, { message: 'end is before start', path: ['end'] });

export const InstrumentSchema = z
  .object({
    id: z.string().min(1),
    instrument: z.enum(['decision', 'resolution']),
    number: z.string().regex(/^\d+\/\d+$/),
    subject: bilingual,
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
      z.array(z.object({ phrase: z.string().min(1), unit: z.enum(['year', 'month', 'week', 'day']), offset: z.number().int() }).strict()),
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
      })
      .strict(),
    plural: perLang(words),
    sessionWords: perLang(words),
    languageMarkers: perLang(words),
    bodyCues: z.object({ strong: words, weak: words }).strict(),
    commonWords: perLang(words),
    help: z.object({ examples: perLang(words) }).strict(),
  })
  .strict();

export type Lang = 'en' | 'fr';
export type Source = z.infer<typeof SourceSchema>;
export type Mandate = z.infer<typeof MandateSchema>;
export type Body = z.infer<typeof BodySchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
export type Vocabulary = z.infer<typeof VocabularySchema>;

/** Everything in data/, validated. */
export interface Dataset {
  sources: Source[];
  bodies: Body[];
  meetings: Meeting[];
  instruments: Instrument[];
  vocabulary: Vocabulary;
}

/** Raw file contents keyed by file name, before validation. */
export interface RawDataset {
  'sources.json': unknown;
  'bodies.json': unknown;
  'meetings.json': unknown;
  'instruments.json': unknown;
  'vocabulary.json': unknown;
}

export const DATA_FILES = ['sources.json', 'bodies.json', 'meetings.json', 'instruments.json', 'vocabulary.json'] as const;

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

/**
 * Validates every data file and the references between them. Throws one CtocError
 * (code DATA_INVALID) naming the file, the record and the field; returns nothing partial.
 */
export function parseDataset(raw: RawDataset): Dataset {
  const sources = parseFile('sources.json', z.array(SourceSchema), raw['sources.json']);
  const bodies = parseFile('bodies.json', z.array(BodySchema), raw['bodies.json']);
  const meetings = parseFile('meetings.json', z.array(MeetingSchema), raw['meetings.json']);
  const instruments = parseFile('instruments.json', z.array(InstrumentSchema), raw['instruments.json']);
  const vocabulary = parseFile('vocabulary.json', VocabularySchema, raw['vocabulary.json']);
  uniqueIds('sources.json', sources);
  uniqueIds('bodies.json', bodies);
  uniqueIds('meetings.json', meetings);
  uniqueIds('instruments.json', instruments);
  const sourceIds = new Set(sources.map((s) => s.id));
  const bodyIds = new Set(bodies.map((b) => b.id));
  const checkSource = (file: string, i: number, id: string, doc: string, field: string) => {
    if (!sourceIds.has(doc)) throw new CtocError('DATA_INVALID', `${file}: record ${i} (id "${id}") field "${field}": unknown source "${doc}"`);
  };
  meetings.forEach((m, i) => {
    if (!bodyIds.has(m.body)) throw new CtocError('DATA_INVALID', `meetings.json: record ${i} (id "${m.id}") field "body": unknown body "${m.body}"`);
    checkSource('meetings.json', i, m.id, m.source.document, 'source.document');
  });
  bodies.forEach((b, i) => {
    b.mandates.forEach((md, j) => {
      checkSource('bodies.json', i, b.id, md.source.document, `mandates.${j}.source.document`);
    });
  });
  instruments.forEach((ins, i) => {
    checkSource('instruments.json', i, ins.id, ins.source.document, 'source.document');
  });
  const seenMeeting = new Set<string>();
  meetings.forEach((m, i) => {
    const key = `${m.body}#${m.number}`;
    if (seenMeeting.has(key)) throw new CtocError('DATA_INVALID', `meetings.json: record ${i} (id "${m.id}") field "number": ${m.body} already has a meeting numbered ${m.number}`);
    seenMeeting.add(key);
  });
  return { sources, bodies, meetings, instruments, vocabulary };
}
