/** A UN document symbol: CTOC/COP/WG.6/2024/5, CTOC/COP/2024/1 ... */
export const SYMBOL_PATTERN = /\b[A-Za-z]{1,6}(?:\/[A-Za-z0-9.]*[A-Za-z0-9])+/g;

/** "decision 4/4", "résolution 7/1": instrument numbers that chrono would read as dates. */
export const INSTRUMENT_PATTERN = /\b(d[ée]cisions?|r[ée]solutions?)\s+(?:n[o°º]\.?\s*)?(\d{1,2}\/\d{1,2})\b/gi;

export interface Extracted {
  symbols: string[];
  instruments: Array<{ kind: 'decision' | 'resolution'; number: string }>;
  spans: Array<[number, number]>;
}

/** Finds document symbols and instrument numbers, so they can be kept away from the date parser. */
export function extractSymbols(text: string): Extracted {
  const symbols: string[] = [];
  const instruments: Extracted['instruments'] = [];
  const spans: Array<[number, number]> = [];
  // both kinds contain a slash; most questions have none (hot path)
  if (!text.includes('/')) return { symbols, instruments, spans };
  for (const m of text.matchAll(SYMBOL_PATTERN)) {
    // a symbol has a letter-only organ prefix; "3/4/2024" is a date and "and/or" is prose
    if (!/^[A-Za-z]{1,6}\//.test(m[0]) || !/\d/.test(m[0])) continue;
    symbols.push(m[0].toUpperCase());
    spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(INSTRUMENT_PATTERN)) {
    const kind = (m[1] ?? '').toLowerCase().startsWith('d') ? 'decision' : 'resolution';
    instruments.push({ kind, number: m[2] ?? '' });
    spans.push([m.index, m.index + m[0].length]);
  }
  return { symbols, instruments, spans };
}
