import type { EventDeduplicator } from '../../core/ports';

/** In-process de-duplication, for the local server and tests. */
export class MemoryDeduplicator implements EventDeduplicator {
  private readonly seen = new Map<string, number>();
  constructor(private readonly nowMs: () => number = Date.now) {}

  async firstSeen(id: string, ttlSeconds = 3600): Promise<boolean> {
    const now = this.nowMs();
    const until = this.seen.get(id);
    if (until !== undefined && until > now) return false;
    this.seen.set(id, now + ttlSeconds * 1000);
    if (this.seen.size > 10_000) for (const [k, t] of this.seen) if (t <= now) this.seen.delete(k);
    return true;
  }
}
