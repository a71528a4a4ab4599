import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../../lambda/adapters/memory/bundled-data';
import { type Answer, createAnswerer } from '../../lambda/core/answer';
import { DATA_FILES, type Dataset, type RawDataset } from '../../lambda/core/model';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export const SEED_FILE = fileURLToPath(new URL('../../../shared/seeds/000_0fb1bfabafd2d447.txt', import.meta.url));
/** The seed note is dev-only (../shared/seeds): tests that need it skip, saying so, in a fresh clone. */
export const SEED_PRESENT = existsSync(SEED_FILE);
export const needsSeed = (name: string) => (SEED_PRESENT ? name : `${name} (skipped: the dev-only seed note ../shared/seeds/ is absent)`);

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
