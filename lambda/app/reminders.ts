import { PostRefused } from '../core/errors';
import type { IsoDate } from '../core/dates';
import type { Body, Meeting } from '../core/model';
import type { AppLogger, MeetingRepository, MessagePoster, OutgoingMessage, ReminderLedger, SubscriptionStore } from '../core/ports';
import { phrasesFor } from '../core/reference';
import { DEFAULT_CATCH_UP_DAYS, digestMeetings, digestText, dueReminders, isDigestDay, reminderText } from '../core/reminders';

export interface ReminderRunOptions {
  repository: MeetingRepository;
  subscriptions: SubscriptionStore;
  ledger: ReminderLedger;
  /** absent in a dry run */
  poster?: MessagePoster;
  logger: AppLogger;
  /** the instant of the run */
  now: Date;
  timeZone: string;
  catchUpDays?: number;
  dryRun?: boolean;
  /** how long a claim protects a post in progress before another run may take it over */
  leaseMs?: number;
}

export interface ReminderRunReport {
  today: IsoDate;
  posted: Array<{ subscriber: string; text: string }>;
  wouldPost: Array<{ subscriber: string; text: string }>;
  skipped: number;
  failed: Array<{ subscriber: string; error: string }>;
  disabled: string[];
}

/** The calendar date of an instant in a time zone. */
export function dateIn(instant: Date, timeZone: string): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * The daily job: posts every due reminder (and on Mondays the digest) exactly once.
 * Each post is claimed in the ledger first (a conditional write), then posted, then
 * marked sent; one subscriber failing never stops the others.
 */
export async function runReminders(o: ReminderRunOptions): Promise<ReminderRunReport> {
  const today = dateIn(o.now, o.timeZone);
  const nowMs = o.now.getTime();
  const leaseMs = o.leaseMs ?? 10 * 60_000;
  const { dataset } = await o.repository.load();
  const bodies = new Map<string, Body>(dataset.bodies.map((b) => [b.id, b]));
  const subs = await o.subscriptions.all();
  const report: ReminderRunReport = { today, posted: [], wouldPost: [], skipped: 0, failed: [], disabled: [] };

  type Job = { subscriber: string; key: { item: string; subscriber: string; lead: number }; text: string; message: OutgoingMessage };
  const jobs: Job[] = [];
  for (const r of dueReminders(dataset.meetings, subs, today, o.catchUpDays ?? DEFAULT_CATCH_UP_DAYS)) {
    const body = bodies.get(r.meeting.body);
    if (!body) continue;
    const p = phrasesFor(r.subscription.lang, dataset);
    const text = reminderText(r, body, p);
    jobs.push({ subscriber: r.subscription.subscriber, key: { item: r.meeting.id, subscriber: r.subscription.subscriber, lead: r.leadDays }, text, message: { text, lead: text, items: [], symbols: reportsOf(r.meeting), lang: r.subscription.lang } });
  }
  if (isDigestDay(today)) {
    for (const s of subs) {
      if (s.disabled || !s.digest) continue;
      const ms = digestMeetings(dataset.meetings, s, today);
      if (ms.length === 0) continue;
      const d = digestText(ms, bodies, s.lang, phrasesFor(s.lang, dataset));
      const text = `${d.lead} ${d.items.join('; ')}.`;
      jobs.push({ subscriber: s.subscriber, key: { item: `DIGEST#${today}`, subscriber: s.subscriber, lead: 0 }, text, message: { text, lead: d.lead, items: d.items, symbols: [], lang: s.lang } });
    }
  }

  const dead = new Set<string>();
  for (const job of jobs) {
    if (dead.has(job.subscriber)) continue;
    if (o.dryRun || !o.poster) {
      report.wouldPost.push({ subscriber: job.subscriber, text: job.text });
      continue;
    }
    try {
      if ((await o.ledger.claim(job.key, nowMs, leaseMs)) === 'skip') {
        report.skipped++;
        continue;
      }
    } catch (e) {
      report.failed.push({ subscriber: job.subscriber, error: (e as Error).message });
      o.logger.error('reminder ledger failed', { subscriber: job.subscriber, item: job.key.item, error: (e as Error).message });
      continue;
    }
    let ts: string | undefined;
    try {
      ts = await o.poster.post(job.subscriber, job.message);
    } catch (e) {
      await o.ledger.release(job.key, nowMs).catch(() => undefined);
      const slackError = e instanceof PostRefused ? e.reason : (e as Error).message;
      report.failed.push({ subscriber: job.subscriber, error: slackError });
      if (e instanceof PostRefused && e.permanent) {
        dead.add(job.subscriber);
        report.disabled.push(job.subscriber);
        await o.subscriptions.disable(job.subscriber, slackError, o.now.toISOString()).catch((e2) => o.logger.error('could not disable subscription', { subscriber: job.subscriber, error: (e2 as Error).message }));
        o.logger.warn('subscription disabled: Slack refuses the subscriber', { subscriber: job.subscriber, slackError });
      } else {
        o.logger.error('reminder post failed; it will be retried on the next run', { subscriber: job.subscriber, item: job.key.item, slackError });
      }
      continue;
    }
    report.posted.push({ subscriber: job.subscriber, text: job.text });
    // posted: the claim must become "sent" — never released, so it is never posted again
    for (let attempt = 0; ; attempt++) {
      try {
        await o.ledger.complete(job.key, nowMs, ts);
        break;
      } catch (e) {
        if (attempt >= 2) {
          o.logger.error('reminder posted but not marked sent; its claim stays pending', { subscriber: job.subscriber, item: job.key.item, error: (e as Error).message });
          break;
        }
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
      }
    }
  }
  o.logger.info('reminders run', { today, posted: report.posted.length, skipped: report.skipped, failed: report.failed.length, disabled: report.disabled.length, dryRun: Boolean(o.dryRun) });
  return report;
}

const reportsOf = (m: Meeting) => [...(m.report ? [m.report] : []), ...(m.documents ?? []).map((d) => d.symbol)];
