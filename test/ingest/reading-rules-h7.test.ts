import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../lambda/core/ingest';
import { joinHyphenatedWords } from '../../lambda/core/ingest/line-hyphens';
import { tableRowsAsLines } from '../../lambda/core/ingest/table-rows';
import { COP_EN, COP_FR, SESSION, ruleReader, sessionDoc } from '../helpers/rule-documents';

/**
 * The reading rules added for the seventh corpus's causes of failure, each on sentences
 * written for this test (no corpus or UN text): what is read, and what is left out.
 */
const { opts, meetingsOf } = await ruleReader();
const doc = sessionDoc;

describe('a word hyphenated at the end of a line', () => {
  it('is joined again, without its hyphen when the word is a known place or name or one the text writes whole', () => {
    expect(joinHyphenatedWords(['the group gathered in Gene-', 'va on 3 May.'], ['Geneva'])).toEqual(['the group gathered in Geneva', 'on 3 May.']);
    expect(joinHyphenatedWords(['a long discus-', 'sion; the discussion ended.'])).toEqual(['a long discussion;', 'the discussion ended.']);
  });
  it("keeps a compound's hyphen, and leaves alone a next line opening with a capital or a digit, and a table's columns", () => {
    expect(joinHyphenatedWords(['the follow-', 'up to it'])).toEqual(['the follow-up', 'to it']);
    expect(joinHyphenatedWords(['from 3-', '4 May', 'the Anti-', 'Corruption'])).toEqual(['from 3-', '4 May', 'the Anti-', 'Corruption']);
    expect(joinHyphenatedWords(['Working Group on      Gene-', 'va                    x'], ['Geneva'])).toEqual(['Working Group on      Gene-', 'va                    x']);
  });
  it('gives the place of a meeting whose place the line end cut ("Gene-" / "va")', () => {
    const text = doc('en', 'CTOC/COP/2033/5', '1. The Working Group on Firearms had its third meeting in Gene-\nva from 3 to 5 May 2032.');
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.6 2032-05-03 2032-05-05 Geneva held #3']);
  });
});

describe('a document of an organ none of ours', () => {
  it('is refused by its symbol at the top even when the symbol states no year ("A/AC.300/7")', () => {
    const text = `United Nations                        A/AC.300/7\nGeneral Assembly                      Distr.: General\n                                      2 May 2033\nIntergovernmental Expert Committee on Something Else\nThird session\nGeneva, 3-7 July 2033\n\n1. The third session of the Committee will be held in Geneva from 3 to 7 July 2033.\n`;
    expect(() => ingestDocument(text, opts)).toThrow(/another body \(A\/AC\.300\/7\)/);
    // (a resolution's symbol further down is no masthead)
    expect(meetingsOf(doc('en', 'CTOC/COP/2033/5', '1. Recalling General Assembly resolution A/RES/80/12,\nthe Conference will meet.'))).toEqual([SESSION]);
  });
  it('"At its second session, held …, the <organ> …": a possessive opening its sentence stands for the subject after it', () => {
    const text = doc('en', 'CTOC/COP/2033/5', '1. At its second session, held in Geneva from 3 to 7 April 2032, the Intergovernmental Expert Committee reviewed the draft.\n2. At its twelfth session, held in Vienna from 3 to 7 October 2032, the Conference adopted resolution 12/1.');
    expect(meetingsOf(text)).toEqual(['COP 2032-10-03 2032-10-07 Vienna held #12', SESSION]);
    expect(ingestDocument(text, opts).unplaced.join('\n')).toMatch(/its second session: a meeting of another organ \(Committee\)/);
  });
});

describe('a pronoun standing for a meeting ("that of", "celle du")', () => {
  it('makes the body it complements the one that meets on the dates after its participle, not the group the paper is for', () => {
    const en = `CTOC/COP/WG.3/2033/2\nDistr.: General\n2 March 2033\n${COP_EN}\nWorking Group on International Cooperation\nVienna, 3 and 4 May 2033\n\n1. The Working Group will consider this paper at its twelfth meeting, to be held right after that of the Working Group on Firearms, planned for 1 and 2 May 2033 in Vienna.\n`;
    expect(meetingsOf(en)).toEqual(['WG.3 2033-05-03 2033-05-04 Vienna scheduled', 'WG.6 2033-05-01 2033-05-02 Vienna scheduled']);
    const fr = `CTOC/COP/WG.3/2033/2\nDistr. générale\n2 mars 2033\n${COP_FR}\nGroupe de travail sur la coopération internationale\nVienne, 3 et 4 mai 2033\n\n1. Le Groupe de travail examinera ce document à sa douzième réunion, qui suivra celle du Groupe de travail sur les armes à feu, prévue à Vienne les 1er et 2 mai 2033.\n`;
    expect(meetingsOf(fr)).toEqual(['WG.3 2033-05-03 2033-05-04 Vienna scheduled', 'WG.6 2033-05-01 2033-05-02 Vienna scheduled']);
  });
});

describe('a meeting of another group mentioned in passing', () => {
  it('"the conclusions of <body>, reached at its meeting held in … on …": the body that "its" stands for met on those dates', () => {
    const text = doc('en', 'CTOC/COP/2033/CRP.2', '1. The conclusions of the Working Group on Trafficking in Persons, reached at its meeting held in Vienna on 6 and 7 June 2032, are set out in the annex.');
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.4 2032-06-06 2032-06-07 Vienna held']);
    const fr = doc('fr', 'CTOC/COP/2033/CRP.2', "1. Les conclusions du Groupe de travail sur la traite des personnes, arrêtées à sa réunion tenue à Vienne les 6 et 7 juin 2032, figurent en annexe.");
    expect(meetingsOf(fr)).toEqual([SESSION, 'WG.4 2032-06-06 2032-06-07 Vienna held']);
  });
  it('"At its meeting held on …, during the session of the Conference, the Working Group …": the subject after it, not the Conference', () => {
    const text = doc('en', 'CTOC/COP/2033/5', '1. At its meeting held in Vienna on 4 and 5 October 2032, during the twelfth session of the Conference, the Working Group on Firearms adopted two recommendations.');
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.6 2032-10-04 2032-10-05 Vienna held']);
  });
  it('in a footnote: "the Working Group on its meeting" is the group named before the footnote\'s call, not the one named last', () => {
    const body = '1. Delegates praised the guidance issued by the Working Group on the Smuggling of Migrants after its last meeting,² and asked the Working Group on Firearms to go on.\n\n__________________\n² See the report of the Working Group on its meeting held in Vienna on 12 and\n13 March 2032 (CTOC/COP/WG.7/2032/4).';
    expect(meetingsOf(doc('en', 'CTOC/COP/2033/5', body))).toEqual([SESSION, 'WG.7 2032-03-12 2032-03-13 Vienna held']);
  });
});

describe("a table row whose first cell wraps onto lines of its own, its other cells on the first line", () => {
  it('joins the lines that are only the first cell\'s next words, within the first column; a line opening with a known name is a row', () => {
    const lines = [
      'Event                                 When                   Where',
      'Working Group on International        4 and 5 March 2033     Vienna',
      'Cooperation (twelfth meeting)',
      'Board of the Institute for Crime      6 March 2033           Turin',
      'and Justice Research, annual session',
      'Working Group on Trafficking in       9 March 2033           Vienna',
      'Persons',
      'Working Group on Firearms',
    ];
    const opensRow = (cell: string) => cell.startsWith('Working Group on');
    expect(tableRowsAsLines(lines, ['meeting'], [], () => false, opensRow).filter(Boolean)).toEqual([
      'Working Group on International Cooperation (twelfth meeting), 4 and 5 March 2033, Vienna.',
      'Board of the Institute for Crime and Justice Research, annual session, 6 March 2033, Turin.',
      'Working Group on Trafficking in Persons, 9 March 2033, Vienna.',
      'Working Group on Firearms',
    ]);
  });
  it("gives our groups' meetings of a calendar in such a table, not other organs' rows nor a row with no days", () => {
    const table = [
      'Meeting                                 Dates                  Venue',
      'Board of the Conference                 3 February 2033        Vienna',
      'Commission on Narcotic Drugs,           13-17 March 2033       Vienna',
      'sixty-sixth session',
      'Working Group on International          4 and 5 April 2033     Vienna',
      'Cooperation (fifteenth meeting)',
      'Working Group on Firearms               6 and 7 April 2033     Vienna',
      '(twelfth meeting)',
      'Working Group on the Smuggling of       29 June-               Vienna',
      'Migrants (tenth meeting)                1 July 2033',
      'Working Group on Trafficking in         September 2033         Vienna',
      'Persons                                 (dates to follow)',
    ].join('\n');
    const text = `United Nations                              CTOC/COP/2033/INF/2\n${COP_EN}\nDistr.: General\n9 January 2033\n\nCalendar of meetings in 2033\n\nNote by the Secretariat\n\n1. The meetings planned for the year are the following.\n\n${table}\n\n2. Other organs are listed for information.\n`;
    expect(meetingsOf(text)).toEqual(['WG.3 2033-04-04 2033-04-05 Vienna scheduled #15', 'WG.6 2033-04-06 2033-04-07 Vienna scheduled #12', 'WG.7 2033-06-29 2033-07-01 Vienna scheduled #10']);
  });
});

describe('a meeting moved to new dates', () => {
  const page = (body: string) => `UNODC - United Nations Office on Drugs and Crime\nNews\n\nPosted: 1 March 2033\n\n${body}\n`;
  it('"The meeting of <body>, first planned for …, was postponed. It will now take place on …": the new dates, not the old', () => {
    const text = page('Update: the meeting of the Working Group on Trafficking in Persons first planned for 4 and 5 April 2033 has been deferred. It will instead take place in Vienna on 20 and 21 June 2033.');
    expect(meetingsOf(text)).toEqual(['WG.4 2033-06-20 2033-06-21 Vienna scheduled']);
    expect(ingestDocument(text, opts).unplaced.join('\n')).toMatch(/2033-04-04: postponed or cancelled/);
    const fr = page("La réunion du Groupe de travail sur la traite des personnes, prévue les 4 et 5 avril 2033, a été reportée. Elle se tiendra désormais à Vienne les 20 et 21 juin 2033.");
    expect(meetingsOf(fr)).toEqual(['WG.4 2033-06-20 2033-06-21 Vienna scheduled']);
  });
  it('not when the sentence denies it ("It will not take place on …")', () => {
    const text = page('The meeting of the Working Group on Trafficking in Persons has been cancelled. It will not take place in Vienna on 20 and 21 June 2033 as planned.');
    expect(() => meetingsOf(text)).toThrow(/nothing recognisable/);
  });
});

describe("a web page's date among its fields parted by bars", () => {
  it('is the field that is only a day with its year ("Events | 7 May 2033"), not a date inside a sentence', () => {
    const page = (line: string) => `UNODC - United Nations Office on Drugs and Crime\n${line}\n\nThe Working Group on Firearms will meet in Vienna on 5 and 6 June 2033.\n`;
    expect(ingestDocument(page('Events | 7 May 2033 | Share'), opts).source.date).toBe('2033-05-07');
    expect(ingestDocument(page('Événements | 7 mai 2033'), opts).source.date).toBe('2033-05-07');
    expect(ingestDocument(page('Events | Registration closes on 7 May 2033'), opts).source.date).toBeUndefined();
  });
});
