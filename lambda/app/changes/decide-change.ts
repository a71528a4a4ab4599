import { mergeDocumentOutcome } from '../../core/changes/merge';
import { type ChangeLogEntry, type PendingChange, isExpired } from '../../core/changes/pending';
import { reviewChange } from '../../core/changes/review';
import type { AppLogger, ChangeMessenger, ChangeStore, MeetingRepository } from '../../core/ports';

export interface ChangeDeciderDeps {
  repository: MeetingRepository;
  store: ChangeStore;
  messenger: ChangeMessenger;
  /** Slack user ids allowed to add or discard */
  editors: readonly string[];
  logger: AppLogger;
  nowMs?: () => number;
}

export type DecisionOutcome = 'applied' | 'discarded' | 'rebased' | 'already' | 'expired' | 'missing' | 'not-editor' | 'busy' | 'nothing-new';

/**
 * An editor's decision on a pending change. Add applies it once (a second click, or a
 * second editor, finds it decided); if the data changed since the review, the review is
 * recomputed against the new data and shown again instead of overwriting. Discard drops
 * it. A change older than a day has expired. Anyone not an editor changes nothing.
 */
export class ChangeDecider {
  private readonly nowMs: () => number;
  constructor(private readonly d: ChangeDeciderDeps) {
    this.nowMs = d.nowMs ?? Date.now;
  }

  /** the pending change, when `user` may decide on it now; otherwise why not */
  async open(changeId: string, user: string): Promise<PendingChange | Exclude<DecisionOutcome, 'applied' | 'discarded' | 'rebased' | 'busy' | 'nothing-new'>> {
    if (!this.d.editors.includes(user)) return 'not-editor';
    const p = await this.d.store.get(changeId);
    if (!p) return 'missing';
    if (p.status !== 'pending') return 'already';
    if (isExpired(p, this.nowMs())) {
      await this.d.messenger.decided(p, 'expired');
      return 'expired';
    }
    return p;
  }

  async apply(changeId: string, user: string): Promise<DecisionOutcome> {
    const p = await this.open(changeId, user);
    if (typeof p === 'string') return p;
    const current = await this.d.repository.load({ fresh: true });
    const merged = mergeDocumentOutcome(current.dataset, p.document);
    const after = merged.dataset;
    const review = reviewChange(current.dataset, after, p.document, merged.kept);
    const now = new Date(this.nowMs()).toISOString();
    const entry: ChangeLogEntry = {
      changeId: p.id,
      fileName: p.fileName,
      document: p.document.source.id,
      approvedBy: user,
      approvedAt: now,
      uploadedBy: p.uploadedBy,
      fromVersion: current.version,
      toVersion: '',
      summary: { newMeetings: review.newMeetings.length, changedMeetings: review.changedMeetings.length, newDocuments: review.newDocuments.length, newMandates: review.newMandates.length },
    };
    const outcome = await this.d.store.apply(p, current, after, entry);
    if (outcome === 'applied') {
      this.d.logger.info('change applied', { changeId: p.id, by: user, document: entry.document, fromVersion: current.version });
      await this.d.messenger.decided({ ...p, decidedBy: user, decidedAt: now }, 'applied', user);
      return 'applied';
    }
    if (outcome === 'busy') {
      await this.d.messenger.decided(p, 'busy', user);
      return 'busy';
    }
    if (outcome === 'not-pending') return 'already';
    // the data moved since the review: show what the document would change now
    const again = await this.d.store.get(p.id);
    if (again?.status !== 'pending') return 'already';
    const fresh = await this.d.repository.load({ fresh: true });
    const rebasedMerge = mergeDocumentOutcome(fresh.dataset, p.document);
    const next = reviewChange(fresh.dataset, rebasedMerge.dataset, p.document, rebasedMerge.kept);
    if (next.empty) {
      await this.d.store.discard(p.id, user, now);
      await this.d.messenger.nothingNew(p.conversation, p.lang, p.fileName, next);
      await this.d.messenger.decided(p, 'discarded', user);
      return 'nothing-new';
    }
    await this.d.store.update(p.id, { baseVersion: fresh.version });
    await this.d.messenger.review({ ...p, baseVersion: fresh.version }, next, 'rebased');
    this.d.logger.info('change rebased', { changeId: p.id, from: p.baseVersion, to: fresh.version });
    return 'rebased';
  }

  async discard(changeId: string, user: string): Promise<DecisionOutcome> {
    const p = await this.open(changeId, user);
    if (typeof p === 'string') return p;
    const now = new Date(this.nowMs()).toISOString();
    if (!(await this.d.store.discard(p.id, user, now))) return 'already';
    await this.d.messenger.decided({ ...p, decidedBy: user, decidedAt: now }, 'discarded', user);
    return 'discarded';
  }
}
