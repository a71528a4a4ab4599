import { createHash } from 'node:crypto';
import type { Dataset } from '../../core/model';
import { referenceChecksum } from './checksum';
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
  /** on the META item: referenceChecksum of every other item */
  checksum?: string;
}

/** A fingerprint of the dataset: changes whenever any fact or word changes. */
export const datasetVersion = (d: Dataset): string => createHash('sha256').update(JSON.stringify(d)).digest('hex').slice(0, 16);

/** The dataset as reference items (all under PK=REF, so one Query reads them all). */
export function toItems(d: Dataset): RefItem[] {
  const meta: RefItem = { PK: REF_PK, SK: META_SK, type: 'meta', version: datasetVersion(d) };
  const items: RefItem[] = [meta];
  for (const s of d.sources) items.push({ PK: REF_PK, SK: sourceSk(s.id), type: 'source', record: s });
  for (const b of d.bodies) items.push({ PK: REF_PK, SK: bodySk(b.id), type: 'body', record: b });
  for (const m of d.meetings) {
    items.push({ PK: REF_PK, SK: meetingSk(m.body, m.start), GSI1PK: MEETING_GSI1PK, GSI1SK: meetingGsi1Sk(m.start, m.body), type: 'meeting', record: m });
    // the meeting is copied under each of its symbols: a report is found with one GetItem
    // (once each: a report may also be listed among the meeting's documents)
    for (const symbol of new Set([...(m.report ? [m.report] : []), ...(m.documents ?? []).map((x) => x.symbol)])) {
      items.push({ PK: REF_PK, SK: reportSk(symbol), type: 'report', record: m });
    }
  }
  for (const i of d.instruments) items.push({ PK: REF_PK, SK: instrumentSk(i.id), type: 'instrument', record: i });
  items.push({ PK: REF_PK, SK: VOCABULARY_SK, type: 'vocabulary', record: d.vocabulary });
  meta.checksum = referenceChecksum(items.slice(1));
  return items;
}

/**
 * Reference items back into a dataset. It was validated when seeded; it is trusted when
 * the items still match the checksum the seeder stored with them (cheaper than validating
 * again on every cold start), otherwise `intact` is false.
 */
export function fromItems(items: RefItem[]): { dataset: Dataset; version: string | null; intact: boolean } {
  const pick = (type: RefItem['type']) => items.filter((i) => i.type === type).map((i) => i.record);
  const meta = items.find((i) => i.type === 'meta');
  return {
    dataset: { sources: pick('source'), bodies: pick('body'), meetings: pick('meeting'), instruments: pick('instrument'), vocabulary: pick('vocabulary')[0] } as Dataset,
    version: meta?.version ?? null,
    intact: Boolean(meta?.checksum) && meta?.checksum === referenceChecksum(items.filter((i) => i !== meta)),
  };
}
