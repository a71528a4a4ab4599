import type { IsoDate } from '../dates';
import type { Dataset, Lang } from '../model';
import { BodyMatcher } from './body-matcher';
import { detectLanguage } from './language';
import { cleanSlackText, fold, maskSpans, normPhrase, tokenize } from './normalize';
import { createPeriodFinder } from './periods';
import type { Intent, Question } from './question';
import { extractSymbols } from './symbols';

type IntentKey = keyof Dataset['vocabulary']['intents'];

/**
 * Phrases of one kind in both languages. One-word phrases are set lookups on the
 * question's words; longer ones substring lookups; accented ones are matched as typed.
 */
class PhraseSet {
  private readonly words = new Set<string>();
  /** multi-word phrases under their first word, so only plausible ones are searched */
  private readonly byFirst = new Map<string, string[]>();
  private readonly accented: string[] = [];
  constructor(phrases: string[]) {
    for (const p of phrases) {
      if (/[^\x00-\x7F]/.test(p)) this.accented.push(` ${p.toLowerCase()} `);
      else {
        const n = normPhrase(p);
        const first = n.split(' ')[0] ?? '';
        if (n.includes(' ')) this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), ` ${n} `]);
        else if (n) this.words.add(n);
      }
    }
  }
  test(words: Set<string>, folded: string, lower: () => string): boolean {
    for (const w of words) {
      if (this.words.has(w)) return true;
      const multi = this.byFirst.get(w);
      if (multi?.some((p) => folded.includes(p))) return true;
    }
    return this.accented.length > 0 && this.accented.some((p) => lower().includes(p));
  }
}

const ORDINAL_NUMBER = /^(\d{1,3})(st|nd|rd|th|e|eme|er|re|ere)$/;

/**
 * Builds the question reader for a dataset: vocabulary and body names are compiled
 * once; each call is pure (text and now in, Question out) and never throws.
 */
export function createUnderstander(data: Dataset) {
  const v = data.vocabulary;
  const both = (l: { en: string[]; fr: string[] }) => [...l.en, ...l.fr];
  const intents = Object.fromEntries(
    (Object.keys(v.intents) as IntentKey[]).map((k) => [k, new PhraseSet(both(v.intents[k]))]),
  ) as Record<IntentKey, PhraseSet>;
  const plural = new PhraseSet(both(v.plural));
  const sessionWords = new Set(both(v.sessionWords).map(fold));
  const markers = { en: new Set(v.languageMarkers.en.map(fold)), fr: new Set(v.languageMarkers.fr.map(fold)) };
  const ordinalWords = new Map<string, number>();
  for (const lang of ['en', 'fr'] as const) for (const [w, n] of Object.entries(v.ordinals[lang])) ordinalWords.set(normPhrase(w), n);
  const ordinalFirstWords = new Set([...ordinalWords.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] as string));
  const strongCues = new Set(v.bodyCues.strong.map(normPhrase));
  const weakCues = new Set(v.bodyCues.weak.map(normPhrase));
  const known = new Set<string>();
  const addWords = (list: string[]) => {
    for (const p of list) for (const t of tokenize(p)) known.add(t.norm);
  };
  addWords(both(v.commonWords));
  addWords(both(v.languageMarkers));
  for (const k of Object.keys(v.intents) as IntentKey[]) addWords(both(v.intents[k]));
  addWords([...Object.keys(v.months.en), ...Object.keys(v.months.fr), ...ordinalWords.keys()]);
  addWords(both(v.plural));
  for (const lang of ['en', 'fr'] as const) addWords(v.relativePeriods[lang].map((r) => r.phrase));
  // words too common to be a body's keyword: never a target for typo correction
  const generic = new Set(both(v.commonWords).flatMap((p) => tokenize(p).map((t) => t.norm)));
  const matcher = new BodyMatcher(data.bodies, generic, known);
  for (const b of data.bodies) addWords([b.id, b.names.en, b.names.fr, ...b.aliases.en, ...b.aliases.fr]);
  const bodyPrefixes = data.bodies.map((b) => ({ id: b.id, prefix: `${b.symbolPrefix}/` })).sort((a, b) => b.prefix.length - a.prefix.length);
  const findPeriod = createPeriodFinder(v);

  return function understand(input: string, now: IsoDate): Question {
    const text = cleanSlackText(input);
    const extracted = extractSymbols(text);
    let masked = maskSpans(text, extracted.spans);
    const allTokens = tokenize(text);
    const lang: Lang = detectLanguage(allTokens, text, markers);
    const found = findPeriod(masked, lang, now);
    const spans = found ? [...extracted.spans, ...found.spans] : extracted.spans;
    if (found) masked = maskSpans(masked, found.spans);

    // "COP12", "COP 12": the Conference and its session number in one word
    const copSession = /\bCOP\s?(\d{1,2})\b/i.exec(masked);
    const tokens = spans.length ? allTokens.filter((t) => !spans.some(([a, b]) => t.index < b && t.index + t.raw.length > a)) : allTokens;
    const words = new Set(tokens.map((t) => t.norm));
    const foldedText = ` ${tokens.map((t) => t.norm).join(' ')} `;
    let lowerText: string | undefined;
    const lower = () => {
      lowerText ??= ` ${masked.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
      return lowerText;
    };
    const seen = new Map<string, boolean>();
    const has = (k: IntentKey) => {
      let r = seen.get(k);
      if (r === undefined) {
        r = intents[k].test(words, foldedText, lower);
        seen.set(k, r);
      }
      return r;
    };

    const { bodies, used } = matcher.match(tokens);
    // a symbol's organ prefix names its body: CTOC/COP/WG.6/... is the firearms group
    for (const s of extracted.symbols) {
      const owner = bodyPrefixes.find((p) => s.startsWith(p.prefix) || `${s}/` === p.prefix);
      if (owner && !bodies.includes(owner.id) && !/\/\d{4}\//.test(s)) bodies.push(owner.id);
    }
    if (copSession && !bodies.includes('COP')) bodies.push('COP');

    let ordinal: number | null = copSession ? Number(copSession[1]) : null;
    let session = false;
    for (let i = 0; i < tokens.length; i++) {
      const w = (tokens[i] as { norm: string }).norm;
      if (sessionWords.has(w)) session = true;
      if (ordinal !== null) continue;
      const m = ORDINAL_NUMBER.exec(w);
      if (m) ordinal = Number(m[1]);
      else if (ordinalWords.has(w)) ordinal = ordinalWords.get(w) ?? null;
      else if (ordinalFirstWords.has(w) && i + 1 < tokens.length) ordinal = ordinalWords.get(`${w} ${tokens[i + 1]?.norm}`) ?? null;
    }
    if (ordinal !== null && ordinal > 200) ordinal = null;

    // a body the data does not have: a strong cue word ("committee"), or a weak one
    // ("group") next to a word we do not know ("the cybercrime group")
    let unknownBody: string | null = null;
    if (bodies.length === 0) {
      for (let i = 0; i < tokens.length && !unknownBody; i++) {
        const w = (tokens[i] as { norm: string }).norm;
        const pair = i + 1 < tokens.length ? `${w} ${tokens[i + 1]?.norm}` : '';
        const strong = strongCues.has(w) || strongCues.has(pair);
        const weak = weakCues.has(w);
        if (!strong && !weak) continue;
        const near = [i - 2, i - 1, i + 1, i + 2, i + 3]
          .filter((j) => j >= 0 && j < tokens.length && !used.has(j))
          .map((j) => tokens[j] as { raw: string; norm: string })
          .filter((t) => !known.has(t.norm) && !/^\d+$/.test(t.norm) && t.norm.length >= 3);
        if (strong || near.length > 0) {
          const cue = tokens[i] as { raw: string };
          unknownBody = tokens.filter((t) => t === cue || near.includes(t)).map((t) => t.raw).join(' ');
        }
      }
      const wg = /\bWG\.?\s?(\d{1,2})\b/i.exec(text);
      if (!unknownBody && wg) unknownBody = `WG.${wg[1]}`;
    }
    // "when did the group meet?": one group, but which? (plural "groups" means all of them)
    const ambiguous =
      bodies.length === 0 && !unknownBody && !found && ordinal === null && !session && tokens.some((t) => weakCues.has(t.norm));

    const mandateEffect = / permanent| permanents/.test(foldedText)
      ? 'permanent'
      : has('mandate') && / (established|establish|created|create|set up|founded|cree|creee|creer|etabli|institue) /.test(foldedText)
        ? 'established'
        : null;

    const trimmed = foldedText.trim();
    const isPlural = plural.test(words, foldedText, lower);
    let intent: Intent;
    // order matters: a symbol is the most specific thing a question can hold; a body we
    // do not know must not be answered about as if it were all bodies
    if (extracted.symbols.some((s) => /\/\d{4}\//.test(s))) intent = 'symbol';
    else if (unknownBody || (ambiguous && !has('bodies') && !has('help') && !has('mandate') && !has('next') && !has('last'))) intent = 'unknown-body';
    else if (trimmed === '' && !found && extracted.instruments.length === 0) intent = 'help';
    else if (has('help') && bodies.length === 0 && !found) intent = 'help';
    else if (extracted.instruments.length > 0 || (has('mandate') && !found)) intent = 'mandate';
    else if (has('count')) intent = 'count';
    else if (has('bodies') && !found && !has('next') && !has('last') && ordinal === null) intent = 'bodies';
    else if (has('report')) intent = 'report';
    else if (has('next')) intent = 'next';
    else if (has('last') && ordinal === null) intent = 'last';
    else if (ordinal !== null) intent = 'ordinal';
    else if (has('place')) intent = 'place';
    else if (bodies.length > 0 || found || has('when')) intent = 'meetings';
    else if (extracted.symbols.length > 0) intent = 'symbol';
    else intent = 'unknown';

    return {
      text,
      lang,
      intent,
      bodies,
      unknownBody,
      period: found?.period ?? null,
      ordinal,
      session: session || Boolean(copSession),
      symbols: extracted.symbols,
      instruments: extracted.instruments,
      plural: isPlural,
      mandateEffect,
    };
  };
}

export type Understand = ReturnType<typeof createUnderstander>;
