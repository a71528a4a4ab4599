import { type Dataset, type Instrument, type Mandate, type Meeting, type Source, validateDataset } from '../model';

/** What one document yields, in the data/ format: the records a change set adds or replaces. */
export interface IngestedDocument {
  source: Source;
  meetings: Meeting[];
  /** mandates with the body they concern */
  mandates: Array<Mandate & { body: string }>;
  instruments: Instrument[];
  /** pieces found but not recorded, and why */
  unplaced: string[];
}

/**
 * The dataset once a document is added: the document's own earlier records are replaced,
 * a record with the same id from another document is replaced by the newer one (a
 * revised meeting), everything else is kept. Mandates of a body the dataset does not know
 * are left out (they are in `unplaced` already). The result is validated like data/.
 */
export function mergeDocument(base: Dataset, doc: IngestedDocument): Dataset {
  const id = doc.source.id;
  const fromOthers = <T extends { id: string; source: { document: string } }>(existing: T[], fresh: T[]) => {
    const freshIds = new Set(fresh.map((r) => r.id));
    return [...existing.filter((r) => r.source.document !== id && !freshIds.has(r.id)), ...fresh];
  };
  const byBody = (a: Meeting, b: Meeting) => a.body.localeCompare(b.body) || (a.number ?? 0) - (b.number ?? 0) || a.start.localeCompare(b.start);
  const bodies = base.bodies.map((b) => ({
    ...b,
    mandates: [...b.mandates.filter((m) => m.source.document !== id), ...doc.mandates.filter((m) => m.body === b.id).map(({ body: _b, ...m }) => m)],
  }));
  const merged = {
    sources: [...base.sources.filter((s) => s.id !== id), doc.source].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
    bodies,
    meetings: fromOthers(base.meetings, doc.meetings).sort(byBody),
    instruments: fromOthers(base.instruments, doc.instruments).sort((a, b) => a.id.localeCompare(b.id)),
    vocabulary: base.vocabulary,
  };
  return validateDataset(merged, `document ${id}`);
}
