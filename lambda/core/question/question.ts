import type { Period } from '../dates';
import type { Lang } from '../model';

export type Intent =
  | 'help'
  | 'bodies'
  | 'symbol'
  | 'mandate'
  | 'count'
  | 'report'
  | 'next'
  | 'last'
  | 'ordinal'
  | 'place'
  | 'meetings'
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
  period: Period | null;
  ordinal: number | null;
  /** "session" was said: the Conference holds sessions, the groups meetings */
  session: boolean;
  symbols: string[];
  instruments: Array<{ kind: 'decision' | 'resolution'; number: string }>;
  /** asks for several ("upcoming meetings") rather than one ("the next meeting") */
  plural: boolean;
  /** mandate questions: about becoming permanent, or about being established */
  mandateEffect: 'permanent' | 'established' | null;
}
