import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { fold } from '../normalize';

/** intents a list of instruments may have been read as: nothing more specific was found */
const REFINABLE = new Set(['mandate', 'bodies', 'meetings', 'unknown', 'count']);

/**
 * After the intent: "which resolutions do u know", "quelles décisions", "list the decisions
 * and resolutions": the instruments the data holds, of the kinds named (a kind's plural word
 * from the vocabulary's instrumentWords), when no number, body other than the Conference,
 * period or mandate effect narrows the question to a mandate.
 */
export function createInstrumentsRecognizer(data: Dataset): Recognizer {
  const v = data.vocabulary.instrumentWords;
  const plurals = new Map<string, 'decision' | 'resolution'>();
  for (const kind of ['decision', 'resolution'] as const) for (const w of v[kind]) if (w.length >= 5 && /s$/.test(w)) plurals.set(fold(w), kind);
  const conference = data.bodies.find((b) => b.kind === 'conference')?.id;
  return {
    name: 'instruments',
    recognize(ctx, q) {
      if (!REFINABLE.has(q.intent) || ctx.extracted.instruments.length > 0 || q.period || q.mandateEffect !== null) return;
      if (q.bodies.some((b) => b !== conference) || q.unknownBody) return;
      const kinds = new Set<'decision' | 'resolution'>();
      for (const t of ctx.tokens) {
        const k = plurals.get(t.norm);
        if (k) kinds.add(k);
      }
      if (kinds.size === 0) return;
      q.intent = 'instruments';
      q.instrumentKinds = [...kinds];
    },
  };
}
