import type { IsoDate } from './dates';
import type { Body, Dataset, Lang, Meeting } from './model';
import type { Subscription } from './reminders';

/**
 * Where the reference data (bodies, meetings, reports, vocabulary) comes from.
 * `load` may be served from a cache; `version` changes whenever the data does, so
 * callers can reuse what they compiled from an unchanged dataset. The other methods
 * are the table's direct access patterns.
 */
export interface MeetingRepository {
  load(): Promise<{ dataset: Dataset; version: string }>;
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
