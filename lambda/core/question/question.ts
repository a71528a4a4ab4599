import type { DocumentKind } from '../model';
import type { IsoDate } from '../dates';
import type { Period } from '../dates';
import type { Lang } from '../model';

export type Intent =
  | 'help'
  | 'greeting'
  | 'bodies'
  | 'symbol'
  | 'mandate'
  | 'count'
  | 'report'
  | 'next'
  | 'last'
  | 'ordinal'
  | 'position'
  | 'relation'
  | 'place'
  | 'meetings'
  | 'clarify'
  | 'documents'
  | 'considers'
  | 'instruments'
  | 'unknown-body'
  | 'unknown';

/** What a question asks, independent of how it was phrased. */
export interface Question {
  /** the question after Slack markup is removed */
  text: string;
  lang: Lang;
  intent: Intent;
  bodies: string[];
  /** words naming a body that is not in the data ("cybercrime committee") */
  unknownBody: string | null;
  /** a code the bot cannot read, letters then digits ("fy24", "w23"): said, never skipped */
  unknownTerm: string | null;
  /** a short form that names several bodies ("traf"): which one? */
  ambiguous: { text: string; bodies: string[] } | null;
  /** "the working groups", "wgs", "GT": all working groups, not the Conference */
  groups: boolean;
  /** "which wg met last": one answer across the bodies asked about, not one per body */
  across: boolean;
  period: Period | null;
  /** the periods a meeting may fall in (several when the question names several) */
  periods: Period[];
  ordinal: number | null;
  /** "the first meeting in 2023", "the next 3 meetings", "les deux dernières réunions" */
  /** skip: "the second to last" leaves out one from the end */
  position: { from: 'first' | 'last' | 'next'; count: number; explicit: boolean; skip?: number } | null;
  /** "after the COP", "just before the Conference's session", "since the COP" */
  /** between: the second anchor in `to`; an anchor's own number (from "WG.6-10", "COP-12") in ordinal / to.ordinal */
  relation: {
    direction: 'after' | 'before' | 'since' | 'same-week' | 'between';
    body: string;
    ordinal?: number;
    to?: { body: string; ordinal?: number };
    /** the number said with the subject ("was the 11th firearms meeting before …", "did COP12 …") */
    subjectOrdinal?: number;
    /** "the week before", "dans les 2 mois après": only meetings within that much of the anchor */
    window?: { count: number; unit: 'day' | 'week' | 'month' | 'year' };
  } | null;
  /** places named (their English names); unknownPlace: a place with no record at all */
  places: string[];
  unknownPlace: string | null;
  /** "session" was said: the Conference holds sessions, the groups meetings */
  session: boolean;
  symbols: string[];
  instruments: Array<{ kind: 'decision' | 'resolution'; number: string }>;
  /** asks for several ("upcoming meetings") rather than one ("the next meeting") */
  plural: boolean;
  /** mandate questions: about becoming permanent, or about being established */
  mandateEffect: 'permanent' | 'established' | 'encouraged' | null;
  /** the whole message is a greeting or thanks */
  greeting: 'hello' | 'thanks' | null;
  /** "which resolutions do you know": the kinds of instruments to list (empty: not a list) */
  instrumentKinds: Array<'decision' | 'resolution'>;
  /** "the report of the 14th TIP meeting going to COP12": a meeting's number named beside the session's */
  meetingOrdinal: number | null;
  /** "as at 4 July 2024", "au 4 juillet 2024": the day to answer as of, instead of today */
  asOf: IsoDate | null;
  /** "confirmed as held", "seulement prévues": only meetings the sources give that status */
  status: 'held' | 'scheduled' | null;
  /** "the provisional agenda of COP12": documents of these kinds only (empty: any) */
  documentKinds: DocumentKind[];
  /** a yes/no question ("did A meet before B?", "… s'est-il réuni avant … ?") */
  yesNo: boolean;
  /** "which met first, A or B": the bodies compared, each answered, the first (or last) said */
  comparison: boolean;
  /** in a comparison, the number said with each body ("the 11th firearms meeting or the 14th TA one") */
  comparisonOrdinals: Record<string, number>;
  /** what a named body is asked, not its meetings ("what is wg.7", "nom complet du GT armes") */
  identity: boolean;
  /** asked in the present ("when does X meet", "se réunit"): the meetings to come, when there are some */
  present: boolean;
  /** the dates named are all on the other side of today from the tense ("still to come in 2023" in 2024) */
  sideEmpty: boolean;
  /** how many words of the question the bot knows nothing of */
  unknownWords: number;
  /** "still to come" (future), "already held" (past): the period is also cut at today */
  tense: 'past' | 'future' | null;
  /** the periods named, before a tense cut them ("this year" in "has X met yet this year") */
  untensed: Period[] | null;
  /** a meeting word was said ("meeting", "mtgs", "séances"): the question is about meetings */
  aboutMeetings: boolean;
}
