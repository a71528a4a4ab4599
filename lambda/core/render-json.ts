import type { Answer } from './answer';

/** The CLI's --json contract: one object per question, meetings with ISO dates. */
export function toJson(a: Answer) {
  return {
    question: a.question,
    lang: a.lang,
    intent: a.intent,
    text: a.text,
    now: a.now,
    period: a.period,
    meetings: a.meetings.map((m) => ({
      body: m.body,
      number: m.number,
      kind: m.kind,
      start: m.start,
      end: m.end,
      location: m.location?.[a.lang] ?? null,
      status: m.status,
      report: m.report,
    })),
    bodies: a.bodies,
    reports: a.reports,
    instruments: a.instruments,
    unknown: a.unknown,
  };
}
