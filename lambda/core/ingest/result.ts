import type { Instrument, MandateSchema, Meeting, Source } from '../model';
import type { z } from 'zod';

export type MandateRecord = z.infer<typeof MandateSchema> & { body: string };

/** A body a document names that data/bodies.json does not have yet (to be reviewed by hand). */
export interface NewBody {
  id: string | null;
  symbolPrefix: string | null;
  name: string;
  paragraphs: number[];
}

/** What one document yields, in the data/ format, with what could not be placed. */
export interface IngestResult {
  /** the document itself (id: its symbol, or kind and date when it has none) */
  source: Source;
  /** the meetings it states, each with its documents and provenance */
  meetings: Meeting[];
  mandates: MandateRecord[];
  instruments: Instrument[];
  /** known bodies the document is about */
  bodies: string[];
  newBodies: NewBody[];
  /** pieces found but not recorded, and why */
  unplaced: string[];
  /** facts recorded with an inference worth a look */
  notes: string[];
}

/** Why a document is refused. */
export type IngestRefusal = 'empty' | 'other-body' | 'not-un' | 'no-date' | 'nothing';

/** A document ingest refuses; the message is one line saying why. Nothing of it is recorded. */
export class IngestError extends Error {
  constructor(
    readonly reason: IngestRefusal,
    message: string,
  ) {
    super(message);
  }
}
