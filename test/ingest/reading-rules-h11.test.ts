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
