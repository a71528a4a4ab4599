import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * chrono's UnlikelyFormatFilter drops any result whose text is only digits, so a bare
 * year ("2024") never survives. The first refiner sets results carrying `tag` aside
 * before chrono's refiners run; the second puts back those that no kept result overlaps.
 */
export function createShield(tag: string): { stash: Refiner; restore: Refiner } {
  const stashed = new WeakMap<ParsingContext, ParsingResult[]>();
  return {
    stash: {
      refine(context, results) {
        const kept: ParsingResult[] = [];
        const aside: ParsingResult[] = [];
        for (const r of results) (r.tags().has(tag) ? aside : kept).push(r);
        stashed.set(context, aside);
        return kept;
      },
    },
    restore: {
      refine(context, results) {
        const aside = stashed.get(context) ?? [];
        if (aside.length === 0) return results;
        const overlaps = (a: ParsingResult, b: ParsingResult) => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
        const back = aside.filter((y) => !results.some((r) => overlaps(r, y)));
        return [...results, ...back].sort((a, b) => a.index - b.index);
      },
    },
  };
}
