import type { IsoDate } from '../dates';
import type { Lang, Vocabulary } from '../model';
import { accentInsensitive, ordinalSuffixPattern } from '../question/normalize';
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
  const ord = `(?:\\d{1,3}${ordinalSuffixPattern(v.ordinalSuffixes)}|${ordinals.join('|')})`;
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
      // (its verb made singular, as each meeting's is: "were held" -> "was held", "ont eu lieu" -> "a eu lieu")
      const singular = (t: string) =>
        lang === 'fr'
          ? t.replace(/(?<![\p{L}'’])se sont(?![\p{L}])/gu, "s'est").replace(/(?<![\p{L}'’])ont(?![\p{L}])/gu, 'a').replace(/(?<![\p{L}'’])sont(?![\p{L}])/gu, 'est').replace(/(?<![\p{L}])(tenue|réunie|déroulée)s(?![\p{L}])/gu, '$1').replace(/(?<![\p{L}])(tiend|aur|dev)ront(?![\p{L}])/gu, '$1ra')
          : t.replace(/(?<![\p{L}])were(?![\p{L}])/gu, 'was').replace(/(?<![\p{L}])have(?![\p{L}])/gu, 'has').replace(/(?<![\p{L}])are(?![\p{L}])/gu, 'is');
      const middle = singular(region.slice(0, firstDayAt - firstWords.length));
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

/**
 * Builds the rewriter of two meetings announced as one span and then parted: "A and B will
 * meet in Vienna from 7 to 11 June 2021: the first on 7 and 8 June, the second from 9 to
 * 11 June" (`ingest.firstOfTwo`, `ingest.secondOfTwo`: "the former", "le premier" / "the
 * latter", "le second"). The two bodies named last before the words get their own dates,
 * in the span's year; the shared span, which is neither's meeting, is taken out of the
 * sentence. "The first meeting" is an ordinal, not this.
 */
export function createFirstSecondWriter(v: Vocabulary, lang: Lang, find: Find, refDate: IsoDate, findBodies: (s: string) => Array<{ at: number; end: number; id: string }>): (text: string) => string {
  const words = (ws: string[]) => ws.map(accentInsensitive).join('|');
  const meetingWords = words([...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]]);
  // (case-insensitive, so the next word's capital is tested apart: "the first Working Group" is no pronoun)
  const meetingNext = new RegExp(`^\\s+(?:${meetingWords})(?![\\p{L}])`, 'iu');
  const pronoun = (ws: string[]) => {
    const re = new RegExp(`(?<![\\p{L}])(?:${words(ws)})(?![\\p{L}])`, 'giu');
    return { exec: (t: string) => [...t.matchAll(re)].find((m) => { const after = t.slice((m.index ?? 0) + m[0].length); return !meetingNext.test(after) && !/^\s+\p{Lu}/u.test(after); }) ?? null };
  };
  const first = pronoun(v.ingest.firstOfTwo[lang]);
  const second = pronoun(v.ingest.secondOfTwo[lang]);
  return (text: string) => {
    const f = first.exec(text);
    if (!f || f.index === undefined) return text;
    const sentenceEnd = text.slice(f.index).search(/\.(?=\s+\p{Lu}|\s*$)/u);
    const end = sentenceEnd < 0 ? text.length : f.index + sentenceEnd;
    const s = second.exec(text.slice(f.index, end));
    if (!s || s.index === undefined) return text;
    const start = Math.max(0, ...[...text.slice(0, f.index).matchAll(/\.\s+(?=\p{Lu})/gu)].map((x) => (x.index ?? 0) + x[0].length));
    const lead = text.slice(start, f.index);
    const named = findBodies(lead);
    const b2 = named[named.length - 1];
    const b1 = [...named].reverse().find((n) => n.id !== b2?.id);
    const span = firstDay(lead, lang, refDate, find);
    if (!b1 || !b2 || !span) return text;
    const year = span.period.start.slice(0, 4);
    const withYear = (part: string) => {
      const d = firstDay(part, lang, `${year}-01-01`, find);
      return d && !/\d{4}/.test(part.slice(d.at, d.end)) ? `${part.slice(0, d.end)} ${year}${part.slice(d.end)}` : part;
    };
    const sAt = f.index + s.index;
    const one = `${lead.slice(b1.at, b1.end)}${withYear(text.slice(f.index + f[0].length, sAt))}`;
    const two = `${lead.slice(b2.at, b2.end)}${withYear(text.slice(sAt + s[0].length, end))}`;
    // (the shared span out, with its preposition: "…, du 7 au 11 juin 2021 :")
    const shared = `${lead.slice(0, span.at).replace(/(?:from|on|between|du|le|les)\s+$/iu, '')}${lead.slice(span.end)}`;
    return `${text.slice(0, start)}${shared}${one}${two.startsWith(' ') ? '' : ' '}${two}${text.slice(end)}`;
  };
}
