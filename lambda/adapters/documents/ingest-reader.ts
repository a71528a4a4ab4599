import type { IngestedDocument } from '../../core/changes/merge';
import { type UploadedFile, documentKind } from '../../core/changes/upload';
import { DocumentRejected } from '../../core/errors';
import { IngestError, ingestDocument } from '../../core/ingest';
import type { Dataset } from '../../core/model';
import type { DocumentReader } from '../../core/ports';

/** Text of a PDF's pages; empty when the PDF has no text layer (a scan). */
export type PdfText = (bytes: Uint8Array) => Promise<string>;

/** Fewer letters than this in a PDF means there is no text layer to read. */
const MIN_PDF_LETTERS = 40;

/**
 * The CLI's ingest (issue 12's ingestDocument) behind the DocumentReader port: text (or a PDF's text) in, the
 * document's records out, read with the bodies and vocabulary the bot has now.
 */
export class IngestDocumentReader implements DocumentReader {
  constructor(private readonly pdfText?: PdfText) {}

  async read(bytes: Uint8Array, file: UploadedFile, reference: Dataset): Promise<IngestedDocument> {
    const kind = documentKind(file);
    let text: string;
    if (kind === 'pdf') {
      if (!this.pdfText) throw new DocumentRejected('unsupported-type', 'PDF reading is not available in this installation');
      try {
        text = await this.pdfText(bytes);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        if (/no text layer|scan/i.test(why)) throw new DocumentRejected('scanned-pdf', why, { cause: e });
        throw new DocumentRejected('unreadable', why, { cause: e });
      }
      if ((text.match(/\p{L}/gu) ?? []).length < MIN_PDF_LETTERS) throw new DocumentRejected('scanned-pdf', 'no text layer');
    } else if (kind === 'text') {
      text = Buffer.from(bytes).toString('utf8');
      if (bytes.includes(0) || text.includes('\uFFFD')) throw new DocumentRejected('unreadable', 'not a UTF-8 text file');
    } else {
      throw new DocumentRejected('unsupported-type', 'only PDF and text files');
    }
    let r: ReturnType<typeof ingestDocument>;
    try {
      r = ingestDocument(text, { fileName: file.name, bodies: reference.bodies, vocabulary: reference.vocabulary });
    } catch (e) {
      if (e instanceof IngestError) throw new DocumentRejected('not-a-un-document', e.message, { cause: e });
      throw e;
    }
    if (r.meetings.length === 0 && r.mandates.length === 0) throw new DocumentRejected('not-a-un-document', 'no meeting, report or mandate of a body the bot knows');
    return {
      source: r.source,
      meetings: r.meetings,
      mandates: r.mandates,
      instruments: r.instruments,
      unplaced: [...r.unplaced, ...r.newBodies.map((b) => `${b.name}${b.id ? ` (${b.id})` : ''}: a body the bot does not know yet`)],
    };
  }
}
