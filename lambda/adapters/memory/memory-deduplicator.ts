import type { EventClaim, EventDeduplicator } from '../../core/ports';

interface Seen {
  leaseUntil: number;
  expiresAt: number;
  answered: boolean;
}

/** In-process de-duplication, for the local server and tests: the same rules as the table's. */
export class MemoryDeduplicator implements EventDeduplicator {
  private readonly seen = new Map<string, Seen>();
  constructor(private readonly nowMs: () => number = Date.now) {}

  async claim(id: string, o: { leaseMs?: number; ttlSeconds?: number } = {}): Promise<EventClaim | null> {
    const now = this.nowMs();
    const s = this.seen.get(id);
    if (s && s.expiresAt > now && (s.answered || s.leaseUntil >= now)) return null;
    const mine: Seen = { leaseUntil: now + (o.leaseMs ?? 15_000), expiresAt: now + (o.ttlSeconds ?? 3600) * 1000, answered: false };
    this.seen.set(id, mine);
    if (this.seen.size > 10_000) for (const [k, v] of this.seen) if (v.expiresAt <= now) this.seen.delete(k);
    return {
      complete: async () => {
        mine.answered = true;
      },
      release: async () => {
        if (this.seen.get(id) === mine) this.seen.delete(id);
      },
    };
  }
}
