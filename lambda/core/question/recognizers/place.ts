import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { fold, normPhrase } from '../normalize';

const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
const INITIAL_CAPITAL = /^\p{Lu}/u;

/**
 * Places: "meetings held in Vienna in 2023", "anything in New York?", "à Genève". A
 * capitalised word after "in"/"à" that the bot does not know is a place too
 * ("in Bangkok"): it filters, so the answer says nothing is recorded there.
 */
export function createPlaceRecognizer(data: Dataset, known: Set<string>): Recognizer {
  const places = data.vocabulary.places.flatMap((p) => [
    { words: ` ${normPhrase(p.en)} `, en: p.en },
    { words: ` ${normPhrase(p.fr)} `, en: p.en },
  ]);
  const firstWords = new Set(places.map((p) => p.words.trim().split(' ')[0] as string));
  const cues = new Set([...data.vocabulary.placeCues.en, ...data.vocabulary.placeCues.fr].map(fold));
  const months = new Set([...Object.keys(data.vocabulary.months.en), ...Object.keys(data.vocabulary.months.fr)].map(fold));
  return {
    name: 'place',
    recognize(ctx, q) {
      if (ctx.tokens.some((t) => firstWords.has(t.norm))) for (const p of places) if (ctx.folded.includes(p.words) && !q.places.includes(p.en)) q.places.push(p.en);
      if (q.places.length) return;
      const t = ctx.tokens;
      for (let i = 1; i < t.length; i++) {
        const w = t[i] as { raw: string; norm: string };
        if (!cues.has((t[i - 1] as { norm: string }).norm) || ctx.used.has(i)) continue;
        if (!CAPITALISED.test(w.raw) || known.has(w.norm) || months.has(w.norm)) continue;
        const next = t[i + 1];
        const two = next && INITIAL_CAPITAL.test(next.raw) && !known.has(next.norm) ? ` ${next.raw}` : '';
        q.unknownPlace = w.raw + two;
        return;
      }
    },
  };
}
