import { describe, expect, it } from 'vitest';
import { createPieceJoiner } from '../../lambda/core/ingest/line-hyphens';
import { COP_EN, COP_FR, ruleReader } from '../helpers/rule-documents';

/**
 * The reading rules added for the eleventh corpus's causes of failure, each on sentences
 * and layouts written for this test (no corpus or UN text): what is read, and what is left out.
 */
const { meetingsOf } = await ruleReader();
const note = (table: string) =>
  `CTOC/COP/2033/8\nDistr.: General\n7 August 2033\nOriginal: English\n${COP_EN}\nSeventeenth session\nVienna, 12–16 October 2033\n\nNote by the Secretariat\n\n1. The table lists the meetings of the groups.\n\n${table}\n\n2. The Conference may wish to take note.\n`;

describe('a table whose rows are parted by blank lines, a blank line under its header', () => {
  const table = [
    '      Working group               Meeting        Dates                      Report',
    '',
    '      Working Group on            Tenth          28 and 29 May 2032         CTOC/COP/WG.3/',
    '      International Cooperation                                             2032/4',
    '',
    '      Working Group on Firearms   Sixth          30 September to            CTOC/COP/WG.6/',
    '                                                 2 October 2032             2032/5',
    '',
    '      __________________',
    '       a  Originally planned for 20–22 April 2032.',
  ].join('\n');

  it('reads each row, its cells wrapped, and stops at the footnotes', () => {
    expect(meetingsOf(note(table)).sort()).toEqual(['COP 2033-10-12 2033-10-16 Vienna scheduled #17', 'WG.3 2032-05-28 2032-05-29 Vienna held #10', 'WG.6 2032-09-30 2032-10-02 Vienna held #6']);
  });

  it('a symbol wrapped at a slash is one symbol', () => {
    const join = createPieceJoiner([]);
    expect(join('CTOC/COP/WG.3/', '2032/4')).toBe('CTOC/COP/WG.3/2032/4');
    expect(join('Working Group on', 'Firearms')).toBe('Working Group on Firearms');
  });

  it('two columns of text parted by a blank line are no table', () => {
    const prose = '      Some remarks                Other remarks\n\n      The Working Group           met in Vienna on 3 May 2032.';
    expect(meetingsOf(note(prose))).not.toContain('WG.3 2032-05-28 2032-05-29 Vienna held #10');
  });
});

describe('a possessive opening its sentence, a name a preposition of time governs in its clauses', () => {
  const paper = (sentence: string) =>
    `CTOC/COP/WG.3/2033/1\nDistr. générale\n1er juin 2033\n${COP_FR}\nGroupe de travail sur la coopération internationale\nVienne, 7 et 8 juillet 2033\n\n1. Dans sa résolution 16/4, la Conférence a prié le Groupe de travail de poursuivre ses travaux. ${sentence}\n`;
  it('stands for the subject after it, not for the Conference named "en marge de" its session', () => {
    expect(meetingsOf(paper('À sa onzième réunion, tenue à Vienne les 14 et 15 octobre 2032, en marge de la seizième session de la Conférence, tenue du 12 au 16 octobre 2032, le Groupe de travail a fait des recommandations.'))).toContain(
      'WG.3 2032-10-14 2032-10-15 Vienna held #11',
    );
  });
});

describe('dates a meeting was moved from, and the dates it was moved to', () => {
  const report = (lang: 'en' | 'fr', body: string) =>
    lang === 'fr'
      ? `CTOC/COP/WG.4/2033/3\nDistr. générale\n12 juillet 2033\n${COP_FR}\nGroupe de travail sur la traite des personnes\nVienne, 21-23 juin 2033\n\n${body}\n`
      : `CTOC/COP/WG.4/2033/3\nDistr.: General\n12 July 2033\n${COP_EN}\nWorking Group on Trafficking in Persons\nVienna, 21–23 June 2033\n\n${body}\n`;
  const HEADER = 'WG.4 2033-06-21 2033-06-23 Vienna held';

  it('"originally scheduled for …" are not its dates; a verb of holding after it gives the new ones, and their status', () => {
    expect(meetingsOf(report('en', '1. The eleventh meeting had originally been scheduled to take place from 13 to 15 April 2033. The Bureau decided to postpone it.'))).toEqual([HEADER]);
    expect(meetingsOf(report('en', '1. Its tenth meeting, originally scheduled for April, was held in Vienna from 6 to 8 July 2032.'))).toEqual(['WG.4 2032-07-06 2032-07-08 Vienna held #10', HEADER]);
    expect(meetingsOf(report('fr', "1. Sa dixième réunion, initialement prévue du 3 au 5 mai 2032, s'est tenue à Vienne du 7 au 9 juin 2032."))).toEqual(['WG.4 2032-06-07 2032-06-09 Vienna held #10', HEADER]);
    expect(meetingsOf(report('fr', '1. La douzième réunion, initialement prévue du 3 au 5 mai 2034, se tiendra à Vienne du 7 au 9 juin 2034.'))).toEqual([HEADER, 'WG.4 2034-06-07 2034-06-09 Vienna scheduled #12']);
  });

  it('"postponed" after the dates strikes them; "was rescheduled to take place" is future as of the document', () => {
    const text = report(
      'en',
      '1. The meeting of the Working Group on Trafficking in Persons, originally scheduled to be held from 20 to 22 April 2033, was postponed. By a decision of the Bureau, the twelfth meeting of the Working Group was rescheduled to take place in Vienna from 9 to 11 September 2033.',
    );
    expect(meetingsOf(text)).toEqual([HEADER, 'WG.4 2033-09-09 2033-09-11 Vienna scheduled #12']);
  });
});

describe('a press release naming the session after its dates', () => {
  const release = [
    'For information only - not an official document',
    '',
    'UNIS/CP/911',
    '6 October 2033',
    '',
    'Conference of the Parties to the Organized Crime Convention opens in Vienna',
    '',
    'Seventeenth session to review the Convention and Protocols, 8 to 12 October 2033',
    '',
    'VIENNA, 6 October (UN Information Service) -- Some 800 delegates will meet in Vienna from 8 to 12 October 2033 for the seventeenth session of the Conference of the Parties to the Palermo Convention.',
    '',
    'A working group of government experts on technical assistance will meet on 10 and 11 October 2033, in conjunction with the session.',
  ].join('\n');

  it('"… will meet … from 8 to 12 October for the seventeenth session of <body>": the dates are that session\'s', () => {
    // (and the ordinal named there is its number)
    expect(meetingsOf(release)).toContain('COP 2033-10-08 2033-10-12 Vienna scheduled #17');
  });
  it('"Convention and Protocols, 8 to 12 October": a word after "and" is no header place', () => {
    expect(meetingsOf(release).some((m) => m.includes('Protocols'))).toBe(false);
  });
  it('a meeting naming no place, held during a session found later, is where the session is', () => {
    expect(meetingsOf(release)).toContain('WG.2 2033-10-10 2033-10-11 Vienna scheduled');
  });
  it('without a verb of meeting, the session after the dates takes none of them', () => {
    expect(meetingsOf(release.replace('will meet in Vienna from', 'were registered from')).join('\n')).not.toMatch(/COP 2033-10-08 2033-10-12/);
  });
});

describe("a pronoun standing for the meeting a news item's first sentence opened with, after its dateline", () => {
  it.each([
    ['en', 'News\n\nVienna, 12 October 2033 - The seventeenth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime will open next Monday. It will run from 15 to 19 October and bring together 1,000 participants.\n'],
    [
      'fr',
      "Actualités\n\nVienne, 12 octobre 2033 - La dix-septième session de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée s'ouvrira lundi prochain. Elle se déroulera du 15 au 19 octobre et réunira 1 000 participants.\n",
    ],
  ])('%s', (_lang, page) => {
    expect(meetingsOf(page)).toEqual(['COP 2033-10-15 2033-10-19 Vienna scheduled']);
  });
});

describe('another event named between a body and dates (the twelfth corpus)', () => {
  const agenda = (lang: 'en' | 'fr', sentence: string) =>
    lang === 'fr'
      ? `CTOC/COP/WG.4/2033/1\nDistr. générale\n2 mars 2033\n${COP_FR}\nGroupe de travail sur la traite des personnes\nVienne, 3-5 mai 2033\n\n1. ${sentence}\n`
      : `CTOC/COP/WG.4/2033/1\nDistr.: General\n2 March 2033\n${COP_EN}\nWorking Group on Trafficking in Persons\nVienna, 3–5 May 2033\n\n1. ${sentence}\n`;
  const HEADER = 'WG.4 2033-05-03 2033-05-05 Vienna scheduled';
  it.each([
    ['en', 'The Working Group may wish to consider the assistance provided, including the regional training held in Bangkok from 2 to 4 April 2032.'],
    ['fr', "Le Groupe de travail souhaitera peut-être s'appuyer sur les conclusions de l'atelier régional tenu à Abidjan du 8 au 10 octobre 2032."],
  ])('owns the dates, not the body (%s)', (lang, sentence) => {
    expect(meetingsOf(agenda(lang as 'en' | 'fr', sentence))).toEqual([HEADER]);
  });
  it('the body still owns dates of its own meeting', () => {
    expect(meetingsOf(agenda('en', 'The Working Group held its twelfth meeting in Vienna from 2 to 4 April 2032.'))).toEqual(['WG.4 2032-04-02 2032-04-04 Vienna held #12', HEADER]);
  });
});
