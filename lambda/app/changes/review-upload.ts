import { type DocumentMerge, mergeDocumentOutcome } from '../../core/changes/merge';
import { PENDING_TTL_SECONDS, type PendingChange } from '../../core/changes/pending';
import { reviewChange } from '../../core/changes/review';
import { MAX_DOCUMENT_BYTES, type ReviewJob } from '../../core/changes/upload';
import { CtocError, DocumentRejected } from '../../core/errors';
import type { AppLogger, ChangeMessenger, ChangeStore, DocumentReader, FileSource, MeetingRepository } from '../../core/ports';

export interface UploadReviewerDeps {
  files: FileSource;
  reader: DocumentReader;
  repository: MeetingRepository;
  store: ChangeStore;
  messenger: ChangeMessenger;
  logger: AppLogger;
  nowMs?: () => number;
}

export type ReviewOutcome = 'reviewed' | 'nothing-new' | 'rejected' | 'duplicate';

/**
 * Reads an uploaded document and posts what adding it would change, for an editor to
 * decide. Bad input (not a UN document, a scan, too large, not downloadable) gets one
 * clear message and leaves nothing behind. A job run twice (a retried upload event)
 * posts one review.
 */
export class UploadReviewer {
  private readonly nowMs: () => number;
  constructor(private readonly d: UploadReviewerDeps) {
    this.nowMs = d.nowMs ?? Date.now;
  }

  async review(job: ReviewJob): Promise<ReviewOutcome> {
    const { d } = this;
    if (await d.store.get(job.changeId)) return 'duplicate';
    const lang0 = job.lang ?? 'en';
    try {
      const bytes = await d.files.download(job.file, MAX_DOCUMENT_BYTES);
      const current = await d.repository.load({ fresh: true });
      const doc = await d.reader.read(bytes, job.file, current.dataset);
      let after: DocumentMerge;
      try {
        after = mergeDocumentOutcome(current.dataset, doc);
      } catch (e) {
        if (e instanceof CtocError && e.code === 'DATA_INVALID') throw new DocumentRejected('inconsistent', e.message, { cause: e });
        throw e;
      }
      const review = reviewChange(current.dataset, after.dataset, doc, after.kept);
      const lang = job.lang ?? doc.source.language;
      if (review.empty) {
        await d.messenger.nothingNew(job.conversation, lang, job.file.name, review);
        return 'nothing-new';
      }
      const now = this.nowMs();
      const pending: PendingChange = {
        id: job.changeId,
        status: 'pending',
        fileName: job.file.name,
        uploadedBy: job.uploadedBy,
        lang,
        conversation: job.conversation,
        baseVersion: current.version,
        document: doc,
        createdAt: new Date(now).toISOString(),
        expiresAt: Math.floor(now / 1000) + PENDING_TTL_SECONDS,
      };
      if (!(await d.store.create(pending))) return 'duplicate';
      const ts = await d.messenger.review(pending, review);
      if (ts) await d.store.update(pending.id, { reviewTs: ts });
      d.logger.info('review posted', { changeId: pending.id, file: job.file.name, document: doc.source.id, newMeetings: review.newMeetings.length, changedMeetings: review.changedMeetings.length });
      return 'reviewed';
    } catch (e) {
      if (!(e instanceof DocumentRejected)) throw e;
      d.logger.info('upload rejected', { changeId: job.changeId, file: job.file.name, reason: e.reason });
      await d.messenger.rejected(job.conversation, lang0, job.file.name, e);
      return 'rejected';
    }
  }
}
