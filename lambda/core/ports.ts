import type { IngestedDocument } from './changes/merge';
import type { ChangeLogEntry, Conversation, PendingChange } from './changes/pending';
import type { ChangeReview } from './changes/review';
import type { ApplyJob, ReviewJob, UploadedFile } from './changes/upload';
import type { IsoDate } from './dates';
import type { DocumentRejected } from './errors';
import type { Body, Dataset, Lang, Meeting } from './model';
import type { Subscription } from './reminders';

/**
 * Where the reference data (bodies, meetings, reports, vocabulary) comes from.
 * `load` may be served from a cache; `version` changes whenever the data does, so
 * callers can reuse what they compiled from an unchanged dataset. The other methods
 * are the table's direct access patterns.
 */
export interface MeetingRepository {
  /** fresh: read the store now, not a cached copy (before writing a change) */
  load(o?: { fresh?: boolean }): Promise<{ dataset: Dataset; version: string }>;
  body(id: string): Promise<Body | null>;
  /** a body's meetings, earliest first */
  meetingsOfBody(id: string): Promise<Meeting[]>;
  /** meetings of every body overlapping [start, end], earliest first */
  meetingsBetween(start: IsoDate, end: IsoDate): Promise<Meeting[]>;
  /** the meeting a report (or another document such as a provisional agenda) belongs to */
  meetingBySymbol(symbol: string): Promise<Meeting | null>;
}

/** Today's date where the team works. Every use case takes "now" from here or explicitly. */
export interface Clock {
  today(): IsoDate;
}

/**
 * Remembers request ids (Slack event_id, trigger_id) for a while. A claim is one atomic
 * write: of two concurrent claims of one id, at most one succeeds; a claim that was
 * neither completed nor released can be taken again once its lease has run out.
 */
export interface EventDeduplicator {
  /** null: the id was answered already, or is being answered under a lease that still runs */
  claim(id: string, o?: { leaseMs?: number; ttlSeconds?: number }): Promise<EventClaim | null>;
}

/** A claimed request id. Neither call is needed when the reply went out fast. */
export interface EventClaim {
  /** the reply was slow (Slack may retry after the lease): remember the id as answered */
  complete(): Promise<void>;
  /** the request failed before answering: let a retry answer it */
  release(): Promise<void>;
}

/** Structured logging, as the edges need it. */
export interface AppLogger {
  debug(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** Reminder subscriptions, one per subscriber (channel or person). */
export interface SubscriptionStore {
  get(subscriber: string): Promise<Subscription | null>;
  put(s: Subscription): Promise<void>;
  delete(subscriber: string): Promise<void>;
  all(): Promise<Subscription[]>;
  disable(subscriber: string, reason: string, at: string): Promise<void>;
}

/**
 * What was posted, at most once ever. claim is a conditional write: 'claimed' means post
 * now and then complete(); 'skip' means it was sent, or another run holds a fresh claim.
 * A claim left by a run that died is taken over once its lease has passed.
 */
export interface ReminderLedger {
  claim(key: { item: string; subscriber: string; lead: number }, nowMs: number, leaseMs: number): Promise<'claimed' | 'skip'>;
  complete(key: { item: string; subscriber: string; lead: number }, nowMs: number, slackTs?: string): Promise<void>;
  release(key: { item: string; subscriber: string; lead: number }, nowMs: number): Promise<void>;
}

/** A message for a channel or a person: a lead, optional items, the symbols to link. */
export interface OutgoingMessage {
  text: string;
  lead: string;
  items: string[];
  symbols: string[];
  lang: Lang;
}

/** Posts messages (reminders, digests). Throws PostRefused when the chat service says no. */
export interface MessagePoster {
  post(to: string, message: OutgoingMessage): Promise<string | undefined>;
}

/** Pending changes read from uploads, and the log of the applied ones. */
export interface ChangeStore {
  /** records a pending change; false when one with this id exists already (a retried upload) */
  create(p: PendingChange): Promise<boolean>;
  get(id: string): Promise<PendingChange | null>;
  /** remembers where the review was posted, or the base a review was recomputed against */
  update(id: string, fields: Partial<Pick<PendingChange, 'reviewTs' | 'baseVersion'>>): Promise<void>;
  /** pending → discarded, once; false when it was decided already */
  discard(id: string, by: string, at: string): Promise<boolean>;
  /**
   * Applies `after` over `before` as one change set: the reference items that differ, the
   * change marked applied and a change-log entry. Readers see the old or the new data,
   * never a mix. 'base-moved' when the data is no longer `before` (nothing written),
   * 'not-pending' when the change was decided meanwhile (a second click), 'busy' when
   * another change is being applied right now.
   */
  apply(p: PendingChange, before: { dataset: Dataset; version: string }, after: Dataset, entry: ChangeLogEntry): Promise<'applied' | 'base-moved' | 'not-pending' | 'busy'>;
  /** the latest applied changes, newest first */
  latest(limit: number): Promise<ChangeLogEntry[]>;
}

/** Reads an uploaded document: bytes in, records out. Throws DocumentRejected for input it cannot use. */
export interface DocumentReader {
  read(bytes: Uint8Array, file: UploadedFile, reference: Dataset): Promise<IngestedDocument>;
}

/** Fetches an uploaded file. Throws DocumentRejected ('download-failed', 'too-large'). */
export interface FileSource {
  download(file: UploadedFile, maxBytes: number): Promise<Uint8Array>;
}

/** Hands work to the document workers: in-process locally, another function when deployed. */
export interface ChangeJobs {
  review(job: ReviewJob): Promise<void>;
  apply(job: ApplyJob): Promise<void>;
}

/** What the editors see about a change, in their language. */
export interface ChangeMessenger {
  /** posts the review (or, when the change has a review already, replaces it); returns its id */
  review(p: PendingChange, review: ChangeReview, note?: 'rebased'): Promise<string | undefined>;
  nothingNew(to: Conversation, lang: Lang, fileName: string, review: ChangeReview): Promise<void>;
  rejected(to: Conversation, lang: Lang, fileName: string, why: DocumentRejected): Promise<void>;
  /** replaces the review with its outcome */
  decided(p: PendingChange, outcome: 'applied' | 'discarded' | 'expired' | 'busy', by?: string): Promise<void>;
}
