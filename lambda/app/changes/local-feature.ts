import type { ChangeFeature } from '../../adapters/slack/change-listeners';
import type { PdfText } from '../../adapters/documents/ingest-reader';
import type { ChangeWiringOptions } from './decisions-wiring';
import { InProcessJobs } from './in-process-jobs';
import { uploadReviewerOverTable } from './reviewer-wiring';

/** Uploads and decisions for ctoc-bot serve / npm start: the workers run in this process. */
export function localChangeFeature(o: ChangeWiringOptions & { pdfText?: PdfText }): ChangeFeature & { jobs: InProcessJobs } {
  const w = uploadReviewerOverTable(o);
  return { editors: o.editors, store: w.store, decider: w.decider, jobs: new InProcessJobs(w.reviewer, w.decider, o.logger) };
}
