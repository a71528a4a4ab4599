import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../lambda/core/ingest';
import { cleanDocumentText } from '../../lambda/core/ingest/document-text';
import { tableRowsAsLines } from '../../lambda/core/ingest/table-rows';
import { pdfText } from '../../lambda/adapters/pdf/pdf-text';
import { column, makePdf } from '../helpers/pdf';
import { COP_EN, SESSION, ruleReader, sessionDoc } from '../helpers/rule-documents';

/**
 * The reading rules added for the sixth corpus's causes of failure, each on sentences
 * written for this test (no corpus or UN text): what is read, and what is left out.
 */
const { data, opts, meetingsOf } = await ruleReader();
const doc = sessionDoc;
const months = [...Object.keys(data.vocabulary.months.en), ...Object.keys(data.vocabulary.months.fr)];

describe('a page break in the middle of a sentence', () => {
  const page = (cut: string, goOn: string) => `${cut}\n\n__________________\n* A note at the foot of the page.\n\nV.33-01234 (E)    010333    020333\n*3301234*\n\n2\n\nCTOC/COP/2033/5\n\n${goOn}`;
  it('joins the sentence over the job number, page number and running header, the footnotes after it', () => {
    const text = cleanDocumentText(`CTOC/COP/2033/5 Distr.: General\n${page('1. The Working Group on Trafficking in', 'Persons will meet in May.\n\n2. Next.')}`);
    expect(text.split('\n').filter(Boolean)).toEqual(['CTOC/COP/2033/5 Distr.: General', '1. The Working Group on Trafficking in', 'Persons will meet in May.', '__________________', '* A note at the foot of the page.', '2. Next.']);
  });
  it('keeps a paragraph that ended before the page apart from the one after it', () => {
    const text = cleanDocumentText(page('1. The group met twice.', 'B. Organization of work\n2. Next.'));
    expect(text).toMatch(/met twice\.\n\n[\s\S]*B\. Organization of work/);
  });
  it('keeps a symbol at the very top after a job number: a running header repeats what the masthead gave', () => {
    expect(cleanDocumentText('V.33-01234 (E)\n*3301234*\nCTOC/COP/WG.6/2033/1\nDistr.: General\n2 February 2033\n').split('\n').filter(Boolean)).toEqual(['CTOC/COP/WG.6/2033/1', 'Distr.: General', '2 February 2033']);
  });
  it('goes on with a footnote the break cut, and with a list whose next item opens the next page', () => {
    const note = cleanDocumentText(`CTOC/COP/2033/5 Distr.: General\n1. The group met.\n__________________\n1 See the report of the Working Group on the\n\nV.33-01234 (E)\n\nCTOC/COP/2033/5\n\nSmuggling of Migrants (CTOC/COP/WG.7/2033/2).\n`);
    expect(note).toContain('1 See the report of the Working Group on the\nSmuggling of Migrants');
    const list = cleanDocumentText(`CTOC/COP/2033/5 Distr.: General\n2. The groups met twice:\n(a) First meeting, Vienna, 3 May 2032;\n\nV.33-01234 (E)\n\nCTOC/COP/2033/5\n\n(b) Second meeting, Vienna, 4 June 2032.\n`);
    expect(list).toContain('(a) First meeting, Vienna, 3 May 2032;\n(b) Second meeting');
  });
  it("joins a sentence over a PDF's page end even with no furniture on the page (a form feed between pages)", async () => {
    const pdf = await makePdf([
      [...column(['CTOC/COP/2033/5', 'Distr.: General', '11 March 2033', COP_EN, 'Sixteenth session', 'Vienna, 10-14 October 2033'], 800), ...column(['1. During the year, the Working Group on the Smuggling of'], 600)],
      [...column(['Migrants met in Vienna on 2 and 3 May 2032.'], 800)],
    ]);
    expect(meetingsOf(await pdfText(pdf))).toEqual([SESSION, 'WG.7 2032-05-02 2032-05-03 Vienna held']);
  });
  it("reads the meeting of a body whose name the break cut, as one sentence", () => {
    const text = doc('en', 'CTOC/COP/2033/5', page('1. During the year, the Working Group on the Smuggling of', 'Migrants met in Vienna on 2 and 3 May 2033.'));
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.7 2033-05-02 2033-05-03 Vienna held']);
  });
});

describe('a verb of meeting left out in the next conjunct', () => {
  it('"A met on … and B on …": B met on its dates, with the tense of the verb left out', () => {
    const text = doc('en', 'CTOC/COP/2032/5', '1. The Working Group on Firearms met in Vienna on 3 and 4 May 2032 and the Working Group on Trafficking in Persons on 6 and 7 May 2032.');
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.4 2032-05-06 2032-05-07 Vienna held', 'WG.6 2032-05-03 2032-05-04 Vienna held']);
  });
  it('"A met on …, B on … and C on …": each conjunct after the first', () => {
    const text = doc('en', 'CTOC/COP/2033/5', '1. The Working Group on Firearms will meet on 4 and 5 June 2033, the Working Group on Trafficking in Persons on 7 June 2033 and the Working Group on International Cooperation from 9 to 11 June 2033 in Vienna.');
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.3 2033-06-09 2033-06-11 Vienna scheduled', 'WG.4 2033-06-07 2033-06-07 Vienna scheduled', 'WG.6 2033-06-04 2033-06-05 Vienna scheduled']);
  });
  it('in French, "A s\'est réuni les … et B le …"', () => {
    const text = doc('fr', 'CTOC/COP/2032/5', "1. Le Groupe de travail sur les armes à feu s'est réuni à Vienne les 3 et 4 mai 2032 et le Groupe de travail sur la traite des personnes le 6 mai 2032.");
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.4 2032-05-06 2032-05-06 Vienna held', 'WG.6 2032-05-03 2032-05-04 Vienna held']);
  });
  it('not when the first conjunct says no meeting ("issued its report on …")', () => {
    const text = doc('en', 'CTOC/COP/2032/5', '1. The Working Group on Firearms issued its report in Vienna on 3 May 2032 and the Working Group on Trafficking in Persons on 6 May 2032.');
    expect(meetingsOf(text)).toEqual([SESSION]);
  });
});

describe("a paper's date in the masthead's right column", () => {
  it('is the single day at the end of a line of the Conference\'s name, when there is no Distr. line', () => {
    const text = `United Nations                                 CTOC/COP/2033/CRP.4\nConference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime                  2 October 2033\n\nEnglish only\nSixteenth session\nVienna, 10-14 October 2033\n\n1. This paper describes the arrangements.\n`;
    const r = ingestDocument(text, opts);
    expect(r.source.date).toBe('2033-10-02');
    expect(meetingsOf(text)).toEqual([SESSION]);
  });
  it('or on the line of the language it is issued in ("2 October 2033    English only")', () => {
    const text = `United Nations                                 CTOC/COP/2033/CRP.4\n${COP_EN}\n                                               2 October 2033    English only\nSixteenth session\nVienna, 10-14 October 2033\n\n1. This paper describes the arrangements.\n`;
    expect(ingestDocument(text, opts).source.date).toBe('2033-10-02');
  });
  it('not a title\'s day after a preposition ("held on …")', () => {
    const text = `CTOC/COP/2033/CRP.4\nConference of the Parties\nMeeting of experts held on 2 October 2033\n\n1. A paper.\n`;
    expect(() => ingestDocument(text, opts)).toThrow(/no date/);
  });
});

describe('a footnote marker glued to a year', () => {
  it('is dropped after a date, in either language\'s order ("4 juin 20332", "June 4, 20331")', () => {
    expect(cleanDocumentText('tenue les 3 et 4 juin 20332, il a', [], [], months)).toBe('tenue les 3 et 4 juin 2033, il a');
    expect(cleanDocumentText('held on June 4, 20331 in Vienna', [], [], months)).toBe('held on June 4, 2033 in Vienna');
    // a number that is no date's year stays
    expect(cleanDocumentText('resolution 20331 of the Council', [], [], months)).toBe('resolution 20331 of the Council');
    // after the stop that ends a sentence on a year or a word ("juin 2033.2 Il", "Protocol.3 The"), not in a symbol or a number
    expect(cleanDocumentText('tenue les 3 et 4 juin 2033.2 Il a', [], [], months)).toBe('tenue les 3 et 4 juin 2033. Il a');
    expect(cleanDocumentText('under the Protocol.3 The group')).toBe('under the Protocol. The group');
    expect(cleanDocumentText('see CTOC/COP/2033/CRP.2 and article 32.1 and 2.5 per cent')).toBe('see CTOC/COP/2033/CRP.2 and article 32.1 and 2.5 per cent');
    expect(cleanDocumentText('CTOC/COP/2033/3/Corr.1 and CTOC/COP/2033/4/Rev.2 here')).toBe('CTOC/COP/2033/3/Corr.1 and CTOC/COP/2033/4/Rev.2 here');
  });
  it('gives the meeting of that year, not one in the document\'s year', () => {
    const text = doc('fr', 'CTOC/COP/2033/5', "1. À sa neuvième réunion, tenue à Vienne les 3 et 4 juin 20312, le Groupe de travail sur les armes à feu a formulé des recommandations.");
    expect(meetingsOf(text)).toEqual([SESSION, 'WG.6 2031-06-03 2031-06-04 Vienna held #9']);
  });
});

describe("a header's place and dates after an organ none of ours", () => {
  it('is that organ\'s meeting, not the page\'s group\'s', () => {
    const text = `UNODC\nWorking Group on Firearms\n\nPosted: 2 February 2033\n\nThe Working Group on Firearms will hold its fourteenth meeting in Vienna on 5 and 6 April 2033.\n\nAlso coming up\n• Commission on Narcotic Drugs, seventy-sixth session, Vienna, 13-17 March 2033\n• Board of Auditors, annual session, New York, 20-22 July 2033\n`;
    expect(meetingsOf(text)).toEqual(['WG.6 2033-04-05 2033-04-06 Vienna scheduled #14']);
  });
  it("is the page's group's when the line is itself one of its meetings (\"Previous meetings / Thirteenth meeting, Vienna, …\")", () => {
    const text = `UNODC\nWorking Group on Firearms\n\nPosted: 2 February 2033\n\nThe Working Group on Firearms will hold its fourteenth meeting in Vienna on 5 and 6 April 2033. Registration is open.\n\nPrevious meetings\nThirteenth meeting, Vienna, 3-5 May 2032\n`;
    expect(meetingsOf(text)).toEqual(['WG.6 2032-05-03 2032-05-05 Vienna held #13', 'WG.6 2033-04-05 2033-04-06 Vienna scheduled #14']);
  });
  it("is the Conference's when the Conference is named last before it with its session, not a group named further up", () => {
    const text = `UNODC\nWorking Group on Firearms\n\nPosted: 2 February 2033\n\nThe Working Group on Firearms will hold its fourteenth meeting in Vienna on 5 and 6 April 2033.\n\nUpcoming events\n• ${COP_EN}, seventeenth session, Vienna, 11-15 October 2033\n`;
    expect(meetingsOf(text)).toEqual(['COP 2033-10-11 2033-10-15 Vienna scheduled #17', 'WG.6 2033-04-05 2033-04-06 Vienna scheduled #14']);
  });
  it("nor the page's group's when it stands far below the group's name, past a finished sentence (an event with no organ named)", () => {
    const text = `UNODC\nWorking Group on Firearms\n\nPosted: 2 February 2033\n\nThe Working Group on Firearms will hold its fourteenth meeting in Vienna on 5 and 6 April 2033.\n\nRelated events\nRegional workshop on marking and record-keeping\nBangkok, 13-15 March 2033\n`;
    expect(meetingsOf(text)).toEqual(['WG.6 2033-04-05 2033-04-06 Vienna scheduled #14']);
    expect(ingestDocument(text, opts).unplaced.join('\n')).toMatch(/Bangkok, 13-15 March 2033.*too far below/);
  });
});

describe('a pronoun opening a sentence', () => {
  it('stands for the body the sentence before opened with ("It met", "Il s\'est réuni")', () => {
    expect(meetingsOf(doc('en', 'CTOC/COP/2032/5', '1. The Working Group on Firearms was set up in 2010. It met in Vienna on 3 and 4 May 2032.'))).toEqual([SESSION, 'WG.6 2032-05-03 2032-05-04 Vienna held']);
    expect(meetingsOf(doc('fr', 'CTOC/COP/2032/5', "1. Le Groupe de travail sur les armes à feu a été créé en 2010. Il s'est réuni à Vienne les 3 et 4 mai 2032."))).toEqual([SESSION, 'WG.6 2032-05-03 2032-05-04 Vienna held']);
  });
  it("goes on from pronoun to pronoun, and owns the sentence's possessive meeting (\"It held its fifth meeting …\")", () => {
    expect(meetingsOf(doc('en', 'CTOC/COP/2033/5', '1. The Working Group on Firearms was set up in 2010. It held its fifth meeting in Vienna on 3 and 4 May 2032. It will meet again from 6 to 8 November 2033.'))).toEqual([
      SESSION,
      'WG.6 2032-05-03 2032-05-04 Vienna held #5',
      'WG.6 2033-11-06 2033-11-08 Vienna scheduled',
    ]);
  });
  it('not for a body the sentence before names in passing ("The report of <body> …. It met …")', () => {
    expect(meetingsOf(doc('en', 'CTOC/COP/2032/5', '1. The report of the Working Group on Firearms was issued. It met in Vienna on 3 and 4 May 2032.'))).toEqual([SESSION]);
    // (nor, in a document of the Conference, the Conference: it holds sessions, not numbered meetings)
    expect(meetingsOf(doc('en', 'CTOC/COP/2032/5', '1. The report of the Working Group on Firearms was issued. It held its ninth meeting in Vienna on 3 and 4 May 2032.'))).toEqual([SESSION]);
  });
});

describe("a table's cells wrapped onto the next line", () => {
  const words = ['meeting', 'réunion', 'session'];
  it('join their row, cell by cell, when the line under it goes on in lower case or leaves the first column empty', () => {
    const lines = [
      ' Body and meeting                  Where and when          Report',
      ' Working Group on the Smuggling    Vienna, 30 June-2       CTOC/COP/WG.7/2033/4',
      ' of Migrants, tenth meeting        July 2033',
      ' Working Group on Firearms,        Vienna, 8 and 9',
      '                                   September 2033',
      ' Working Group on Trafficking      Vienna, 1 June 2033',
    ];
    expect(tableRowsAsLines(lines, words).filter(Boolean)).toEqual([
      'Working Group on the Smuggling of Migrants, tenth meeting, Vienna, 30 June-2 July 2033, CTOC/COP/WG.7/2033/4.',
      'Working Group on Firearms,, Vienna, 8 and 9 September 2033.',
      'Working Group on Trafficking, Vienna, 1 June 2033.',
    ]);
  });
  it('not when the line has a cell in every column and its first in capitals, nor for a footnote marker in the first cell', () => {
    const lines = [
      ' Body and meeting                  Where and when          Report',
      ' Working Group on Firearms,2       Vienna, 8 and 9 March   CTOC/COP/WG.6/2033/4',
      ' Working Group on Trafficking in   Vienna, 1 and 2         CTOC/COP/WG.4/2033/4',
      ' Persons, tenth meeting            June 2033',
    ];
    expect(tableRowsAsLines(lines, words).filter(Boolean)).toEqual([
      'Working Group on Firearms,2, Vienna, 8 and 9 March, CTOC/COP/WG.6/2033/4.',
      'Working Group on Trafficking in Persons, tenth meeting, Vienna, 1 and 2 June 2033, CTOC/COP/WG.4/2033/4.',
    ]);
  });
  it('go on over a page break in the table (job number, page number, running header, the header row repeated)', () => {
    const lines = [
      ' Body and meeting                  Where and when          Report',
      ' Working Group on Firearms,        Vienna, 8 and 9         CTOC/COP/WG.6/2033/4',
      ' eleventh meeting                  March 2033',
      '',
      'V.33-01234 (E)    010333    020333',
      '',
      '2',
      '',
      ' Body and meeting                  Where and when          Report',
      ' Working Group on Trafficking in   Vienna, 1 and 2         CTOC/COP/WG.4/2033/4',
      ' Persons, tenth meeting            June 2033',
    ];
    expect(tableRowsAsLines(lines, words, [], (l) => /^V\.\d|^\s*\d\s*$/.test(l)).filter(Boolean)).toEqual([
      'Working Group on Firearms, eleventh meeting, Vienna, 8 and 9 March 2033, CTOC/COP/WG.6/2033/4.',
      'Working Group on Trafficking in Persons, tenth meeting, Vienna, 1 and 2 June 2033, CTOC/COP/WG.4/2033/4.',
    ]);
  });
  it('and a header row whose rows start on the next page still heads them', () => {
    const lines = [' Body and meeting                  Where and when          Report', '', 'V.33-01234 (E)', '', ' Working Group on Firearms,        Vienna, 8 and 9         CTOC/COP/WG.6/2033/4', ' eleventh meeting                  March 2033'];
    expect(tableRowsAsLines(lines, words, [], (l) => /^V\.\d/.test(l)).filter(Boolean)).toEqual(['Working Group on Firearms, eleventh meeting, Vienna, 8 and 9 March 2033, CTOC/COP/WG.6/2033/4.']);
  });
  it('or when the row was left open: days with no year yet, a first cell stopping on "in", "sur la"', () => {
    const lines = [
      ' Body and meeting                  Where and when          Report',
      ' Working Group on Trafficking in   Vienna, 30 June-2       CTOC/COP/WG.4/2033/4',
      ' Persons, tenth meeting            July 2033',
      ' Working Group on Firearms,        Vienna, 8 and 9         CTOC/COP/WG.6/2033/4',
      ' Eleventh meeting                  September 2033',
      ' Working Group on Firearms         Vienna, 1 July 2033',
      ' Working Group on Trafficking      Vienna, 1 June 2033',
    ];
    expect(tableRowsAsLines(lines, words).filter(Boolean)).toEqual([
      'Working Group on Trafficking in Persons, tenth meeting, Vienna, 30 June-2 July 2033, CTOC/COP/WG.4/2033/4.',
      'Working Group on Firearms, Eleventh meeting, Vienna, 8 and 9 September 2033, CTOC/COP/WG.6/2033/4.',
      'Working Group on Firearms, Vienna, 1 July 2033.',
      'Working Group on Trafficking, Vienna, 1 June 2033.',
    ]);
  });
});
