import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** Vitest global setup: says once, at the start of a run, why the tests on the source note are skipped. */
export default function announceMissingSeedNote(): void {
  if (!SEED_PRESENT) console.warn(`\nctoc-bot tests: ${SEED_ABSENT}; the tests that read it are skipped.\n`);
}
