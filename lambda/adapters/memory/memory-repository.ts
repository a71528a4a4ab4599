import type { IsoDate } from '../../core/dates';
import type { Body, Dataset, Meeting } from '../../core/model';
import type { MeetingRepository } from '../../core/ports';
import { loadDataDir } from './load-data';

const byStart = (a: Meeting, b: Meeting) => a.start.localeCompare(b.start) || a.body.localeCompare(b.body);

/** Reference data from a data/ folder (or a dataset given directly), read once. */
export class MemoryRepository implements MeetingRepository {
  private loaded?: Promise<{ dataset: Dataset; version: string }>;
  constructor(private readonly source: string | Dataset | undefined = undefined) {}

  load(): Promise<{ dataset: Dataset; version: string }> {
    this.loaded ??=
      typeof this.source === 'object'
        ? Promise.resolve({ dataset: this.source, version: 'memory' })
        : loadDataDir(this.source).then((dataset) => ({ dataset, version: 'memory' }));
    // a failed read is not kept: the next call tries again
    this.loaded.catch(() => {
      this.loaded = undefined;
    });
    return this.loaded;
  }

  async body(id: string): Promise<Body | null> {
    return (await this.load()).dataset.bodies.find((b) => b.id === id) ?? null;
  }

  async meetingsOfBody(id: string): Promise<Meeting[]> {
    return (await this.load()).dataset.meetings.filter((m) => m.body === id).sort(byStart);
  }

  async meetingsBetween(start: IsoDate, end: IsoDate): Promise<Meeting[]> {
    return (await this.load()).dataset.meetings.filter((m) => m.start <= end && m.end >= start).sort(byStart);
  }

  async meetingBySymbol(symbol: string): Promise<Meeting | null> {
    const { dataset } = await this.load();
    return dataset.meetings.find((m) => m.report === symbol || (m.documents ?? []).some((d) => d.symbol === symbol)) ?? null;
  }
}
