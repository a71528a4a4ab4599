import type { Dataset } from '../model';
import { type IngestedDocument, mergeDocument } from './merge';

/** A document added from Slack, as the change log keeps it. */
export interface AppliedDocument {
  changeId: string;
  approvedAt: string;
  /** absent from entries logged before the change log kept documents */
  document?: IngestedDocument;
  /** the log's name for the document, when the document itself is absent */
  documentId?: string;
}

/** data/ with the documents editors added from Slack merged back on top. */
export interface Replay {
  dataset: Dataset;
  /** change ids merged back */
  replayed: string[];
  /** change ids whose document data/ holds now (ingested there since): data/ wins */
  inData: string[];
  /** changes that no longer merge into data/ (it now contradicts them), and why */
  skipped: Array<{ changeId: string; document: string; reason: string }>;
}

/**
 * Re-applies, in the order they were approved, the documents editors added from Slack to
 * a dataset loaded from data/, so re-seeding (a deploy, a local restart) keeps them. A
 * document data/ holds now (ingested there since) is data/'s: the Slack copy is not
 * re-applied over it, so corrections made in data/ stand. A document that no longer
 * merges (data/ now contradicts it), or a log entry older than the kept documents, is
 * skipped and reported; nothing else is lost. Pure.
 */
export function replayChanges(base: Dataset, applied: readonly AppliedDocument[]): Replay {
  let dataset = base;
  const replayed: string[] = [];
  const inData: string[] = [];
  const skipped: Replay['skipped'] = [];
  const fromData = new Set(base.sources.map((s) => s.id));
  for (const a of [...applied].sort((x, y) => x.approvedAt.localeCompare(y.approvedAt) || x.changeId.localeCompare(y.changeId))) {
    if (!a.document) {
      skipped.push({ changeId: a.changeId, document: a.documentId ?? '?', reason: 'added before the change log kept documents; upload it again' });
      continue;
    }
    // a log item edited by hand, or damaged, may not even have a source: reported like any other misfit
    const id = typeof a.document.source?.id === 'string' ? a.document.source.id : (a.documentId ?? '?');
    if (fromData.has(id)) {
      inData.push(a.changeId);
      continue;
    }
    try {
      dataset = mergeDocument(dataset, a.document);
      replayed.push(a.changeId);
    } catch (e) {
      skipped.push({ changeId: a.changeId, document: id, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { dataset, replayed, inData, skipped };
}
