import { IngestDocumentReader, type PdfText } from '../../adapters/documents/ingest-reader';
import { SlackFileSource } from '../../adapters/slack/slack-files';
import { type ChangeWiringOptions, changeDecisionsOverTable } from './decisions-wiring';
import { UploadReviewer } from './review-upload';

/** The document worker: downloads an upload, reads it, posts its review. */
export function uploadReviewerOverTable(o: ChangeWiringOptions & { pdfText?: PdfText }) {
  const d = changeDecisionsOverTable(o);
  const reviewer = new UploadReviewer({ files: new SlackFileSource(d.web, o.botToken), reader: new IngestDocumentReader(o.pdfText), repository: d.repository, store: d.store, messenger: d.messenger, logger: o.logger, nowMs: o.nowMs });
  return { ...d, reviewer };
}
