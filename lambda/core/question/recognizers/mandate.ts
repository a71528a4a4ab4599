import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { PhraseSet } from '../phrase-set';
import type { Question } from '../question';

type Effect = NonNullable<Question['mandateEffect']>;

/**
 * Mandate questions: which effect is asked about ("permanent", "established",
 * "encouraged to meet every year"), from the vocabulary's phrases for each.
 */
export function createMandateRecognizer(data: Dataset): Recognizer {
  // the most specific effect first: "encouraged to meet every year" before "established"
  const order: Effect[] = ['encouraged', 'permanent', 'established'];
  const effects = order.map((e) => ({ effect: e, phrases: new PhraseSet(data.vocabulary.mandateEffects[e] ?? []) }));
  return {
    name: 'mandate',
    recognize(ctx, q) {
      if (!ctx.has('mandate') && ctx.extracted.instruments.length === 0) return;
      q.mandateEffect = effects.find((e) => e.phrases.test(ctx.words, ctx.folded, ctx.lower))?.effect ?? null;
    },
  };
}
