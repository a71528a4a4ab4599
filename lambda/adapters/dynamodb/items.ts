import { createHash } from 'node:crypto';
import type { Dataset } from '../../core/model';
import {
  META_SK,
  MEETING_GSI1PK,
  REF_PK,
  VOCABULARY_SK,
  bodySk,
  instrumentSk,
  meetingGsi1Sk,
  meetingSk,
  reportSk,
  sourceSk,
} from './keys';

/** A stored item: keys, a type, and the record as it is in data/. */
export interface RefItem {
  PK: string;
  SK: string;
  GSI1PK?: string;
  GSI1SK?: string;
  type: 'meta' | 'body' | 'meeting' | 'report' | 'instrument' | 'source' | 'vocabulary';
  record?: unknown;
  version?: string;
}

/** A fingerprint of the dataset: changes whenever any fact or word changes. */
export const datasetVersion = (d: Dataset): string => createHash('sha256').update(JSON.stringify(d)).digest('hex').slice(0, 16);

/** The dataset as reference items (all under PK=REF, so one Query reads them all). */
export function toItems(d: Dataset): RefItem[] {
  const items: RefItem[] = [{ PK: REF_PK, SK: META_SK, type: 'meta', version: datasetVersion(d) }];
  for (const s of d.sources) items.push({ PK: REF_PK, SK: sourceSk(s.id), type: 'source', record: s });
  for (const b of d.bodies) items.push({ PK: REF_PK, SK: bodySk(b.id), type: 'body', record: b });
  for (const m of d.meetings) {
    items.push({ PK: REF_PK, SK: meetingSk(m.body, m.start), GSI1PK: MEETING_GSI1PK, GSI1SK: meetingGsi1Sk(m.start, m.body), type: 'meeting', record: m });
    // the meeting is copied under each of its symbols: a report is found with one GetItem
    for (const symbol of [...(m.report ? [m.report] : []), ...(m.documents ?? []).map((x) => x.symbol)]) {
      items.push({ PK: REF_PK, SK: reportSk(symbol), type: 'report', record: m });
    }
  }
  for (const i of d.instruments) items.push({ PK: REF_PK, SK: instrumentSk(i.id), type: 'instrument', record: i });
  items.push({ PK: REF_PK, SK: VOCABULARY_SK, type: 'vocabulary', record: d.vocabulary });
  return items;
}

/** Reference items back into an (unvalidated) dataset. */
export function fromItems(items: RefItem[]): { parts: { [K in keyof Dataset]: unknown }; version: string | null } {
  const pick = (type: RefItem['type']) => items.filter((i) => i.type === type).map((i) => i.record);
  return {
    parts: { sources: pick('source'), bodies: pick('body'), meetings: pick('meeting'), instruments: pick('instrument'), vocabulary: pick('vocabulary')[0] },
    version: items.find((i) => i.type === 'meta')?.version ?? null,
  };
}
