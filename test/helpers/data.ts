import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../../lambda/adapters/memory/bundled-data';
import { type Answer, createAnswerer } from '../../lambda/core/answer';
import { DATA_FILES, type Dataset, type RawDataset } from '../../lambda/core/model';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export { OWN_NOTE, SEED_ABSENT, SEED_FILE, SEED_PRESENT } from './seed-note';

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

/** How the committed data reads a question (the same reading the answers use). */
export function understand(question: string, now: string) {
  answerer ??= createAnswerer(dataset());
  return answerer.understand(question, now);
}
