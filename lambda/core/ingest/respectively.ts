import type { IsoDate } from '../dates';
import type { Lang, Vocabulary } from '../model';
import { accentInsensitive } from '../question/normalize';
import type { FoundPeriod } from '../question/periods';
import { firstDay } from './masthead';

type Find = (text: string, lang: Lang, now: IsoDate) => FoundPeriod | null;

/**
 * Builds the rewriter of meetings given "respectively": a clause naming several ordinals
 * of one plural meeting word ("The ninth and tenth meetings were held in Vienna from 28 to
 * 30 May 2018 and from 16 to 18 October 2019, respectively", "Les troisième et quatrième
 * réunions … respectivement") and as many spans of dates, in order, is written as one
 * clause per meeting, each with its own ordinal and dates and the clause's other words
 * ("The ninth meeting were held in Vienna from 28 to 30 May 2018. The tenth meeting …"),
 * so that the sentence readers take each meeting as they take one. A clause whose count of
 * dates differs from its count of ordinals is left as it is (whose dates are whose is then
 * for a person). The words are the vocabulary's (`ordinals`, `ingest.meetingWords`,
 * `ingest.sessionWords`, `ingest.respectively`).
 */
export function createRespectivelyWriter(v: Vocabulary, lang: Lang, find: Find, refDate: IsoDate): (text: string) => string {
  const ordinals = Object.keys(v.ordinals[lang]).sort((a, b) => b.length - a.length).map(accentInsensitive);
  const ord = `(?:\\d{1,3}(?:st|nd|rd|th|e|ème)?|${ordinals.join('|')})`;
  const plurals = [...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]].filter((w) => !/s$/.test(w)).map(accentInsensitive);
  const and = lang === 'fr' ? 'et' : 'and';
  const list = new RegExp(`(?<![\\p{L}])(${ord}(?:\\s*,\\s*${ord})*\\s+${and}\\s+${ord})\\s+(${plurals.join('|')})s(?![\\p{L}])`, 'giu');
  const respectively = new RegExp(`,?\\s*(?:${v.ingest.respectively[lang].map(accentInsensitive).join('|')})(?![\\p{L}])`, 'iu');
  return (text: string) => {
    let out = text;
    for (let guard = 0; guard < 10; guard++) {
      const m = [...out.matchAll(list)].find((x) => respectively.test(clauseAfter(out, (x.index ?? 0) + x[0].length)));
      if (!m) break;
      const at = m.index ?? 0;
      const names = (m[1] ?? '').split(new RegExp(`\\s*,\\s*|\\s+${and}\\s+`, 'iu')).filter(Boolean);
      const after = at + m[0].length;
      const clause = clauseAfter(out, after);
      const r = respectively.exec(clause);
      if (!r) break;
      const region = clause.slice(0, r.index);
      // the dates in the clause, in order, as many as the ordinals
      const days: Array<{ at: number; end: number }> = [];
      for (let from = 0, g = 0; g < 10 && from < region.length; g++) {
        const d = firstDay(region.slice(from), lang, refDate, find);
        if (!d) break;
        days.push({ at: from + d.at, end: from + d.end });
        from += d.end;
      }
      const firstDayAt = days[0]?.at;
      if (days.length !== names.length || firstDayAt === undefined) {
        // (left as it is: mark the list so that it is not tried again)
        out = `${out.slice(0, at)}${m[0].replace(/\s+/, '\u00a0')}${out.slice(after)}`;
        continue;
      }
      const start = Math.max(0, ...[...out.slice(0, at).matchAll(/[.;]\s+|^/g)].map((x) => (x.index ?? 0) + x[0].length));
      // (French plurals made singular: "Les troisième et quatrième réunions" -> "La troisième réunion"; the words of meeting are feminine)
      const lead = lang === 'fr' ? out.slice(start, at).replace(/(?<![\p{L}])([Ll])es(\s+)$/u, '$1a$2').replace(/(?<![\p{L}])([Ss])es(\s+)$/u, '$1a$2').replace(/(?<![\p{L}])([Ll])eurs(\s+)$/u, '$1eur$2') : out.slice(start, at);
      // ("… from 28 to 30 May 2018 and from 16 to 18 October 2019": the words before each span's own day, "from", are its own)
      const preposition = lang === 'fr' ? /(?:du|le|les|en)\s+$/iu : /(?:from|on|between|in)\s+$/iu;
      const firstWords = preposition.exec(region.slice(0, firstDayAt))?.[0] ?? '';
      const ownWords = (k: number) => {
        const d = days[k] as { at: number; end: number };
        const prev = k === 0 ? firstDayAt : (days[k - 1] as { end: number }).end;
        const words = k === 0 ? firstWords : region.slice(prev, d.at).replace(new RegExp(`^\\s*,?\\s*(?:${and}\\s+)?`, 'iu'), '');
        return `${words}${region.slice(d.at, d.end)}`;
      };
      const middle = region.slice(0, firstDayAt - firstWords.length);
      const rest = clause.slice(r.index + r[0].length);
      const parts = names.map((n, k) => `${lead}${n} ${m[2]}${middle}${ownWords(k)}${rest}`.trim().replace(/[.;,]$/, ''));
      out = `${out.slice(0, start)}${parts.join('. ')}${out.slice(after + clause.length)}`;
    }
    return out.replace(/\u00a0/g, ' ');
  };
}

/** the words after `at` up to the end of its clause (a full stop before a capital, a semicolon, the text's end) */
function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at);
  const end = rest.search(/;|\.(?=\s+\p{Lu}|\s*$)/u);
  return end < 0 ? rest : rest.slice(0, end);
}
