import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { ingestDocument } from '../../lambda/core/ingest';
import type { Dataset } from '../../lambda/core/model';
import { DATA_DIR } from './data';

/** The Conference's name as a masthead writes it, in each language. */
export const COP_EN = 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime';
export const COP_FR = 'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée';

/** A document of the Conference for its sixteenth session (10–14 October 2033), dated 11 March 2033, with `body` as its text. */
export const sessionDoc = (lang: 'en' | 'fr', symbol: string, body: string) =>
  `${symbol}\n${lang === 'fr' ? `Distr. générale\n11 mars 2033\n${COP_FR}\nSeizième session\nVienne, 10-14 octobre 2033` : `Distr.: General\n11 March 2033\n${COP_EN}\nSixteenth session\nVienna, 10-14 October 2033`}\n\n${body}\n`;
/** the header meeting of `sessionDoc`, as `meetingsOf` writes it */
export const SESSION = 'COP 2033-10-10 2033-10-14 Vienna scheduled #16';

/**
 * The reader over the real data/: its options, and the meetings a text yields, one line each
 * ("WG.6 2033-05-03 2033-05-04 Vienna held #5"), for the reading-rule tests.
 */
export async function ruleReader() {
  const data: Dataset = await loadDataDir(DATA_DIR);
  const opts = { fileName: 'rule.txt', bodies: data.bodies, vocabulary: data.vocabulary };
  const meetingsOf = (text: string) => ingestDocument(text, opts).meetings.map((m) => `${m.body} ${m.start} ${m.end} ${m.location?.en} ${m.status}${m.number ? ` #${m.number}` : ''}`);
  return { data, opts, meetingsOf };
}
