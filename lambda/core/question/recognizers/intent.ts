import type { Dataset } from '../../model';
import type { QuestionContext, Recognizer } from '../context';
import { normPhrase } from '../normalize';
import { PhraseSet } from '../phrase-set';
import type { Intent } from '../question';

/**
 * The last step, like chrono's refiners: decides what is asked from what the other
 * recognizers found. Order matters: the most specific reading wins, and a keyword alone
 * ("where", "before", "first") never makes a question about meetings — it needs
 * something about meetings (a body, a meeting word, a period, a place, a number).
 */
export function createIntentRecognizer(data: Dataset, known: Set<string>): Recognizer {
  const v = data.vocabulary;
  const both = (l: { en: string[]; fr: string[] }) => [...l.en, ...l.fr];
  const plural = new PhraseSet(both(v.plural));
  const meetingWords = new PhraseSet(both(v.meetingWords));
  const weakCues = new Set(v.bodyCues.weak.map(normPhrase));
  // "the group", "du groupe": one group, named by an article alone (not "les groupes")
  const definite = new Set(both(v.singularDeterminers).map(normPhrase));
  const meetingWordSet = new Set(both(v.meetingWords).map(normPhrase));
  const comparing = new Set(both(v.comparisonWords).map(normPhrase));
  // English opens a yes/no question with its auxiliary; French says it with an inversion anywhere
  const yesNoFirst = new Set(v.yesNoOpeners.en.map(normPhrase));
  const yesNoFr = new PhraseSet(v.yesNoOpeners.fr);
  // "meetings taking place over the summer" asks when, not where: "place" counts only beside no verb of happening
  const otherPlaceWords = new PhraseSet(both(v.intents.place).filter((w) => normPhrase(w) !== 'place'));
  const happening = new PhraseSet(both(v.happeningVerbs));
  const asking = new Set(both(v.interrogatives).map(normPhrase));
  // words that open a question ("is", "did", "combien"): only as the first word
  const opening = new Set([...v.questionBreaks.en.starters, ...v.questionBreaks.fr.starters].map(normPhrase).filter((w) => !w.includes(' ')));
  // words that ask for something without a question word ("list", "show", "donne")
  const requests = new Set(both(v.requestWords).map(normPhrase));
  /** a question mark, a question word first, a question or request word anywhere, or an intent that asks */
  const questionLike = (ctx: QuestionContext) =>
    ctx.text.includes('?') ||
    opening.has(ctx.allTokens[0]?.norm ?? '') ||
    ctx.tokens.some((t) => asking.has(t.norm) || requests.has(t.norm)) ||
    ctx.has('count') ||
    ctx.has('place') ||
    ctx.has('help');
  return {
    name: 'intent',
    recognize(ctx, q) {
      const has = ctx.has;
      // a tense alone ("already", "still to come") is no date: it does not make a question about meetings
      const found = ctx.found && !ctx.found.tenseOnly ? ctx.found : null;
      q.plural = plural.test(ctx.words, ctx.folded, ctx.lower);
      q.aboutMeetings = meetingWords.test(ctx.words, ctx.folded, ctx.lower);
      const { extracted } = ctx;
      const noBody = q.bodies.length === 0 && !q.relation;
      // "when did the group meet?": one group, but which? (plural "groups" means all of them)
      // "the group" names none; "which group met first" asks which
      const which =
        noBody &&
        !q.unknownBody &&
        q.ordinal === null &&
        !q.session &&
        !q.groups &&
        ctx.tokens.some((t, i) => weakCues.has(t.norm) && !asking.has(ctx.tokens[i - 1]?.norm ?? ''));
      const groupCue = ctx.tokens.some((t) => weakCues.has(t.norm));
      // "when does the group meet next", "dernière réunion du groupe": next or last of which one?
      // ("the next group meeting" is any group's)
      const theGroup =
        noBody &&
        !q.unknownBody &&
        q.ordinal === null &&
        !q.groups &&
        ctx.tokens.some((t, i) => {
          if (!weakCues.has(t.norm) || meetingWordSet.has(ctx.tokens[i + 1]?.norm ?? '')) return false;
          // the determiner before the group word, or before a group phrase ("the working group")
          const start = weakCues.has(`${ctx.tokens[i - 1]?.norm} ${t.norm}`) ? i - 1 : i;
          return definite.has(ctx.tokens[start - 1]?.norm ?? '');
        });
      const anchored = !noBody || q.aboutMeetings || Boolean(found) || q.status !== null || q.places.length > 0 || q.unknownPlace !== null || q.ordinal !== null || q.groups || groupCue;
      // text about something else that happens to hold a keyword ("where can I eat near the
      // VIC", "my first day is next week"): words the bot does not know, and nothing that
      // only a question about meetings would say
      const strong = q.aboutMeetings || q.status !== null || has('bodies') || has('when') || has('report') || has('mandate') || has('count') || q.ordinal !== null || groupCue || q.groups || q.relation !== null;
      const strange = strong || extracted.instruments.length || extracted.symbols.length ? 0 : ctx.tokens.filter((t, i) => !ctx.used.has(i) && t.norm.length >= 2 && !known.has(t.norm) && !/\d/.test(t.norm)).length;
      // a statement, not a question ("the team meeting moved to thursday", "lol my meeting ran
      // over"): no question mark, no question or request word, no body, and two or more words
      // the bot does not know — even with a meeting word or a date in it
      // cheapest conditions first: most questions name a body
      const statement =
        noBody && !q.groups && q.status === null && !q.unknownBody?.includes(' ') && !extracted.instruments.length && !extracted.symbols.length && unknownWordCount(ctx, known) >= 2 && !questionLike(ctx);
      const offTopic = statement || strange >= (q.bodies.length > 0 ? 2 : 1);
      // a code of letters then digits that nothing read ("fy24", "w23"): asking about it
      // must not become a broader question about every meeting
      // (a word ending in a digit is rare: that check first)
      const code =
        q.ordinal === null
          ? ctx.tokens.find((t, i) => endsInDigit(t.norm) && !ctx.used.has(i) && CODE.test(t.norm) && !known.has(t.norm) && !known.has(t.norm.replace(/\d+$/, '')))
          : undefined;
      q.unknownTerm = code ? code.raw : null;
      const trimmed = ctx.folded.trim();
      let intent: Intent;
      if (q.greeting) intent = 'greeting';
      else if (q.unknownTerm && !extracted.symbols.length && !extracted.instruments.length) intent = 'unknown';
      else if (offTopic && (!q.unknownBody || statement) && !q.ambiguous) intent = 'unknown';
      else if (extracted.symbols.some((s) => /\/\d{4}\//.test(s))) intent = 'symbol';
      else if (q.ambiguous) intent = 'clarify';
      else if (q.unknownBody || (!has('bodies') && !has('help') && !has('mandate') && ((which && !has('next') && !has('last') && !q.position) || theGroup))) intent = 'unknown-body';
      else if (trimmed === '' && !found && extracted.instruments.length === 0) intent = 'help';
      else if (has('help') && q.bodies.length === 0 && !found) intent = 'help';
      else if (extracted.instruments.length > 0 || (has('mandate') && !found && !q.session && (q.bodies.length > 0 || !q.aboutMeetings || q.mandateEffect !== null))) intent = 'mandate';
      // "what is wg.7", "nom complet du groupe sur les armes à feu", "which group deals with
      // extradition": the body itself, not its meetings
      else if (
        has('identity') &&
        q.bodies.length > 0 &&
        !q.groups &&
        !found &&
        !q.aboutMeetings &&
        q.ordinal === null &&
        !q.position &&
        !q.relation &&
        q.status === null &&
        !has('next') &&
        !has('last') &&
        !has('report') &&
        !has('place') &&
        !has('count')
      ) {
        intent = 'bodies';
        q.identity = true;
      }
      // "how many working groups are there", "combien d'organes": the bodies, counted
      else if (has('count') && (has('bodies') || q.groups) && !q.aboutMeetings && !found) intent = 'bodies';
      else if (has('count')) intent = 'count';
      // ("all meetings of the cooperation and TA working groups": their meetings)
      else if (has('bodies') && !found && !has('next') && !has('last') && q.ordinal === null && !q.position && q.relation?.direction !== 'between' && !(q.aboutMeetings && q.bodies.length > 0 && !q.groups))
        intent = 'bodies';
      else if (q.relation) intent = 'relation';
      else if (has('report')) intent = 'report';
      // "first!": a position word with nothing it could be the position of is not a question
      else if (noBody && !anchored && q.position?.from === 'first' && !has('when') && !has('next') && !has('last')) intent = 'unknown';
      else if (q.position?.explicit || (q.position && found && q.position.from !== 'next')) intent = 'position';
      else if (has('next') || q.position?.from === 'next') intent = 'next';
      else if ((has('last') || q.position?.from === 'last') && q.ordinal === null) intent = 'last';
      else if (q.ordinal !== null) intent = 'ordinal';
      // "a bien eu lieu ?" asks whether it was held, not where
      else if (has('place') && anchored && q.status === null && (!happening.test(ctx.words, ctx.folded, ctx.lower) || otherPlaceWords.test(ctx.words, ctx.folded, ctx.lower))) intent = 'place';
      // "what's still to come?": a tense with only words the bot knows asks about the meetings on that side of today
      else if (noBody && !anchored) intent = extracted.symbols.length > 0 ? 'symbol' : ctx.found?.tenseOnly && strange === 0 && !q.unknownBody && (ctx.text.includes('?') || ctx.tokens.some((t) => asking.has(t.norm) || requests.has(t.norm))) ? 'meetings' : 'unknown';
      else if (q.bodies.length > 0 || found || has('when') || q.places.length > 0 || q.unknownPlace) intent = 'meetings';
      else intent = 'unknown';
      q.intent = intent;
      if (intent === 'relation') q.yesNo = yesNoFirst.has(ctx.allTokens[0]?.norm ?? '') || yesNoFr.test(ctx.words, ctx.folded, ctx.lower);
      // "which met first, the TIP group or the SOM group": a position among bodies joined by "or"
      if (intent === 'position' && q.position?.count === 1 && q.bodies.length >= 2 && !q.groups) {
        const at = q.bodies.map((b) => ctx.bodyAt.get(b)).filter((x): x is number => x !== undefined);
        const from = Math.min(...at);
        const to = Math.max(...at);
        q.comparison = at.length >= 2 && ctx.tokens.some((t, i) => i > from && i < to && comparing.has(t.norm));
        // each body's own number, just before its name ("the 11th firearms meeting") or with its id
        if (q.comparison)
          for (const b of q.bodies) {
            const k = ctx.bodyAt.get(b);
            let n = ctx.bodyOrdinal.get(b);
            for (let j = (k ?? 0) - 1; n === undefined && k !== undefined && j >= Math.max(0, k - 2); j--) {
              const m = /^(\d{1,2})(?:st|nd|rd|th|e|er|re|eme|ème)$/.exec(ctx.tokens[j]?.norm ?? '');
              if (m) n = Number(m[1]);
            }
            if (n !== undefined) q.comparisonOrdinals[b] = n;
          }
      }
      // (read only where a follow-up may take the previous part's body: a part naming none)
      q.unknownWords = q.bodies.length === 0 ? unknownWordCount(ctx, known) : 0;
    },
  };
}

/** Words of the question the bot knows nothing of (not read by any recognizer, no digit). */
function unknownWordCount(ctx: QuestionContext, known: Set<string>): number {
  let n = 0;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i] as { norm: string };
    if (!ctx.used.has(i) && t.norm.length >= 2 && !known.has(t.norm) && !/\d/.test(t.norm)) n++;
  }
  return n;
}

const CODE = /^\p{L}+\d+$/u;
const endsInDigit = (w: string) => {
  const c = w.charCodeAt(w.length - 1);
  return c >= 48 && c <= 57;
};
