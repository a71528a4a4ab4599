/** The first reader handled only the Secretariat's notes; every document now goes through ingestDocument. */
export { IngestError, type IngestResult, type NewBody, ingestDocument as ingestNote } from './ingest-document';
