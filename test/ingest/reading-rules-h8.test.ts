import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../lambda/core/ingest';
import { createPieceJoiner, joinHyphenatedWords } from '../../lambda/core/ingest/line-hyphens';
import { tableRowsAsLines } from '../../lambda/core/ingest/table-rows';
import { COP_EN, COP_FR, SESSION, ruleReader, sessionDoc } from '../helpers/rule-documents';

/**
 * The reading rules added for the eighth corpus's causes of failure, each on sentences
 * written for this test (no corpus or UN text): what is read, and what is left out.
 */
const { opts, meetingsOf } = await ruleReader();
const doc = sessionDoc;
/** a paper of the Working Group on International Cooperation for its meeting of 3 and 4 May 2033, dated 2 March 2033 */
const groupPaper = (lang: 'en' | 'fr', body: string) =>
  lang === 'fr'
    ? `CTOC/COP/WG.3/2033/2\nDistr. générale\n2 mars 2033\n${COP_FR}\nGroupe de travail sur la coopération internationale\nVienne, 3 et 4 mai 2033\n\n${body}\n`
    : `CTOC/COP/WG.3/2033/2\nDistr.: General\n2 March 2033\n${COP_EN}\nWorking Group on International Cooperation\nVienna, 3 and 4 May 2033\n\n${body}\n`;
const PAPER_MEETING = 'WG.3 2033-05-03 2033-05-04 Vienna scheduled';

describe("a word hyphenated at the end of a paragraph's first line", () => {
  it('is joined although spaces part the paragraph number from the text (one column, not two)', () => {
    expect(joinHyphenatedWords(['4.    Then the Confe-', 'rence met.'], ['Conference'])).toEqual(['4.    Then the Conference', 'met.']);
    expect(joinHyphenatedWords(['(b)   the Confe-', 'rence met.'], ['Conference'])).toEqual(['(b)   the Conference', 'met.']);
    // (a masthead's or a table's two columns stay apart)
    expect(joinHyphenatedWords(['Working Group on      Confe-', 'rence                x'], ['Conference'])).toEqual(['Working Group on      Confe-', 'rence                x']);
  });
  it('so the session a fronted possessive stands for is the Conference\'s, named after the cut, not the group the paper is for', () => {
    const en = groupPaper('en', '1.    At its fourteenth session, held in Vienna from 4 to 8 October 2032, the Confe-\nrence asked the group to go on with its work.');
    expect(meetingsOf(en)).toEqual(['COP 2032-10-04 2032-10-08 Vienna held #14', PAPER_MEETING]);
    const fr = groupPaper('fr', '1.    À sa quatorzième session, tenue à Vienne du 4 au 8 octobre 2032, la Confé-\nrence a invité le groupe à poursuivre ses travaux.');
    expect(meetingsOf(fr)).toEqual(['COP 2032-10-04 2032-10-08 Vienna held #14', PAPER_MEETING]);
  });
  it('an ordinal cut in two is a known word: joined without its hyphen, so the meeting keeps its number', () => {
    const fr = groupPaper('fr', '2. Le Groupe de travail a tenu sa quator-\nzième réunion à Genève les 7 et 8 juin 2032.');
    expect(meetingsOf(fr)).toEqual(['WG.3 2032-06-07 2032-06-08 Geneva held #14', PAPER_MEETING]);
    expect(joinHyphenatedWords(['its seven-', 'teenth meeting'], ['seventeenth'])).toEqual(['its seventeenth', 'meeting']);
  });
});

describe("an ordinal's letters set apart from the day (a superscript the extraction spaced)", () => {
  it('"1 er décembre" is the first of December: the masthead\'s date and a meeting\'s', () => {
    const text = `CTOC/COP/WG.3/2033/2\nDistr. générale\n1 er mars 2033\n${COP_FR}\nGroupe de travail sur la coopération internationale\nVienne, 3 et 4 mai 2033\n\n1. Le Groupe de travail s'est réuni à Genève les 1 er et 2 juin 2032.\n`;
    expect(ingestDocument(text, opts).source.date).toBe('2033-03-01');
    expect(meetingsOf(text)).toEqual(['WG.3 2032-06-01 2032-06-02 Geneva held', PAPER_MEETING]);
  });
  it('leaves a number before other words alone ("article 1 er" is no date)', () => {
    const text = groupPaper('fr', '1. Le Groupe de travail examinera le point 1 er de son ordre du jour.');
    expect(meetingsOf(text)).toEqual([PAPER_MEETING]);
  });
});

describe('"le Groupe de travail de" followed by a verb', () => {
  it('"a prié le Groupe de travail de lui faire rapport … à sa quinzième session, qui se tiendra …": the Group is a reference, the session the Conference\'s', () => {
    const fr = groupPaper('fr', '2. Dans cette décision, la Conférence a demandé au Groupe de travail de lui rendre compte à sa quinzième session, qui se tiendra à Vienne du 6 au 10 octobre 2033.');
    expect(meetingsOf(fr)).toEqual(['COP 2033-10-06 2033-10-10 Vienna scheduled #15', PAPER_MEETING]);
    const infinitive = groupPaper('fr', '2. La Conférence a invité le Groupe de travail de poursuivre ses travaux à sa quinzième session, qui se tiendra à Vienne du 6 au 10 octobre 2033.');
    expect(meetingsOf(infinitive)).toEqual(['COP 2033-10-06 2033-10-10 Vienna scheduled #15', PAPER_MEETING]);
  });
  it('an unknown group named "Groupe de travail de <noun>" stays another organ', () => {
    const fr = groupPaper('fr', "2. Le Groupe de travail de rédaction s'est réuni à Vienne le 5 mars 2033.");
    expect(meetingsOf(fr)).toEqual([PAPER_MEETING]);
  });
});

describe('another meeting named with its own article between a body and dates', () => {
  it('"the findings of a regional expert group meeting on tracing, held in … from …" are not the body\'s meeting, with up to four words before "meeting"', () => {
    const en = groupPaper('en', '3. The Working Group also looked at the findings of a regional expert group meeting on tracing, held in Vienna from 2 to 4 March 2032, which it found useful.');
    expect(meetingsOf(en)).toEqual([PAPER_MEETING]);
    const fr = groupPaper('fr', "3. Le Groupe de travail a aussi tenu compte des conclusions d'une réunion régionale informelle d'experts sur le traçage, tenue à Vienne du 2 au 4 mars 2032.");
    expect(meetingsOf(fr)).toEqual([PAPER_MEETING]);
  });
  it("a meeting the body's own verb holds still ties it to its dates", () => {
    const en = groupPaper('en', '3. The Working Group held a short informal two-day meeting in Vienna from 2 to 4 March 2032.');
    expect(meetingsOf(en)).toEqual(['WG.3 2032-03-02 2032-03-04 Vienna held', PAPER_MEETING]);
  });
});

describe('a table whose cell of dates wraps onto lines of its own', () => {
  const lines = [
    ' Body                              Meeting               Dates',
    ' ______________________________________________________________',
    ' Working Group on Firearms         Ninth meeting         3 and 4 May',
    '                                                         2033 (during',
    '                                                         the session)',
    ' Working Group of Government       Tenth meeting         5 and 6 May',
    ' Experts on Technical Assis-                             2033',
    ' tance                                                   (same week)',
    ' ______________________________________________________________',
  ];
  it('joins the pieces standing under a later cell to that cell, not to the first', () => {
    const join = createPieceJoiner(lines, ['Working Group of Government Experts on Technical Assistance']);
    expect(tableRowsAsLines(lines, ['meeting'], [], () => false, () => false, join).filter(Boolean)).toEqual([
      'Working Group on Firearms, Ninth meeting, 3 and 4 May 2033 (during the session).',
      'Working Group of Government Experts on Technical Assistance, Tenth meeting, 5 and 6 May 2033 (same week).',
    ]);
  });
  it('so each row is its meeting, a name hyphenated in its cell made whole', () => {
    const text = doc('en', 'CTOC/COP/2033/INF/1', `1. The meetings planned for 2033 are as follows.\n\n${lines.join('\n')}\n\n2. All of them will be held in Vienna.`);
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.2 2033-05-05 2033-05-06 Vienna scheduled #10', 'WG.6 2033-05-03 2033-05-04 Vienna scheduled #9']);
  });
});
