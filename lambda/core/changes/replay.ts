import type { Dataset } from '../model';
import { type IngestedDocument, mergeDocument } from './merge';

/** A document added from Slack, as the change log keeps it. */
export interface AppliedDocument {
  changeId: string;
  approvedAt: string;
  document: IngestedDocument;
}

/** data/ with the documents editors added from Slack merged back on top. */
export interface Replay {
  dataset: Dataset;
  /** change ids merged back */
  replayed: string[];
  /** changes that no longer merge into data/ (it now contradicts them), and why */
  skipped: Array<{ changeId: string; document: string; reason: string }>;
}

/**
 * Re-applies, in the order they were approved, the documents editors added from Slack to
 * a dataset loaded from data/, so re-seeding (a deploy, a local restart) keeps them. A
 * document already in data/ (ingested there since) merges as nothing new. A document
 * that no longer merges (data/ now contradicts it) is skipped and reported; nothing else
 * is lost. Pure.
 */
export function replayChanges(base: Dataset, applied: readonly AppliedDocument[]): Replay {
  let dataset = base;
  const replayed: string[] = [];
  const skipped: Replay['skipped'] = [];
  for (const a of [...applied].sort((x, y) => x.approvedAt.localeCompare(y.approvedAt) || x.changeId.localeCompare(y.changeId))) {
    try {
      dataset = mergeDocument(dataset, a.document);
      replayed.push(a.changeId);
    } catch (e) {
      skipped.push({ changeId: a.changeId, document: a.document.source.id, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { dataset, replayed, skipped };
}
