import { describe, expect, it } from 'vitest';
import { tableRowsAsLines } from '../../lambda/core/ingest/table-rows';

const words = ['meeting', 'réunion', 'session'];

describe('a table in text extracted from a PDF', () => {
  it('makes each row a paragraph of its own, the meeting column getting its word, a wrapped cell joined to its row', () => {
    const lines = [
      'Table 2',
      ' Organe                                Réunion       Dates',
      ' ____________________________________________________________',
      ' Groupe de travail sur la coopération  Quinzième     3-4 juin 2031',
      '   internationale',
      ' Groupe de travail sur les armes à feu  Onzième       5 et 6 juin 2031',
      ' ____________________________________________________________',
      '',
      '2. The next paragraph.',
    ];
    expect(tableRowsAsLines(lines, words).filter(Boolean)).toEqual([
      'Table 2',
      'Groupe de travail sur la coopération internationale, Quinzième réunion, 3-4 juin 2031.',
      'Groupe de travail sur les armes à feu, Onzième réunion, 5 et 6 juin 2031.',
      '2. The next paragraph.',
    ]);
  });

  it("leaves a masthead's two columns alone", () => {
    const lines = ['Conference of the Parties to the              Distr.: General', 'United Nations Convention against             3 March 2031', 'Transnational Organized Crime                  Original: English'];
    expect(tableRowsAsLines(lines, words)).toEqual(lines);
  });
});
