import type { Instrument, Vocabulary } from '../model';
import { accentInsensitive } from './normalize';

/** A UN document symbol: CTOC/COP/WG.6/2024/5, CTOC/COP/2024/1 ... */
export const SYMBOL_PATTERN = /\b[A-Za-z]{1,6}(?:\/[A-Za-z0-9.]*[A-Za-z0-9])+/g;

export interface Extracted {
  symbols: string[];
  instruments: Array<{ kind: 'decision' | 'resolution'; number: string }>;
  spans: Array<[number, number]>;
}

/**
 * Finds document symbols and instruments as people write them ("decision 4/4", "res 5/4",
 * "dec. 4/4", "résolution n° 7/1", and a bare "7/1" when the data has such an instrument),
 * so they are kept away from the date parser: none of them is ever a date.
 */
export function createSymbolExtractor(words: Vocabulary['instrumentWords'], known: Instrument[]) {
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map(accentInsensitive).join('|');
  const INSTRUMENT = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(words.decision)}|${alt(words.resolution)})\\.?\\s*(?:n[o°º]\\.?\\s*)?(\\d{1,2}\\/\\d{1,2})(?![\\p{N}/])`, 'giu');
  const BARE = /(?<![\p{L}\p{N}/.-])(\d{1,2}\/\d{1,2})(?![\p{N}/])/gu;
  const decisionWord = new RegExp(`^(?:${alt(words.decision)})$`, 'iu');
  const kindOf = new Map(known.map((i) => [i.number, i.instrument]));
  return function extractSymbols(text: string): Extracted {
    const symbols: string[] = [];
    const instruments: Extracted['instruments'] = [];
    const spans: Array<[number, number]> = [];
    // all kinds contain a slash; most questions have none (hot path)
    if (!text.includes('/')) return { symbols, instruments, spans };
    for (const m of text.matchAll(SYMBOL_PATTERN)) {
      // a symbol has a letter-only organ prefix; "3/4/2024" is a date and "and/or" is prose
      if (!/^[A-Za-z]{1,6}\//.test(m[0]) || !/\d/.test(m[0])) continue;
      symbols.push(m[0].toUpperCase());
      spans.push([m.index, m.index + m[0].length]);
    }
    const inSpan = (i: number) => spans.some(([a, b]) => i >= a && i < b);
    for (const m of text.matchAll(INSTRUMENT)) {
      if (inSpan(m.index)) continue;
      const kind = decisionWord.test(m[1] ?? '') ? 'decision' : 'resolution';
      instruments.push({ kind, number: m[2] ?? '' });
      spans.push([m.index, m.index + m[0].length]);
    }
    for (const m of text.matchAll(BARE)) {
      const kind = kindOf.get(m[1] ?? '');
      if (!kind || inSpan(m.index)) continue;
      instruments.push({ kind, number: m[1] ?? '' });
      spans.push([m.index, m.index + m[0].length]);
    }
    return { symbols, instruments, spans };
  };
}
