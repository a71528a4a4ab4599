import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * chrono's UnlikelyFormatFilter drops any result whose text is only digits, so a bare
 * year ("2024") never survives. The first refiner sets the shielded results aside
 * before chrono's refiners run; the second puts back those that no kept result overlaps
 * (with onlyAlone, only when no other result was kept).
 */
export function createShield(isShielded: (r: ParsingResult) => boolean, opts: { onlyAlone?: boolean } = {}): { stash: Refiner; restore: Refiner } {
  // one parse at a time per context: the set-aside results ride on the context itself
  const KEY = Symbol('shielded');
  type Ctx = ParsingContext & { [KEY]?: ParsingResult[] };
  return {
    stash: {
      refine(context, results) {
        if (!results.some(isShielded)) return results;
        (context as Ctx)[KEY] = results.filter(isShielded);
        return results.filter((r) => !isShielded(r));
      },
    },
    restore: {
      refine(context, results) {
        const aside = (context as Ctx)[KEY];
        if (!aside || (opts.onlyAlone && results.length > 0)) return results;
        const overlaps = (a: ParsingResult, b: ParsingResult) => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
        const back = aside.filter((y) => !results.some((r) => overlaps(r, y)));
        return [...results, ...back].sort((a, b) => a.index - b.index);
      },
    },
  };
}
