import type { Dataset } from '../../core/model';
import { type RefItem, datasetVersion, toItems } from './items';
import { META_SK } from './keys';

/** The reference items that differ between two datasets (the META item excepted: it is the commit point). */
export interface ChangeSet {
  from: string;
  to: string;
  /** the META item's checksum of the reference items once written */
  checksum: string;
  puts: RefItem[];
  /** sort keys of reference items to delete */
  deletes: string[];
}

export function changeSet(before: { dataset: Dataset; version: string }, after: Dataset): ChangeSet {
  const old = new Map(toItems(before.dataset).map((i) => [i.SK, JSON.stringify(i)]));
  const all = toItems(after);
  const next = all.filter((i) => i.SK !== META_SK);
  const wanted = new Set(next.map((i) => i.SK));
  return {
    from: before.version,
    to: datasetVersion(after),
    checksum: String(all.find((i) => i.SK === META_SK)?.checksum),
    puts: next.filter((i) => old.get(i.SK) !== JSON.stringify(i)),
    deletes: [...old.keys()].filter((sk) => sk !== META_SK && !wanted.has(sk)),
  };
}

/** Items as they are once a change set is written, whatever part of it was written already. */
export function overlay(items: RefItem[], set: ChangeSet): RefItem[] {
  const bySk = new Map(items.map((i) => [i.SK, i]));
  for (const sk of set.deletes) bySk.delete(sk);
  for (const p of set.puts) bySk.set(p.SK, p);
  const meta = bySk.get(META_SK);
  if (meta) bySk.set(META_SK, { ...meta, version: set.to, checksum: set.checksum });
  return [...bySk.values()];
}
