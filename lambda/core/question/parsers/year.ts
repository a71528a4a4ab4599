import type { Parser } from 'chrono-node';

/** A bare year ("in 2024", "en 2023"): chrono has no parser for it. Years 1990-2099 only. */
export const PATTERN = /\b(199\d|20\d{2})\b/;

/** Components this parser made; refiners recognise them without chrono's tag sets (hot path). */
export const yearComponents = new WeakSet<object>();

export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const year = Number(match[1]);
    const c = context.createParsingComponents({ year });
    c.imply('month', 1).imply('day', 1).addTag('ctoc/year');
    yearComponents.add(c);
    return c;
  },
};
