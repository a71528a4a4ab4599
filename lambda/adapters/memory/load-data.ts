import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CtocError } from '../../core/errors';
import { DATA_FILES, type Dataset, type RawDataset, parseDataset } from '../../core/model';

/** The repository's data/ folder. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

/** Reads and validates every file of a data folder; one clear error, nothing half-loaded. */
export async function loadDataDir(dir: string = DEFAULT_DATA_DIR): Promise<Dataset> {
  const raw: Record<string, unknown> = {};
  for (const file of DATA_FILES) {
    const path = join(dir, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      throw new CtocError('DATA_UNREADABLE', `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { cause: e });
    }
    try {
      raw[file] = JSON.parse(text);
    } catch (e) {
      throw new CtocError('DATA_INVALID', `${path}: not valid JSON (${(e as Error).message})`, { cause: e });
    }
  }
  return parseDataset(raw as unknown as RawDataset);
}
