import type { Dataset } from '../../model';
import type { Recognizer } from '../context';
import { normPhrase } from '../normalize';
import { PhraseSet } from '../phrase-set';
import type { Intent } from '../question';

/**
 * The last step, like chrono's refiners: decides what is asked from what the other
 * recognizers found. Order matters: the most specific reading wins, and a keyword alone
 * ("where", "before", "first") never makes a question about meetings — it needs
 * something about meetings (a body, a meeting word, a period, a place, a number).
 */
export function createIntentRecognizer(data: Dataset): Recognizer {
  const v = data.vocabulary;
  const both = (l: { en: string[]; fr: string[] }) => [...l.en, ...l.fr];
  const plural = new PhraseSet(both(v.plural));
  const meetingWords = new PhraseSet(both(v.meetingWords));
  const weakCues = new Set(v.bodyCues.weak.map(normPhrase));
  return {
    name: 'intent',
    recognize(ctx, q) {
      const has = ctx.has;
      const found = ctx.found;
      q.plural = plural.test(ctx.words, ctx.folded, ctx.lower);
      q.aboutMeetings = meetingWords.test(ctx.words, ctx.folded, ctx.lower);
      q.mandateEffect = / permanent| permanents/.test(ctx.folded)
        ? 'permanent'
        : has('mandate') && / (established|establish|created|create|set up|founded|cree|creee|creer|etabli|institue) /.test(ctx.folded)
          ? 'established'
          : null;
      const { extracted } = ctx;
      const noBody = q.bodies.length === 0 && !q.relation;
      // "when did the group meet?": one group, but which? (plural "groups" means all of them)
      const which =
        noBody && !q.unknownBody && !found && q.ordinal === null && !q.session && ctx.tokens.some((t) => weakCues.has(t.norm));
      const anchored = !noBody || q.aboutMeetings || Boolean(found) || q.places.length > 0 || q.unknownPlace !== null || q.ordinal !== null || q.groups;
      const trimmed = ctx.folded.trim();
      let intent: Intent;
      if (q.greeting) intent = 'greeting';
      else if (extracted.symbols.some((s) => /\/\d{4}\//.test(s))) intent = 'symbol';
      else if (q.ambiguous) intent = 'clarify';
      else if (q.unknownBody || (which && !has('bodies') && !has('help') && !has('mandate') && !has('next') && !has('last') && !q.position)) intent = 'unknown-body';
      else if (trimmed === '' && !found && extracted.instruments.length === 0) intent = 'help';
      else if (has('help') && q.bodies.length === 0 && !found) intent = 'help';
      else if (extracted.instruments.length > 0 || (has('mandate') && !found && (q.bodies.length > 0 || !q.aboutMeetings))) intent = 'mandate';
      else if (has('count')) intent = 'count';
      else if (has('bodies') && !found && !has('next') && !has('last') && q.ordinal === null && !q.position) intent = 'bodies';
      else if (q.relation) intent = 'relation';
      else if (has('report')) intent = 'report';
      else if (q.position?.explicit || (q.position && found && q.position.from !== 'next')) intent = 'position';
      else if (has('next') || q.position?.from === 'next') intent = 'next';
      else if ((has('last') || q.position?.from === 'last') && q.ordinal === null) intent = 'last';
      else if (q.ordinal !== null) intent = 'ordinal';
      else if (has('place') && anchored) intent = 'place';
      else if (noBody && !anchored) intent = extracted.symbols.length > 0 ? 'symbol' : 'unknown';
      else if (q.bodies.length > 0 || found || has('when') || q.places.length > 0 || q.unknownPlace) intent = 'meetings';
      else intent = 'unknown';
      // the next/last/place words alone, with nothing about meetings, are not a question about them
      if ((intent === 'next' || intent === 'last' || intent === 'position') && !anchored && !has('when') && !q.plural) intent = 'unknown';
      q.intent = intent;
    },
  };
}
