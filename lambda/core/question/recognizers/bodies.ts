import type { Dataset } from '../../model';
import { BodyMatcher } from '../body-matcher';
import { deriveBodyNames } from '../body-names';
import type { Recognizer } from '../context';
import { type Token, fold, normPhrase, tokenize } from '../normalize';
import { PhraseSet } from '../phrase-set';

/**
 * Bodies by the names people use (names, aliases, short forms derived from the data,
 * typos), by a document symbol's organ prefix, "COP12"-style session names, and "the
 * working groups" (all of them, not the Conference). A name the data does not have is
 * kept as unknownBody, never dropped.
 */
export function createBodiesRecognizer(data: Dataset, known: Set<string>): Recognizer {
  const v = data.vocabulary;
  const both = (l: { en: string[]; fr: string[] }) => [...l.en, ...l.fr];
  const generic = new Set(both(v.commonWords).flatMap((p) => tokenize(p).map((t) => t.norm)));
  const derived = deriveBodyNames(data.bodies, { articles: new Set(v.nameWords.articles.map(fold)), links: new Set(v.nameWords.links.map(fold)), generic });
  // (group words only: "ta réunion" is French for "your meeting")
  // a short form typed in lower case is a body before a group word ("ta group"), or between an English article and
  // an English meeting word ("the fa mtg"; not French: "ta réunion" is "your meeting")
  const single = (ws: string[]) => ws.map(normPhrase).filter((w) => !w.includes(' '));
  const matcher = new BodyMatcher(data.bodies, generic, known, derived, single(v.bodyCues.weak), { words: single(v.meetingWords.en), articles: single(v.articles.en) });
  const bodyPrefixes = data.bodies.map((b) => ({ id: b.id, prefix: `${b.symbolPrefix}/` })).sort((a, b) => b.prefix.length - a.prefix.length);
  // "COP12", "CdP 12", "COP-12": a body with no number in its id, then its session number
  const sessionNames = new Map<string, string>();
  for (const b of data.bodies.filter((x) => !/\d/.test(x.id))) {
    sessionNames.set(fold(b.id), b.id);
    for (const d of derived.names) if (d.bodies.length === 1 && d.bodies[0] === b.id && d.words.length === 1 && (d.words[0] as string).length >= 3) sessionNames.set(d.words[0] as string, b.id);
  }
  const SESSION = new RegExp(`(?<![\\p{L}\\p{N}])(${[...sessionNames.keys()].join('|')})\\s?-?\\s?(\\d{1,2})(?![\\p{L}\\p{N}])`, 'iu');
  const groups = new PhraseSet(both(v.groupWords));
  const groupIds = data.bodies.filter((b) => b.kind === 'working-group').map((b) => b.id);
  const strongCues = new Set(v.bodyCues.strong.map(normPhrase));
  const strongFirsts = new Set([...strongCues].filter((c) => c.includes(' ')).map((c) => c.split(' ')[0] as string));
  // the session names as the question's folded words begin ("cop12", "cdp 12"): the pattern runs only when one is there
  const sessionHeads = [...sessionNames.keys()].map((n) => ` ${n}`);
  const shortCues = new Set(v.bodyCues.weak.map(normPhrase).filter((w) => w.length <= 3));
  const plurals = new Set(both(v.pluralDeterminers).map(normPhrase));
  const pluralMeeting = new PhraseSet([...both(v.plural), ...both(v.meetingWords)].filter((w) => /s$/.test(w) || /^list/.test(w)));
  // the working groups' own word, in one or more words ("wg", "working group", "groupe de travail"), not "group"
  const groupWord = v.bodyCues.weak.map(normPhrase).filter((w) => w.includes(' ') || w.length <= 3).map((w) => w.split(' '));
  const asking = new Set(both(v.interrogatives).map(normPhrase));
  const groupFirsts = new Set(groupWord.map((g) => g[0] as string));
  const anyMeeting = new Set(both(v.meetingWords).map(normPhrase).filter((w) => !w.includes(' ')));
  const eachWords = new Set(both(v.perGroupWords).map(normPhrase));
  const positionOrAny = new Set([...Object.keys(v.positions.en), ...Object.keys(v.positions.fr), 'any', 'each', 'every', 'aucune', 'chaque'].map(normPhrase));
  const longGroupFirsts = new Set(groupWord.filter((g) => g.length > 1).map((g) => g[0] as string));
  // words that lead to a period ("in", "en", "during"), not those that qualify a name ("of", "de")
  const notTime = new Set([...v.rangeWords.en.open, ...v.rangeWords.en.join, ...v.rangeWords.fr.open, ...v.rangeWords.fr.join, ...both(v.singularDeterminers)].map(normPhrase));
  const timeWords = new Set([...v.monthPrepositions.en, ...v.monthPrepositions.fr].map(normPhrase).filter((w) => !notTime.has(w)));
  // words that make a short group word one group ("the wg", "quel GT"): it asks which
  const singular = new Set([...v.articles.en, ...v.articles.fr, ...v.nameWords.articles, ...both(v.interrogatives), ...both(v.singularDeterminers)].map(normPhrase));
  const weakCues = new Set(v.bodyCues.weak.map(normPhrase));
  // the word that introduces a group's subject ("on", "sur", "for", "pour")
  const topicLinks = new Set(['on', 'sur', 'for', 'pour', 'about']);
  const ids = new Set(data.bodies.map((b) => b.id));
  const include = new Set([...v.bodyScope.en.include, ...v.bodyScope.fr.include].map(normPhrase));
  const exclude = new Set([...v.bodyScope.en.exclude, ...v.bodyScope.fr.exclude].map(normPhrase));
  const strictlyIncluding = new Set(['including', 'incl', 'inc', 'included', 'inclusive', 'y compris', 'inclus', 'incluse', 'compris', 'comprise']);
  const includingWords = [...strictlyIncluding].filter((w) => !w.includes(' '));
  const saysIncluding = (words: Set<string>) => includingWords.some((w) => words.has(w));
  /** "incl. the COP", "y compris la CdP", "COP included": one of the two words before or after says so */
  const explicitlyIncluded = (tokens: { norm: string }[], at: number) => {
    if (at < 0) return false;
    const near = [at - 3, at - 2, at - 1, at + 1, at + 2].map((k) => tokens[k]?.norm ?? '');
    const pairs = [`${near[0]} ${near[1]}`, `${near[1]} ${near[2]}`];
    return near.some((w) => strictlyIncluding.has(w)) || pairs.some((w) => strictlyIncluding.has(w));
  };
  const included = (tokens: { norm: string }[], at: number) => {
    // "conference included", "conférence comprise": the word may follow
    const after = tokens.slice(at + 1, at + 3).map((t) => t.norm);
    if (after.some((w) => include.has(w))) return true;
    const before = tokens.slice(Math.max(0, at - 4), at).map((t) => t.norm);
    for (let k = before.length - 1; k >= 0; k--) {
      const one = before[k] as string;
      const two = k > 0 ? `${before[k - 1]} ${one}` : '';
      if (exclude.has(one) || exclude.has(two)) return false;
      if (include.has(one) || include.has(two)) return true;
    }
    return false;
  };
  // "WG.4-14": the bot's own id of a meeting (a group, then its meeting's number)
  const WG = /\b(?:WG|GT)[\s.-]?(\d{1,2})(?:-(\d{1,3}))?\b/gi;
  const WG_CUE = /(?:WG|GT)[\s.-]?\d/i;

  // (helpers made once, not per question: fewer closures to allocate and to compile)
  // "les GT", "all wg", "wg sessions": a short group word made plural by its neighbours
  const pluralNear = (tokens: Token[], i: number) => {
    const around = [tokens[i - 1]?.norm ?? '', tokens[i + 1]?.norm ?? '', tokens[i + 2]?.norm ?? '', tokens[i - 2]?.norm ?? ''];
    return pluralMeeting.test(new Set(around), ` ${around[3]} ${around[0]} | ${around[1]} ${around[2]} `, () => ' ');
  };
  // "which wg met latest", "any working group meeting now": asking which of the working groups
  const askedGroup = (tokens: Token[]) => {
    for (let i = 1; i < tokens.length; i++) {
      if (!asking.has((tokens[i - 1] as Token).norm)) continue;
      const w = groupWord.find((g) => g.every((x, k) => tokens[i + k]?.norm === x));
      // "which wg 6 …" names one group
      if (w !== undefined && !/^\d/.test(tokens[i + w.length]?.norm ?? '')) return true;
    }
    return false;
  };
  // "GT en mai 2023", "wg in 2024": a short group word with no determiner before it and
  // only a period after it is all of them too ("WG meeting in 2023", "GT trafic" ask which)
  const bare = (tokens: Token[], i: number, dated: boolean) => {
    if (singular.has(tokens[i - 1]?.norm ?? '')) return false;
    const next = tokens[i + 1]?.norm;
    return dated && (next === undefined || timeWords.has(next));
  };
  /** a short group word ("wg", "GT") that means all of them */
  const groupWordsAll = (tokens: Token[], dated: boolean) => {
    // "working group meetings in 2024", "groupe de travail réunions": the group word, then a plural meeting word
    for (let i = 0; i < tokens.length; i++) {
      if (!longGroupFirsts.has((tokens[i] as Token).norm)) continue;
      const w = groupWord.find((g) => g.length > 1 && g.every((x, k) => tokens[i + k]?.norm === x));
      if (!w) continue;
      const next = tokens[i + w.length]?.norm ?? '';
      if (!asking.has(tokens[i - 1]?.norm ?? '') && pluralMeeting.test(new Set([next]), ` ${next} `, () => ' ')) return true;
    }
    for (let i = 0; i < tokens.length; i++) {
      if (!shortCues.has((tokens[i] as Token).norm) || /^\d/.test(tokens[i + 1]?.norm ?? '')) continue;
      if (plurals.has(tokens[i - 1]?.norm ?? '') || pluralNear(tokens, i) || bare(tokens, i, dated)) return true;
    }
    return false;
  };

  const saysAny = (words: Set<string>) => {
    for (const w of words) if (positionOrAny.has(w)) return true;
    return false;
  };
  // "the next working group meeting", "any wg session": whichever group it is, one answer across them
  const anyGroupMeeting = (tokens: Token[]) => {
    for (let i = 1; i < tokens.length; i++) {
      if (!groupFirsts.has((tokens[i] as Token).norm) || !positionOrAny.has((tokens[i - 1] as Token).norm)) continue;
      const w = groupWord.find((g) => g.every((x, k) => tokens[i + k]?.norm === x));
      if (w && anyMeeting.has(tokens[i + w.length]?.norm ?? '')) return true;
    }
    return false;
  };
  return {
    name: 'bodies',
    recognize(ctx, q) {
      const tokens = ctx.tokens;
      const { bodies, used, at, ambiguous } = matcher.match(tokens);
      // "wg on wildlife trafficking", "drug trafficking wg": a one-word name right after a word
      // the bot does not know names another body; it is unknown, not the one that word names
      let qualified: string | null = null;
      for (const [b, i] of at) {
        const prev = tokens[i - 1];
        if (used.has(i + 1) || !prev || used.has(i - 1) || known.has(prev.norm) || prev.norm.length < 4 || /\d/.test(prev.norm)) continue;
        qualified ??= `${prev.raw} ${(tokens[i] as Token).raw}`;
        bodies.splice(bodies.indexOf(b), 1);
        at.delete(b);
      }
      for (const i of used) ctx.used.add(i);
      for (const [b, i] of at) ctx.bodyAt.set(b, i);
      // a symbol's organ prefix names its body: CTOC/COP/WG.6/... is the firearms group
      for (const s of ctx.extracted.symbols) {
        const owner = bodyPrefixes.find((p) => s.startsWith(p.prefix) || `${s}/` === p.prefix);
        if (owner && !bodies.includes(owner.id) && !/\/\d{4}\//.test(s)) bodies.push(owner.id);
      }
      const session = sessionHeads.some((h) => ctx.folded.includes(h)) ? SESSION.exec(ctx.masked) : null;
      if (session) {
        const id = sessionNames.get(fold(session[1] ?? '')) as string;
        if (!bodies.includes(id)) bodies.push(id);
        q.ordinal = Number(session[2]);
        q.session = true;
        ctx.bodyOrdinal.set(id, Number(session[2]));
        // where it is named, for a relation anchored on it ("just before COP12")
        const at = ctx.tokens.findIndex((t) => t.index >= (session.index ?? 0));
        if (at >= 0 && !ctx.bodyAt.has(id)) ctx.bodyAt.set(id, at);
      }
      // "GT 6" (groupe de travail), "wg-6", "GT2 et GT3": the working groups with those numbers, when there are
      let wgId: string | null = null;
      if (WG_CUE.test(ctx.text))
        for (const wg of ctx.text.matchAll(WG)) {
          const id = `WG.${Number(wg[1])}`;
          if (ids.has(id)) {
            if (!bodies.includes(id)) bodies.push(id);
            if (wg[2] && q.ordinal === null) q.ordinal = Number(wg[2]);
            if (wg[2] && !ctx.bodyOrdinal.has(id)) ctx.bodyOrdinal.set(id, Number(wg[2]));
            const at = tokens.findIndex((t) => t.index >= (wg.index ?? 0));
            if (at >= 0 && !ctx.bodyAt.has(id)) ctx.bodyAt.set(id, at);
          } else wgId ??= id;
        }
      q.bodies = bodies;
      if (ambiguous.length && bodies.length === 0) q.ambiguous = ambiguous[0] ?? null;
      // "the wg on cybercrime", "le GT sur la cybercriminalité": a group word, a link, then a
      // word the bot does not know names a body it does not have, not every group
      if (bodies.length === 0) {
        for (let i = 0; i < tokens.length && !q.unknownBody; i++) {
          if (!groupFirsts.has((tokens[i] as Token).norm)) continue;
          const g = groupWord.find((x) => x.every((w, k) => tokens[i + k]?.norm === w));
          if (!g) continue;
          let j = i + g.length;
          if (!topicLinks.has(tokens[j]?.norm ?? '')) continue;
          j++;
          while (j < tokens.length && singular.has((tokens[j] as Token).norm)) j++;
          const unknownAt = (k: number) => {
            const t = tokens[k];
            return t !== undefined && !used.has(k) && !known.has(t.norm) && t.norm.length >= 4 && !/\d/.test(t.norm);
          };
          if (!unknownAt(j)) continue;
          let end = j;
          // the subject goes on over words that name nothing ("wildlife crime")
          const subject = (k: number) => {
            const t = tokens[k];
            return t !== undefined && !used.has(k) && t.norm.length >= 4 && !/\d/.test(t.norm) && !generic.has(t.norm);
          };
          while (unknownAt(end + 1) || subject(end + 1)) end++;
          q.unknownBody = [...tokens.slice(i, i + g.length), ...tokens.slice(j, end + 1)].map((t) => t.raw).join(' ');
        }
        if (q.unknownBody) return;
      }
      // "the working groups", "wgs", "GT": every working group, and the Conference only if named
      // "each working group", "chaque groupe": one answer per group, not one across them
      const perGroup = tokens.some((t, i) => eachWords.has(t.norm) && groupFirsts.has(tokens[i + 1]?.norm ?? ''));
      q.across = !perGroup && (askedGroup(tokens) || (saysAny(ctx.words) && anyGroupMeeting(tokens)));
      const pluralCue = q.across || groupWordsAll(tokens, ctx.found !== null);
      // "drug trafficking working group meetings": a group qualified by a word the bot does not know is another body
      if ((pluralCue || groups.test(ctx.words, ctx.folded, ctx.lower)) && !bodies.some((b) => groupIds.includes(b)) && qualified === null) {
        q.groups = true;
        // the Conference joins only when said to ("and the COP", "y compris la CdP"), not "of the COP" or "not the CoP"
        const others = bodies.filter((b) => !groupIds.includes(b) && included(tokens, ctx.bodyAt.get(b) ?? -1));
        q.bodies = [...groupIds, ...others];
      }
      // "all meetings incl. the COP": a body named only as included in something wider is
      // that wider thing (every body), not the body alone
      if (!q.groups && q.bodies.length > 0 && saysIncluding(ctx.words) && q.bodies.every((b) => explicitlyIncluded(tokens, ctx.bodyAt.get(b) ?? -1))) q.bodies = [];
      // a list of bodies that names the Conference without adding it ("which groups report to
      // the COP", "the WGs of the CdP") is a list of its working groups
      const others = q.bodies.filter((b) => !groupIds.includes(b));
      if (!q.groups && ctx.has('bodies') && others.length > 0 && q.bodies.length === others.length && !others.some((b) => included(tokens, ctx.bodyAt.get(b) ?? -1))) {
        q.groups = true;
        q.bodies = [...groupIds];
      }
      if (q.bodies.length > 0 || q.ambiguous) return;
      // a body the data does not have: a strong cue word ("committee"), or a weak one
      // ("group") next to a word we do not know ("the cybercrime group", "the drugs working group")
      for (let i = 0; i < tokens.length && !q.unknownBody; i++) {
        const w = (tokens[i] as { norm: string }).norm;
        const strong = strongCues.has(w) || (strongFirsts.has(w) && i + 1 < tokens.length && strongCues.has(`${w} ${tokens[i + 1]?.norm}`));
        if (!strong && !weakCues.has(w)) continue;
        const near = [i - 3, i - 2, i - 1, i + 1, i + 2, i + 3, i + 4, i + 5]
          .filter((j) => j >= 0 && j < tokens.length && !used.has(j))
          .map((j) => tokens[j] as { raw: string; norm: string })
          .filter((t) => !known.has(t.norm) && !/^\d/.test(t.norm) && t.norm.length >= 3);
        if (strong || near.length > 0) {
          const cue = tokens[i] as { raw: string };
          q.unknownBody = tokens.filter((t) => t === cue || near.includes(t)).map((t) => t.raw).join(' ');
        }
      }
      if (!q.unknownBody && qualified) q.unknownBody = qualified;
      if (!q.unknownBody && wgId && !q.groups) q.unknownBody = wgId;
      // an acronym in capitals the data does not know ("the CCPCJ session")
      const acronym = ctx.has('when') ? tokens.find((t, i) => !used.has(i) && /^[A-Z]{3,6}$/.test(t.raw) && !known.has(t.norm)) : undefined;
      if (!q.unknownBody && acronym) q.unknownBody = acronym.raw;
    },
  };
}
