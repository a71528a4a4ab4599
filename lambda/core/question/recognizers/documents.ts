import type { Dataset, DocumentKind } from '../../model';
import type { Recognizer } from '../context';
import { PhraseIndex, PhraseSet } from '../phrase-set';

/** intents this step may refine: questions about meetings, not greetings, symbols or help */
const REFINABLE = new Set(['meetings', 'report', 'ordinal', 'next', 'last', 'position', 'count', 'place', 'bodies', 'unknown']);

/**
 * After the intent: "documents of the 2018 firearms meeting" asks for a meeting's
 * documents; "which reports go to COP12" / "quels rapports seront examinés à la douzième
 * session" asks what a session will consider. Cue words come from the vocabulary
 * (documentQuestions); the meeting is found by the other recognizers.
 */
export function createDocumentsRecognizer(data: Dataset): Recognizer {
  const v = data.vocabulary.documentQuestions;
  const documents = new PhraseSet([...v.documents.en, ...v.documents.fr]);
  const considers = new PhraseSet([...v.considers.en, ...v.considers.fr]);
  const byKind: Partial<Record<DocumentKind, string[]>> = {};
  for (const lang of ['en', 'fr'] as const) for (const k of v.kinds[lang]) byKind[k.kind] = [...(byKind[k.kind] ?? []), ...k.phrases];
  const kinds = new PhraseIndex(byKind as Record<DocumentKind, string[]>);
  const conference = data.bodies.find((b) => b.kind === 'conference')?.id;
  // sessions for which the data records what they will consider
  const considering = data.meetings.filter((m) => m.body === conference && m.considers?.length);
  return {
    name: 'documents',
    recognize(ctx, q) {
      // "what's before COP 12 in terms of WG reports": the session's agenda, not the meeting before it
      const beforeSession = q.intent === 'relation' && q.relation?.direction === 'before' && !q.aboutMeetings;
      if (!REFINABLE.has(q.intent) && !beforeSession) return;
      // "the provisional agenda of COP12", "documents de séance du GT armes": documents of a kind
      // (not when it asks what a session will consider: "reports the Secretariat note presents to COP12")
      const named = kinds.match(ctx.words, ctx.folded, ctx.lower);
      if (named.size > 0 && !considers.test(ctx.words, ctx.folded, ctx.lower)) {
        q.intent = 'documents';
        q.relation = null;
        q.documentKinds = [...named];
        return;
      }
      const aboutSession = q.session || (conference !== undefined && (q.bodies.includes(conference) || ctx.bodyAt.has(conference)));
      const reportish = ctx.has('report') || documents.test(ctx.words, ctx.folded, ctx.lower);
      // "cop12 reports": the reports of a session that holds none of its own are those it considers
      const sessionConsiders = q.ordinal !== null && considering.some((m) => m.number === q.ordinal && !m.report);
      if (aboutSession && reportish && (considers.test(ctx.words, ctx.folded, ctx.lower) || sessionConsiders)) {
        q.intent = 'considers';
        q.relation = null;
        if (conference && !q.bodies.includes(conference)) q.bodies = [...q.bodies, conference];
        return;
      }
      if (beforeSession) return;
      if (documents.test(ctx.words, ctx.folded, ctx.lower)) q.intent = 'documents';
    },
  };
}
