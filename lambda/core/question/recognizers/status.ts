import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { PhraseSet } from '../phrase-set';

/**
 * The status the sources give, asked about as such: "which meetings are confirmed as held",
 * "réunions effectivement tenues", "lesquelles sont seulement prévues". Only meetings with
 * that status answer (a meeting whose dates are past but that the sources only announce is
 * not "held").
 */
export function createStatusRecognizer(data: Dataset): Recognizer {
  const s = data.vocabulary.statusWords;
  const held = new PhraseSet([...s.held.en, ...s.held.fr]);
  const scheduled = new PhraseSet([...s.scheduled.en, ...s.scheduled.fr]);
  return {
    name: 'status',
    recognize(ctx, q) {
      // the longer reading wins: "prévues mais pas encore tenues" is scheduled
      if (scheduled.test(ctx.words, ctx.folded, ctx.lower)) q.status = 'scheduled';
      else if (held.test(ctx.words, ctx.folded, ctx.lower)) q.status = 'held';
    },
  };
}
