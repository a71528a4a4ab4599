/** What one document's readers share: a meeting within another's dates, a meeting found twice, what a session will consider. */
import type { Lang, Meeting, Vocabulary } from '../model';
import { accentInsensitive, fold } from '../question/normalize';
import { SYMBOL_ANY, type firstDay } from './masthead';

/** A meeting held during another: of the dates in its window, the first that lies within the one before it ("during the session, 9–18 October …; on 11 and 12 October"). */
export function innerDay(window: string, first: (t: string) => ReturnType<typeof firstDay>): ReturnType<typeof firstDay> {
  const a = first(window);
  if (!a) return null;
  let from = a.end;
  for (let guard = 0; guard < 5; guard++) {
    const b = first(window.slice(from));
    if (!b) break;
    if (a.period.start <= b.period.start && b.period.end <= a.period.end) return { ...b, at: from + b.at, end: from + b.end };
    from += b.end;
  }
  return a;
}

/**
 * Adds a meeting found in the same document, or completes the one already found with the same body and dates
 * (its ordinal, report, held; and its place when it had none and this mention states one: `placeStated`, not
 * the document's only place taken for want of one).
 */
export function addWithin(meetings: Meeting[], m: Meeting, notes: string[], label: string, placeStated = m.location !== null): void {
  const same = meetings.find((x) => x.body === m.body && x.start === m.start && x.end === m.end);
  if (!same) {
    const clash = m.number !== undefined ? meetings.find((x) => x.body === m.body && x.number === m.number) : undefined;
    if (clash) {
      notes.push(`${label}: ${m.id} is also stated with other dates (${clash.start}/${clash.end}); the first mention is kept`);
      return;
    }
    meetings.push(m);
    return;
  }
  const i = meetings.indexOf(same);
  const numbered = same.number === undefined && m.number !== undefined;
  meetings[i] = {
    ...same,
    ...(numbered ? { id: m.id, number: m.number, kind: m.kind } : {}),
    // the mention that states the ordinal is the better provenance, except the header's own meeting
    ...(numbered && same.source.part !== 'heading' ? { source: m.source } : {}),
    report: same.report ?? m.report,
    // ("At its fifth meeting, held on 8 and 9 May …" naming no place, then a table's row "Fifth, Vienna, 8 and 9 May …")
    ...(same.location === null && m.location !== null && placeStated ? { location: m.location } : {}),
    status: same.status === 'held' || m.status === 'held' ? 'held' : 'scheduled',
  };
}

/** "…(CTOC/COP/WG.4/2023/5 and …) will be before the Conference at its twelfth session": what a session will consider. */
export function readConsiders(
  paragraphs: Array<{ number: number; text: string }>,
  meetings: Meeting[],
  c: { lang: Lang; v: Vocabulary; sourceId: string; conference: string | null },
): void {
  if (!c.conference) return;
  const words = c.v.ingest.considered[c.lang].map(accentInsensitive).join('|');
  const ord = Object.keys(c.v.ordinals[c.lang]).sort((a, b) => b.length - a.length).map(accentInsensitive).join('|');
  const re = new RegExp(`(?:${words})\\s+(?:the|la)\\s+Conf[ée]rence\\s+(?:at|à|lors de)\\s+(?:its|sa)\\s+(\\d{1,3}\\p{L}{0,3}|${ord})\\s+session`, 'iu');
  for (const p of paragraphs) {
    for (const sentence of p.text.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
      const m = re.exec(sentence);
      if (!m) continue;
      const n = /^\d+/.test(m[1] ?? '') ? Number.parseInt(m[1] ?? '', 10) : (Object.entries(c.v.ordinals[c.lang]).find(([k]) => fold(k) === fold(m[1] ?? ''))?.[1] ?? null);
      const session = meetings.find((x) => x.body === c.conference && x.number === n);
      if (!session) continue;
      for (const symbol of sentence.match(new RegExp(SYMBOL_ANY.source, 'g')) ?? []) {
        const list = session.considers ?? [];
        if (!list.some((x) => x.symbol === symbol)) list.push({ symbol, source: { document: c.sourceId, paragraph: p.number } });
        session.considers = list;
      }
    }
  }
}

/** Removes the meetings found within the dates of a longer meeting of the same body (one body holds one meeting at a time): they were its days. */
export function dropDaysOfMeetings(meetings: Meeting[], notes: string[]): void {
  for (let i = meetings.length - 1; i >= 0; i--) {
    const m = meetings[i] as Meeting;
    const longer = meetings.find((x) => x !== m && x.body === m.body && x.start <= m.start && m.end <= x.end && (x.start !== m.start || x.end !== m.end));
    if (!longer) continue;
    notes.push(`${m.id} (${m.start}/${m.end}) is a day of ${longer.id} (${longer.start}/${longer.end}), not a meeting of its own`);
    if (m.number !== undefined && longer.number === undefined) Object.assign(longer, { id: m.id, number: m.number });
    meetings.splice(i, 1);
  }
}
