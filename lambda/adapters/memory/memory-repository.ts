import type { Dataset } from '../../core/model';
import type { MeetingRepository } from '../../core/ports';
import { loadDataDir } from './load-data';

/** Reference data from a data/ folder (or a dataset given directly), read once. */
export class MemoryRepository implements MeetingRepository {
  private loaded?: Promise<{ dataset: Dataset; version: string }>;
  constructor(private readonly source: string | Dataset | undefined = undefined) {}

  load(): Promise<{ dataset: Dataset; version: string }> {
    this.loaded ??=
      typeof this.source === 'object'
        ? Promise.resolve({ dataset: this.source, version: 'memory' })
        : loadDataDir(this.source).then((dataset) => ({ dataset, version: 'memory' }));
    return this.loaded;
  }
}
