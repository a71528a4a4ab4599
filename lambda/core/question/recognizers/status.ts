import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { PhraseIndex } from '../phrase-set';

/**
 * The status the sources give, asked about as such: "which meetings are confirmed as held",
 * "réunions effectivement tenues", "lesquelles sont seulement prévues". Only meetings with
 * that status answer (a meeting whose dates are past but that the sources only announce is
 * not "held").
 */
export function createStatusRecognizer(data: Dataset): Recognizer {
  const s = data.vocabulary.statusWords;
  // one pass over the question's words for both statuses
  const index = new PhraseIndex({ held: [...s.held.en, ...s.held.fr], scheduled: [...s.scheduled.en, ...s.scheduled.fr] });
  return {
    name: 'status',
    recognize(ctx, q) {
      const found = index.match(ctx.words, ctx.folded, ctx.lower);
      if (found.size === 0) return;
      // "prévues mais pas encore tenues" is scheduled
      q.status = found.has('scheduled') ? 'scheduled' : 'held';
    },
  };
}
