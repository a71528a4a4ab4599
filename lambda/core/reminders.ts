import { type IsoDate, addDays, daysBetween, partsOf } from './dates';
import type { Body, Lang, Meeting } from './model';
import type { Phrases } from './phrases/phrases';

/** A channel or a person that asked to be reminded. One subscription per subscriber. */
export interface Subscription {
  /** channel id (C…/G…) or, for direct messages, user id (U…/W…) */
  subscriber: string;
  kind: 'channel' | 'dm';
  /** body ids; empty means every body */
  bodies: string[];
  /** days before a meeting's start, e.g. [7, 1] */
  leadDays: number[];
  lang: Lang;
  /** the Monday digest of the next 30 days */
  digest: boolean;
  createdBy: string;
  createdAt: string;
  /** set when Slack refuses the subscriber for good (channel_not_found …) */
  disabled?: { reason: string; at: string };
}

export const DEFAULT_LEAD_DAYS = [7, 1] as const;
export const DEFAULT_CATCH_UP_DAYS = 2;
export const DIGEST_DAYS = 30;

/** One reminder to post: a meeting, a subscriber and the lead time it answers to. */
export interface DueReminder {
  subscription: Subscription;
  meeting: Meeting;
  leadDays: number;
  /** days from today to the start: the lead time, or less when caught up late */
  daysUntil: number;
}

/**
 * Reminders due today (a date in the team's zone): for each active subscription, each
 * lead time and each meeting of its bodies, the reminder's day is start - lead. It is
 * due when that day is today, or passed within the catch-up window (the job did not run)
 * while the meeting is still ahead.
 */
export function dueReminders(meetings: Meeting[], subscriptions: Subscription[], today: IsoDate, catchUpDays: number = DEFAULT_CATCH_UP_DAYS): DueReminder[] {
  const due: DueReminder[] = [];
  for (const s of subscriptions) {
    if (s.disabled) continue;
    for (const m of meetings) {
      if (s.bodies.length && !s.bodies.includes(m.body)) continue;
      const daysUntil = daysBetween(today, m.start);
      if (daysUntil <= 0) continue;
      // the longest lead whose day has come: one reminder per meeting per run, never a
      // 7-day and a 1-day reminder together
      const leads = [...s.leadDays].sort((a, b) => a - b);
      for (const lead of leads) {
        const day = addDays(m.start, -lead);
        const late = daysBetween(day, today);
        if (late >= 0 && late <= catchUpDays) {
          due.push({ subscription: s, meeting: m, leadDays: lead, daysUntil });
          break;
        }
      }
    }
  }
  return due;
}

/** Is today the digest day (Monday)? */
export function isDigestDay(today: IsoDate): boolean {
  const { y, m, d } = partsOf(today);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() === 1;
}

/** Meetings of a subscription's bodies starting within the next DIGEST_DAYS days. */
export function digestMeetings(meetings: Meeting[], s: Subscription, today: IsoDate): Meeting[] {
  const until = addDays(today, DIGEST_DAYS);
  return meetings
    .filter((m) => (s.bodies.length === 0 || s.bodies.includes(m.body)) && m.start > today && m.start <= until)
    .sort((a, b) => a.start.localeCompare(b.start));
}

const TEXT = {
  en: {
    reminder: (subject: string, days: number, when: string, place: string) =>
      `Reminder: ${subject} meets ${days === 1 ? 'tomorrow' : `in ${days} days`} — ${when}, ${place}.`,
    digest: (n: number) => `This week's look ahead: ${n} meeting${n === 1 ? '' : 's'} in the next ${DIGEST_DAYS} days:`,
    item: (name: string, what: string, when: string, place: string) => `${name} — ${what}, ${when}, ${place}`,
  },
  fr: {
    reminder: (subject: string, days: number, when: string, place: string) =>
      `Rappel : ${subject} se réunit ${days === 1 ? 'demain' : `dans ${days} jours`} — ${when}, ${place}.`,
    digest: (n: number) => `Aperçu de la semaine : ${n} réunion${n === 1 ? '' : 's'} dans les ${DIGEST_DAYS} prochains jours :`,
    item: (name: string, what: string, when: string, place: string) => `${name} — ${what}, ${when}, ${place}`,
  },
} as const;

export function reminderText(r: DueReminder, body: Body, p: Phrases): string {
  const lang = r.subscription.lang;
  return TEXT[lang].reminder(body.short[lang], r.daysUntil, p.dateRange(r.meeting.start, r.meeting.end), p.place(r.meeting));
}

export function digestText(ms: Meeting[], bodies: Map<string, Body>, lang: Lang, p: Phrases): { lead: string; items: string[] } {
  const kind = (m: Meeting) => (lang === 'fr' ? (m.kind === 'session' ? 'session' : 'réunion') : m.kind);
  return {
    lead: TEXT[lang].digest(ms.length),
    items: ms.map((m) => TEXT[lang].item(bodies.get(m.body)?.names[lang] ?? m.body, `${p.nth(m.number)}${kind(m)}`, p.dateRange(m.start, m.end), p.place(m))),
  };
}
