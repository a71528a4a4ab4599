import type { ApplyJob, ReviewJob } from '../../core/changes/upload';
import type { AppLogger, ChangeJobs } from '../../core/ports';
import type { ChangeDecider } from './decide-change';
import type { UploadReviewer } from './review-upload';

/**
 * The document workers inside this process (ctoc-bot serve, npm start): a job runs in
 * the background after the Slack request is answered, as the deployed functions do.
 */
export class InProcessJobs implements ChangeJobs {
  private readonly running = new Set<Promise<unknown>>();
  constructor(
    private readonly reviewer: UploadReviewer,
    private readonly decider: ChangeDecider,
    private readonly logger: AppLogger,
  ) {}

  private track(name: string, work: () => Promise<unknown>): Promise<void> {
    const p = Promise.resolve()
      .then(work)
      .then((outcome) => this.logger.info(`${name} job done`, { outcome }))
      .catch((e) => this.logger.error(`${name} job failed`, { error: e instanceof Error ? e.message : String(e) }))
      .finally(() => this.running.delete(p));
    this.running.add(p);
    return Promise.resolve();
  }

  review(job: ReviewJob): Promise<void> {
    return this.track('review', () => this.reviewer.review(job));
  }

  apply(job: ApplyJob): Promise<void> {
    return this.track('apply', () => this.decider.apply(job.changeId, job.user));
  }

  /** resolves once no job is running (tests, shutdown) */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }
}
