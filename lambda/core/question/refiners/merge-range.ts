import type { ParsingResult, Refiner } from 'chrono-node';
import { fold } from '../normalize';
import { MERGED_TAG } from './period-prefix';

/**
 * "between March and June 2024", "entre mars et juin 2024", "from 2023 to 2024": two
 * adjacent results joined by a range word become one range. A start with no year takes
 * the end's year ("March" in "between March and June 2024" is March 2024).
 */
const ARTICLE_AFTER = /\s+(?:le|la|les|l'|the)$/;
const ARTICLE_BEFORE = /\s+(?:le|la|les|l'|the)$/;

export function createMergeRangeRefiner(open: string[], join: string[]): Refiner {
  const opens = new Set(open.map(fold));
  const joins = new Set(join.map(fold));
  const needsOpen = new Set(['and', 'et']);
  return {
    refine(context, results) {
      if (results.length < 2) return results;
      const out: ParsingResult[] = [];
      for (let i = 0; i < results.length; i++) {
        const a = results[i] as ParsingResult;
        const b = results[i + 1];
        if (b && !a.end) {
          // articles around the dates do not count ("entre le 15 mai et le 15 septembre", "from the 3rd to the 7th")
          const between = fold(context.text.slice(a.index + a.text.length, b.index).trim()).replace(ARTICLE_AFTER, '');
          const before = fold(context.text.slice(0, a.index).trimEnd()).replace(ARTICLE_BEFORE, '');
          const lastWord = before.split(/[\s']+/).pop() ?? '';
          const hasOpen = opens.has(lastWord) || opens.has(`${lastWord}'`) || before.endsWith("d'");
          if (joins.has(between) && (hasOpen || !needsOpen.has(between))) {
            const merged = a.clone();
            merged.text = context.text.slice(a.index, b.index + b.text.length);
            merged.end = (b.end ?? b.start).clone();
            merged.addTag(MERGED_TAG);
            for (const c of ['year', 'month'] as const) {
              if (!merged.start.isCertain(c) && merged.end.isCertain(c)) {
                const v = merged.end.get(c);
                if (v !== null && (c === 'year' || !merged.start.isCertain('month'))) merged.start.imply(c, v);
              }
            }
            out.push(merged);
            i++;
            continue;
          }
        }
        out.push(a);
      }
      return out;
    },
  };
}
