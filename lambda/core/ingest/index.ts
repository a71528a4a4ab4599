/**
 * The ingest API, pure (text in, records out):
 * - `ingestDocument(text, { fileName, bodies, vocabulary })` reads one CTOC/COP document
 *   and returns an `IngestResult` (or throws an `IngestError` whose message says why);
 * - `mergeIngested(data, result)` merges that result into the ingested part of data/
 *   (`IngestedData`: sources, meetings, mandates, instruments) and returns the new data,
 *   the meetings added or completed, and the disagreements to put before a person.
 * PDF text comes from the adapter `lambda/adapters/pdf/pdf-text.ts` (`pdfText(bytes)`).
 */
export { type IngestOptions, ingestDocument } from './ingest-document';
export { type Disagreement, type IngestedData, type MergeOutcome, mergeIngested } from './merge';
export { IngestError, type IngestRefusal, type IngestResult, type MandateRecord, type NewBody } from './result';
