import type { Lang } from '../model';
import type { IngestedDocument } from './merge';

/** Where a review was posted, so later decisions can update it. */
export interface Conversation {
  channel: string;
  /** the thread the upload was in (a mention in a channel) */
  threadTs?: string;
}

/**
 * A document read from an upload, waiting for an editor's decision. It expires a day
 * after it was read; deciding is a conditional state change, so it happens once.
 */
export interface PendingChange {
  id: string;
  status: 'pending' | 'applied' | 'discarded';
  fileName: string;
  uploadedBy: string;
  lang: Lang;
  conversation: Conversation;
  /** the data version the review was computed against */
  baseVersion: string;
  document: IngestedDocument;
  createdAt: string;
  /** epoch seconds; also the table's TTL */
  expiresAt: number;
  reviewTs?: string;
  decidedBy?: string;
  decidedAt?: string;
}

/** One applied change, as `/ctoc changes` lists it. */
export interface ChangeLogEntry {
  changeId: string;
  fileName: string;
  document: string;
  approvedBy: string;
  approvedAt: string;
  uploadedBy: string;
  fromVersion: string;
  toVersion: string;
  summary: { newMeetings: number; changedMeetings: number; newDocuments: number; newMandates: number };
}

/** A pending change lasts one day. */
export const PENDING_TTL_SECONDS = 86_400;

export const isExpired = (p: PendingChange, nowMs: number): boolean => p.expiresAt * 1000 <= nowMs;
