import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { normPhrase } from '../normalize';
import { readNumber } from '../parsers/components';

/**
 * Positions and counts: "the first meeting in 2023", "la dernière réunion de 2024", "the
 * next 3 meetings", "les deux dernières réunions". "first" is a position here, not the
 * ordinal 1 (the data records no first meetings, and people mean the earliest one).
 */
export function createPositionRecognizer(data: Dataset): Recognizer {
  const v = data.vocabulary;
  const positions = new Map<string, 'first' | 'last' | 'next'>();
  const numbers: Record<string, number> = {};
  for (const lang of ['en', 'fr'] as const) {
    for (const [w, p] of Object.entries(v.positions[lang])) positions.set(normPhrase(w), p);
    for (const [w, n] of Object.entries(v.numbers[lang])) if (!w.includes(' ') && n > 1) numbers[normPhrase(w)] = n;
  }
  const firstWords = new Set([...positions.keys()].map((k) => k.split(' ')[0] as string));
  const ordinalOf = new Map([...Object.entries(v.ordinals.en), ...Object.entries(v.ordinals.fr)].map(([w, n]) => [normPhrase(w), n]));
  const firstOrdinals = new Set([...Object.keys(v.ordinals.en), ...Object.keys(v.ordinals.fr)].filter((w) => positions.get(normPhrase(w)) === 'first').map(normPhrase));
  return {
    name: 'position',
    recognize(ctx, q) {
      // cheap check: no position word at all (most questions)
      if (!ctx.tokens.some((t) => firstWords.has(t.norm))) return;
      const ws = ctx.norms;
      for (let i = 0; i < ws.length; i++) {
        const two = i + 1 < ws.length ? `${ws[i]} ${ws[i + 1]}` : '';
        const from = positions.get(two) ?? positions.get(ws[i] as string);
        if (!from) continue;
        const width = positions.has(two) ? 2 : 1;
        const n = readNumber(ws[i + width] ?? '', numbers) ?? readNumber(ws[i - 1] ?? '', numbers);
        const count = n !== null && n >= 1 && n <= 50 ? n : null;
        // "the second last", "penultimate" (written "second last"), "l'avant-dernière": counted from the end
        const nth = from === 'last' ? (ordinalOf.get(ws[i - 1] ?? '') ?? 1) : 1;
        if (nth > 1) {
          q.position = { from, count: 1, explicit: true, skip: nth - 1 };
          if (q.ordinal === nth) q.ordinal = null;
          return;
        }
        q.position = { from, count: count ?? 1, explicit: count !== null || from === 'first' };
        if (from === 'first' && firstOrdinals.has(ws[i] as string) && q.ordinal === 1) q.ordinal = null;
        return;
      }
    },
  };
}
