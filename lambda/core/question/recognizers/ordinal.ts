import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { fold, normPhrase } from '../normalize';

const ORDINAL_NUMBER = /^(\d{1,3})(st|nd|rd|th|e|eme|er|re|ere)$/;

/** "13th", "eleventh", "quatorzième", "COP12": the number of a meeting or session; "session" was said. */
export function createOrdinalRecognizer(data: Dataset): Recognizer {
  const v = data.vocabulary;
  const ordinalWords = new Map<string, number>();
  for (const lang of ['en', 'fr'] as const) for (const [w, n] of Object.entries(v.ordinals[lang])) ordinalWords.set(normPhrase(w), n);
  const ordinalFirstWords = new Set([...ordinalWords.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] as string));
  const sessionWords = new Set([...v.sessionWords.en, ...v.sessionWords.fr].map(fold));
  // "firearms 2 days": a count of something, not a meeting's number
  const countedWords = new Set([...v.meetingWords.en, ...v.meetingWords.fr, ...Object.keys(v.positions.en), ...Object.keys(v.positions.fr)].map(normPhrase));
  const unitWords = new Set([...Object.keys(v.rolling.en.units), ...Object.keys(v.rolling.fr.units)].map(normPhrase));
  return {
    name: 'ordinal',
    recognize(ctx, q) {
      const tokens = ctx.tokens;
      // a session named with its number ("COP12") leaves room for a meeting's number beside it
      const fromSession = q.ordinal !== null;
      for (let i = 0; i < tokens.length; i++) {
        const w = (tokens[i] as { norm: string }).norm;
        if (sessionWords.has(w)) q.session = true;
        if (fromSession && q.meetingOrdinal === null) {
          const n = ORDINAL_NUMBER.exec(w)?.[1] ?? ordinalWords.get(w);
          if (n !== undefined && Number(n) !== q.ordinal && Number(n) <= 200) q.meetingOrdinal = Number(n);
          continue;
        }
        if (q.ordinal !== null) continue;
        const m = ORDINAL_NUMBER.exec(w);
        if (m) q.ordinal = Number(m[1]);
        else if (ordinalWords.has(w)) q.ordinal = ordinalWords.get(w) ?? null;
        else if (ordinalFirstWords.has(w) && i + 1 < tokens.length) q.ordinal = ordinalWords.get(`${w} ${tokens[i + 1]?.norm}`) ?? null;
      }
      if (q.ordinal !== null && q.ordinal > 200) q.ordinal = null;
      // "tip 14 where", "gt armes 11": a bare number right after a body's name is its meeting's
      // (not a date: dates were read before; not the number of "WG 6": that is no name read)
      if (q.ordinal === null) {
        for (const at of ctx.bodyAt.values()) {
          if (!ctx.used.has(at)) continue;
          let end = at;
          while (ctx.used.has(end + 1)) end++;
          const n = tokens[end + 1]?.norm ?? '';
          const after = tokens[end + 2]?.norm ?? '';
          // ("tip 2 next meetings", "firearms 2 meetings": a count)
          if (/^\d{1,2}$/.test(n) && Number(n) > 0 && !unitWords.has(after) && !countedWords.has(after)) q.ordinal = Number(n);
        }
      }
    },
  };
}
