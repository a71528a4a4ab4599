import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Answer } from '../../lambda/core/answer';

/** One question of the development set: written from the data and the categories, not from the code. */
export interface DevItem {
  id: string;
  category: string;
  lang: 'en' | 'fr';
  now: string;
  q: string;
  expect: {
    meetings?: string[];
    kind?: 'none' | 'unknown' | 'clarify' | 'help' | 'greeting';
    instruments?: string[];
    bodies?: string[];
    reports?: string[];
    count?: number;
    note?: string;
  };
}

export const DEV_SET_FILE = fileURLToPath(new URL('../fixtures/questions/dev-set.jsonl', import.meta.url));
/** The second set, written by someone else from the same categories and released after the first was tuned. */
export const DEV_SET_2_FILE = fileURLToPath(new URL('../fixtures/questions/dev-set-2.jsonl', import.meta.url));
export const DEV_SET_FILES = [DEV_SET_FILE, DEV_SET_2_FILE];

export function loadDevSet(file = DEV_SET_FILE): DevItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevItem);
}

/** What kind of answer it is, in the set's terms. */
export function kindOf(a: Answer): string {
  if (a.intent === 'greeting') return 'greeting';
  if (a.intent === 'help' || a.intent === 'unknown') return 'help';
  if (a.intent === 'clarify' || (a.intent === 'unknown-body' && a.unknown === null)) return 'clarify';
  if (a.unknown !== null) return 'unknown';
  return a.meetings.length === 0 ? 'none' : 'meetings';
}

const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/** Why the answer does not meet the expectation, or null when it does. */
export function mismatch(item: DevItem, a: Answer): string | null {
  const e = item.expect;
  const ids = a.meetings.map((m) => m.id);
  if (e.kind && kindOf(a) !== e.kind) return `kind ${kindOf(a)} (intent ${a.intent}), expected ${e.kind}`;
  if (e.kind && e.kind !== 'none' && a.lang !== item.lang) return `language ${a.lang}, expected ${item.lang}`;
  if (e.meetings && !same(ids, e.meetings)) return `meetings [${ids.join(', ')}], expected [${e.meetings.join(', ')}]`;
  if (e.count !== undefined && !a.text.includes(String(e.count))) return `count ${e.count} not in "${a.text}"`;
  if (e.instruments && !same(a.instruments, e.instruments)) return `instruments [${a.instruments.join(', ')}], expected [${e.instruments.join(', ')}]`;
  if (e.bodies && !same(a.bodies, e.bodies)) return `bodies [${a.bodies.join(', ')}], expected [${e.bodies.join(', ')}]`;
  if (e.reports && !same(a.reports, e.reports)) return `reports [${a.reports.join(', ')}], expected [${e.reports.join(', ')}]`;
  return null;
}
