import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../../lambda/adapters/memory/bundled-data';
import { type Answer, createAnswerer } from '../../lambda/core/answer';
import { DATA_FILES, type Dataset, type RawDataset } from '../../lambda/core/model';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
/**
 * The Secretariat's note data/ was ingested from (see README, Data). It is not part of
 * the repository: in the development setup it sits beside it, in ../shared/seeds/.
 */
export const SEED_FILE = fileURLToPath(new URL('../../../shared/seeds/000_0fb1bfabafd2d447.txt', import.meta.url));
export const SEED_PRESENT = existsSync(SEED_FILE);
/** Why the tests on the source note itself are skipped in a clone that does not have it. */
export const SEED_ABSENT = `the source note is not beside the repository (${SEED_FILE}); data/ is checked against the repository's own note in its layout instead`;
/**
 * The repository's own note, written for the tests: the source note's layout and facts
 * (dates, symbols, decisions, resolutions) in other words. Ingesting it gives exactly
 * data/'s ingested records.
 */
export const OWN_NOTE = fileURLToPath(new URL('../fixtures/notes/fr-note-2024-seed-layout.txt', import.meta.url));

/** The committed data, validated. */
export const dataset = (): Dataset => bundledDataset();

/** The committed data files as parsed JSON, for tests that break them on purpose. */
export function rawData(): RawDataset {
  const read = (f: string) => JSON.parse(readFileSync(`${DATA_DIR}${f}`, 'utf8'));
  return Object.fromEntries(DATA_FILES.map((f) => [f, read(f)])) as unknown as RawDataset;
}

let answerer: ReturnType<typeof createAnswerer> | undefined;
/** Answers with the committed data at a fixed now. */
export function ask(question: string, now: string): Answer {
  answerer ??= createAnswerer(dataset());
  return answerer(question, now);
}

export const ids = (a: Answer) => a.meetings.map((m) => m.id);
