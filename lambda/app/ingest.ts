import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../adapters/memory/load-data';
import { CtocError } from '../core/errors';
import { type IngestResult, IngestError, ingestNote } from '../core/ingest/ingest-note';
import { BodySchema, INGESTED_FILES, VocabularySchema } from '../core/model';
import { z } from 'zod';

export interface IngestRun {
  result: IngestResult;
  written: string[];
  summary: string;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CtocError('DATA_INVALID', `${path}: not readable JSON (${(e as Error).message})`, { cause: e });
  }
}

/**
 * The ingest use case: reads a note, extracts its records with the bodies and
 * vocabulary of data/, and merges them into DIR's ingested files (records from the
 * same note are replaced, others kept). A file it cannot read, or one with nothing
 * recognisable, is an error and nothing is written.
 */
export function ingestFile(file: string, o: { outDir?: string; dataDir?: string } = {}): IngestRun {
  const dataDir = o.dataDir ?? DEFAULT_DATA_DIR;
  const outDir = o.outDir ?? dataDir;
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (e) {
    throw new CtocError('DATA_UNREADABLE', `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { cause: e });
  }
  const text = raw.toString('utf8');
  if (raw.includes(0) || text.includes('\uFFFD')) throw new CtocError('DATA_UNREADABLE', `${file}: not a UTF-8 text file`);
  const bodiesParsed = z.array(BodySchema.omit({ mandates: true })).safeParse(readJson(join(dataDir, 'bodies.json')));
  const vocabulary = VocabularySchema.safeParse(readJson(join(dataDir, 'vocabulary.json')));
  if (!bodiesParsed.success || !vocabulary.success) throw new CtocError('DATA_INVALID', `${dataDir}: bodies.json or vocabulary.json is invalid (run: npm test)`);
  let result: IngestResult;
  try {
    result = ingestNote(text, { fileName: basename(file), bodies: bodiesParsed.data.map((b) => ({ ...b, mandates: [] })), vocabulary: vocabulary.data });
  } catch (e) {
    if (e instanceof IngestError) throw new CtocError('DATA_INVALID', `${file}: ${e.message}; nothing written`);
    throw e;
  }
  if (result.meetings.length === 0 && result.mandates.length === 0) {
    throw new CtocError('DATA_INVALID', `${file}: nothing recognisable (no meeting, report or mandate of a known body); nothing written`);
  }

  // merge: replace this note's records, keep the others
  const id = result.source.id;
  const fresh: Record<(typeof INGESTED_FILES)[number], Array<Record<string, unknown>>> = {
    'sources.json': [result.source as unknown as Record<string, unknown>],
    'meetings.json': result.meetings as unknown as Array<Record<string, unknown>>,
    'mandates.json': result.mandates as unknown as Array<Record<string, unknown>>,
    'instruments.json': result.instruments as unknown as Array<Record<string, unknown>>,
  };
  const merged: Array<[string, unknown[]]> = [];
  for (const f of INGESTED_FILES) {
    const path = join(outDir, f);
    const existing = existsSync(path) ? readJson(path) : [];
    if (!Array.isArray(existing)) throw new CtocError('DATA_INVALID', `${path}: expected a JSON array; nothing written`);
    const fromOther = existing.filter((r) => (f === 'sources.json' ? r?.id !== id : r?.source?.document !== id));
    const freshIds = new Set(fresh[f].map((r) => r.id).filter(Boolean));
    // a newer note's record replaces an older one with the same id (a revised meeting)
    const kept = fromOther.filter((r) => !(r?.id && freshIds.has(r.id)));
    merged.push([path, [...kept, ...fresh[f]]]);
  }
  const order = (path: string, rs: unknown[]) => {
    const recs = rs as Array<Record<string, unknown> & { source?: { document?: string; paragraph?: number | null } }>;
    if (path.endsWith('meetings.json')) return [...recs].sort((a, b) => String(a.body).localeCompare(String(b.body)) || Number(a.number) - Number(b.number));
    if (path.endsWith('mandates.json')) return [...recs].sort((a, b) => String(a.body).localeCompare(String(b.body)) || String(a.source?.document).localeCompare(String(b.source?.document)) || (a.source?.paragraph ?? 0) - (b.source?.paragraph ?? 0));
    if (path.endsWith('sources.json')) return [...recs].sort((a, b) => String(a.date).localeCompare(String(b.date)));
    return [...recs].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  };
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [path, rs] of merged) {
    // write each file whole, then rename: a crash never leaves half a file
    writeFileSync(`${path}.tmp`, `${JSON.stringify(order(path, rs), null, 2)}\n`);
    renameSync(`${path}.tmp`, path);
    written.push(path);
  }
  if (result.newBodies.length) {
    const path = join(outDir, 'bodies.review.json');
    writeFileSync(path, `${JSON.stringify(result.newBodies, null, 2)}\n`);
    written.push(path);
  }
  const held = result.meetings.filter((m) => m.status === 'held').length;
  const docs = result.meetings.reduce((n, m) => n + (m.report ? 1 : 0) + (m.documents?.length ?? 0), 0);
  const lines = [
    `${basename(file)}: ${result.source.language === 'fr' ? 'French' : 'English'} note of ${result.source.date} (${id})`,
    `bodies: ${result.bodies.join(', ') || 'none known'}${result.newBodies.length ? `; new, to review in bodies.review.json: ${result.newBodies.map((b) => `${b.name}${b.id ? ` (${b.id})` : ''}`).join('; ')}` : ''}`,
    `meetings: ${result.meetings.length} (${held} held, ${result.meetings.length - held} scheduled); reports and documents: ${docs}`,
    `mandates: ${result.mandates.length}; instruments: ${result.instruments.length}`,
    ...result.unplaced.map((u) => `could not place: ${u}`),
    ...result.notes.map((n) => `note: ${n}`),
    `wrote: ${written.join(', ')}`,
  ];
  return { result, written, summary: lines.join('\n') };
}
