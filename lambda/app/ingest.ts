import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../adapters/memory/load-data';
import { PdfTextError, pdfText } from '../adapters/pdf/pdf-text';
import { CtocError } from '../core/errors';
import { type IngestResult, IngestError, ingestDocument } from '../core/ingest/ingest-document';
import { type Disagreement, type IngestedData, mergeIngested } from '../core/ingest/merge';
import type { NewBody } from '../core/ingest/result';
import { BodySchema, VocabularySchema } from '../core/model';
import * as z from 'zod';

/** One file's outcome: what it gave, or the one reason it gave nothing. */
export type FileOutcome = { file: string; ok: true; result: IngestResult; added: string[]; merged: string[]; disagreements: Disagreement[]; summary: string } | { file: string; ok: false; error: string };

export interface IngestRun {
  files: FileOutcome[];
  written: string[];
  /** per-file summaries (or refusals), then the total */
  summary: string;
  /** the total alone */
  total: string;
}

/** What a person must decide, written to review.json beside the data. */
export interface Review {
  newBodies: Array<NewBody & { file: string }>;
  disagreements: Array<Disagreement & { file: string }>;
  unplaced: Array<{ file: string; what: string }>;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CtocError('DATA_INVALID', `${path}: not readable JSON (${(e as Error).message})`, { cause: e });
  }
}

/** a file's text: a PDF's text layer, or the file as UTF-8 text */
async function documentText(file: string): Promise<string> {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (e) {
    throw new CtocError('DATA_UNREADABLE', `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { cause: e });
  }
  if (raw.length === 0) throw new CtocError('DATA_UNREADABLE', 'an empty file');
  if (raw.subarray(0, 5).toString('latin1') === '%PDF-') {
    try {
      return await pdfText(raw);
    } catch (e) {
      if (e instanceof PdfTextError) throw new CtocError('DATA_UNREADABLE', e.message);
      throw e;
    }
  }
  const text = raw.toString('utf8');
  if (raw.includes(0) || text.includes('\uFFFD')) throw new CtocError('DATA_UNREADABLE', 'not a UTF-8 text file (nor a PDF)');
  return text;
}

const INGESTED = { 'sources.json': 'sources', 'meetings.json': 'meetings', 'mandates.json': 'mandates', 'instruments.json': 'instruments' } as const;

/**
 * The ingest use case: reads each file (text or PDF), extracts its records with the
 * bodies and vocabulary of data/, and merges them into DIR's ingested files. A file
 * that cannot be read or is refused gets one message and contributes nothing; the
 * others go on. Disagreements, new bodies and what could not be placed go to
 * review.json. Files are written whole (write, then rename), once, at the end.
 */
export async function ingestFiles(files: string[], o: { outDir?: string; dataDir?: string; progress?: (line: string) => void } = {}): Promise<IngestRun> {
  const dataDir = o.dataDir ?? DEFAULT_DATA_DIR;
  const outDir = o.outDir ?? dataDir;
  const bodiesParsed = z.array(BodySchema.omit({ mandates: true })).safeParse(readJson(join(dataDir, 'bodies.json')));
  const vocabulary = VocabularySchema.safeParse(readJson(join(dataDir, 'vocabulary.json')));
  if (!bodiesParsed.success || !vocabulary.success) throw new CtocError('DATA_INVALID', `${dataDir}: bodies.json or vocabulary.json is invalid (run: npm test)`);
  const bodies = bodiesParsed.data.map((b) => ({ ...b, mandates: [] }));
  let data = {} as IngestedData;
  for (const [f, key] of Object.entries(INGESTED) as Array<[keyof typeof INGESTED, keyof IngestedData]>) {
    const path = join(outDir, f);
    const existing = existsSync(path) ? readJson(path) : [];
    if (!Array.isArray(existing)) throw new CtocError('DATA_INVALID', `${path}: expected a JSON array; nothing written`);
    (data as unknown as Record<string, unknown[]>)[key] = existing;
  }

  const outcomes: FileOutcome[] = [];
  const review: Review = { newBodies: [], disagreements: [], unplaced: [] };
  for (const [i, file] of files.entries()) {
    if (files.length > 3) o.progress?.(`[${i + 1}/${files.length}] ${basename(file)}`);
    try {
      const text = await documentText(file);
      const result = ingestDocument(text, { fileName: basename(file), bodies, vocabulary: vocabulary.data });
      const merged = mergeIngested(data, result);
      data = merged.data;
      review.newBodies.push(...result.newBodies.map((b) => ({ ...b, file })));
      review.disagreements.push(...merged.disagreements.map((d) => ({ ...d, file })));
      review.unplaced.push(...result.unplaced.map((what) => ({ file, what })));
      outcomes.push({ file, ok: true, result, added: merged.added, merged: merged.merged, disagreements: merged.disagreements, summary: fileSummary(file, result, merged.disagreements) });
    } catch (e) {
      if (e instanceof IngestError || e instanceof CtocError) outcomes.push({ file, ok: false, error: `${file}: ${e.message}; nothing written for it` });
      else throw e;
    }
  }

  const written: string[] = [];
  if (outcomes.some((x) => x.ok)) {
    mkdirSync(outDir, { recursive: true });
    for (const [f, key] of Object.entries(INGESTED) as Array<[string, keyof IngestedData]>) written.push(writeWhole(join(outDir, f), data[key]));
    if (review.newBodies.length || review.disagreements.length || review.unplaced.length) written.push(writeWhole(join(outDir, 'review.json'), review));
  }
  const ok = outcomes.filter((x) => x.ok);
  const meetingsFound = ok.reduce((n, x) => n + (x.ok ? x.result.meetings.length : 0), 0);
  const total = [
    `total: ${files.length} file${files.length === 1 ? '' : 's'}, ${ok.length} read, ${files.length - ok.length} refused; ${meetingsFound} meeting mentions, ${ok.reduce((n, x) => n + (x.ok ? x.added.length : 0), 0)} new meetings; ${review.disagreements.length} disagreements${review.disagreements.length || review.newBodies.length || review.unplaced.length ? ' (see review.json)' : ''}`,
    written.length ? `wrote: ${written.join(', ')}` : 'nothing written',
  ];
  const summary = [...outcomes.map((x) => (x.ok ? x.summary : x.error)), ...total].join('\n');
  return { files: outcomes, written, summary, total: total.join('\n') };
}

function writeWhole(path: string, value: unknown): string {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  return path;
}

function fileSummary(file: string, r: IngestResult, disagreements: Disagreement[]): string {
  const held = r.meetings.filter((m) => m.status === 'held').length;
  const docs = r.meetings.reduce((n, m) => n + (m.report ? 1 : 0) + (m.documents?.filter((d) => d.symbol !== m.report).length ?? 0), 0);
  const what = `${r.source.language === 'fr' ? 'French' : 'English'} ${r.source.kind.replace(/-/g, ' ')}${r.source.symbol ? ` ${r.source.symbol}` : ''} ${r.source.date ? `of ${r.source.date}` : 'with no date (a web page)'}`;
  return [
    `${basename(file)}: ${what} (${r.source.id})`,
    `  bodies: ${r.bodies.join(', ') || 'none known'}${r.newBodies.length ? `; new, to review in review.json: ${r.newBodies.map((b) => `${b.name}${b.id ? ` (${b.id})` : ''}`).join('; ')}` : ''}`,
    `  meetings: ${r.meetings.length} (${held} held, ${r.meetings.length - held} scheduled); reports and documents: ${docs}`,
    ...r.meetings.map((m) => `    ${m.id}: ${m.start === m.end ? m.start : `${m.start} to ${m.end}`}, ${m.location?.en ?? 'no place stated'}, ${m.status}`),
    `  mandates: ${r.mandates.length}; instruments: ${r.instruments.length}`,
    ...r.unplaced.map((u) => `  could not place: ${u}`),
    ...r.notes.map((n) => `  note: ${n}`),
    ...disagreements.map((d) => `  disagreement: ${d.meeting} ${d.field}: recorded ${d.recorded} (${d.recordedIn.join(', ')}), this document says ${d.stated}; kept as recorded`),
  ].join('\n');
}

/** One file, for callers that want its result or its error (thrown as a CtocError). */
export async function ingestFile(file: string, o: { outDir?: string; dataDir?: string } = {}): Promise<{ result: IngestResult; written: string[]; summary: string }> {
  const run = await ingestFiles([file], o);
  const only = run.files[0];
  if (!only?.ok) throw new CtocError('DATA_INVALID', only?.error ?? `${file}: nothing read`);
  return { result: only.result, written: run.written, summary: run.summary };
}
