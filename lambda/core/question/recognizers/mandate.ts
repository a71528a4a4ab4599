import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { normPhrase } from '../normalize';
import { PhraseSet } from '../phrase-set';
import type { Question } from '../question';

type Effect = NonNullable<Question['mandateEffect']>;

/**
 * Mandate questions: which effect is asked about ("made permanent", "established",
 * "encouraged to meet every year") and which kind of instrument ("which resolution ...":
 * resolutions only; "decisions and resolutions": both).
 */
export function createMandateRecognizer(data: Dataset): Recognizer {
  const v = data.vocabulary;
  // the most specific effect first: "made permanent" before "permanent"
  const order: Effect[] = ['made-permanent', 'encouraged', 'permanent', 'established'];
  const effects = order.map((e) => ({ effect: e, phrases: new PhraseSet(v.mandateEffects[e] ?? []) }));
  const kinds = {
    decision: new Set(v.instrumentWords.decision.map(normPhrase)),
    resolution: new Set(v.instrumentWords.resolution.map(normPhrase)),
  };
  return {
    name: 'mandate',
    recognize(ctx, q) {
      if (!ctx.has('mandate') && ctx.extracted.instruments.length === 0) return;
      q.mandateEffect = effects.find((e) => e.phrases.test(ctx.words, ctx.folded, ctx.lower))?.effect ?? null;
      // a singular kind word with no number: "which resolution made ..."
      const said = (set: Set<string>) => ctx.tokens.some((t) => set.has(t.norm) && !t.norm.endsWith('s'));
      const saidAny = (set: Set<string>) => ctx.tokens.some((t) => set.has(t.norm));
      if (ctx.extracted.instruments.length === 0) {
        if (said(kinds.resolution) && !saidAny(kinds.decision)) q.instrumentKind = 'resolution';
        else if (said(kinds.decision) && !saidAny(kinds.resolution)) q.instrumentKind = 'decision';
      }
    },
  };
}
