import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../lambda/core/ingest';
import { SESSION, ruleReader, sessionDoc } from '../helpers/rule-documents';

/**
 * The reading rules added for the tenth corpus's causes of failure, each on sentences and
 * layouts written for this test (no corpus or UN text): what is read, and what is left out.
 */
const { opts, meetingsOf } = await ruleReader();

/** a masthead as a PDF's two columns come out: the Conference's name on the left, "Distr." and its date on the right, the date's year run one line lower */
const splitMasthead = (lang: 'en' | 'fr', dayLine: string, yearLine: string) =>
  lang === 'fr'
    ? [
        'Nations Unies                                       CTOC/COP/WG.6/2034/3',
        'Conférence des Parties à la                         Distr. générale',
        `Convention des Nations Unies contre la               ${dayLine}`,
        `criminalité transnationale organisée                ${yearLine}`,
        '                                                    Original : anglais',
        '',
        'Groupe de travail sur les armes à feu',
        'Vienne, 12 et 13 juin 2034',
        '',
        '1. Le présent document servira de base aux débats sur le traçage des armes.',
      ].join('\n')
    : [
        'United Nations                                      CTOC/COP/WG.6/2034/3',
        'Conference of the Parties to the United             Distr.: General',
        `Nations Convention against                          ${dayLine}`,
        `Transnational Organized Crime                       ${yearLine}`,
        '                                                    Original: English',
        '',
        'Working Group on Firearms',
        'Vienna, 12 and 13 June 2034',
        '',
        '1. The present paper is meant to guide the debate on the tracing of weapons.',
      ].join('\n');

describe('the Distr. date split over two lines of its column ("3 April" / "2034")', () => {
  it('is the document\'s date, the year being the next line\'s last word (English and French)', () => {
    const en = ingestDocument(splitMasthead('en', '3 April', '2034'), opts);
    expect(en.source.date).toBe('2034-04-03');
    expect(meetingsOf(splitMasthead('en', '3 April', '2034'))).toEqual(['WG.6 2034-06-12 2034-06-13 Vienna scheduled']);
    expect(ingestDocument(splitMasthead('fr', '3 avril', '2034'), opts).source.date).toBe('2034-04-03');
  });
  it('not when the next line ends in no year alone ("… 2034" after a month is a date of its own; no year at all is no date)', () => {
    // (undated, the paper cannot tell whether its meeting is held or scheduled: it is refused, saying so)
    expect(() => ingestDocument(splitMasthead('en', '3 April', 'May 2034'), opts)).toThrow(/no document date/);
    expect(() => ingestDocument(splitMasthead('en', '3 April', 'English'), opts)).toThrow(/no document date/);
  });
});

describe('a date after "dated" / "en date du"', () => {
  it('is a letter\'s or a document\'s date, not a meeting\'s (English and French)', () => {
    const en = sessionDoc('en', 'CTOC/COP/2033/5', '1. States learned of the practical arrangements for the session of the Conference from a circular dated 5 April 2033.');
    expect(meetingsOf(en)).toEqual([SESSION]);
    const fr = sessionDoc('fr', 'CTOC/COP/2033/5', '1. Les États ont été avisés des dispositions relatives à la seizième session de la Conférence par une circulaire en date du 5 avril 2033.');
    expect(meetingsOf(fr)).toEqual([SESSION]);
  });
  it('a meeting\'s dates in the same sentence are still read', () => {
    const en = sessionDoc('en', 'CTOC/COP/2033/5', '1. By a circular dated 5 April 2033, States learned that the Working Group on Firearms would meet in Vienna on 6 and 7 July 2033.');
    expect(meetingsOf(en)).toEqual([SESSION, 'WG.6 2033-07-06 2033-07-07 Vienna scheduled'].sort());
  });
});

describe('a "Congress" (en) / "Congrès" (fr)', () => {
  it('is an organ none of ours: its dates are no meeting of the document\'s group', () => {
    const report = (lang: 'en' | 'fr', sentence: string) =>
      lang === 'fr'
        ? `CTOC/COP/WG.6/2031/4\nDistr. générale\n1er juillet 2031\nConférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée\nRapport sur la réunion du Groupe de travail sur les armes à feu tenue à Vienne les 2 et 3 juin 2031\n\n1. ${sentence}\n`
        : `CTOC/COP/WG.6/2031/4\nDistr.: General\n1 July 2031\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\nReport on the meeting of the Working Group on Firearms held in Vienna on 2 and 3 June 2031\n\n1. ${sentence}\n`;
    const en = report('en', 'The Working Group agreed on two points: (a) States should draw on the declaration of the Sixteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Lisbon, Portugal, from 20 to 25 April 2031, when they revise their laws; (b) the Secretariat should keep its list of experts.');
    expect(meetingsOf(en)).toEqual(['WG.6 2031-06-02 2031-06-03 Vienna held']);
    const fr = report('fr', 'Le Groupe de travail a pris note des résultats du seizième Congrès des Nations Unies pour la prévention du crime et la justice pénale, tenu à Lisbonne du 20 au 25 avril 2031.');
    expect(meetingsOf(fr)).toEqual(['WG.6 2031-06-02 2031-06-03 Vienna held']);
  });
});

describe('a table whose first column, headed by a word of meeting, holds only the ordinal', () => {
  const paper = (lang: 'en' | 'fr', rows: string[]) =>
    lang === 'fr'
      ? `CTOC/COP/WG.6/2034/2\nDistr. générale\n2 mars 2034\nConférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée\nGroupe de travail sur les armes à feu\nVienne, 3 et 4 mai 2034\n\n1. Les réunions passées du Groupe sont rappelées ci-dessous.\n\nRéunion        Lieu et dates                   Sujets\n_____________________________________________________________\n${rows.join('\n')}\n_____________________________________________________________\n\n2. Le Groupe voudra peut-être en tenir compte.\n`
      : `CTOC/COP/WG.6/2034/2\nDistr.: General\n2 March 2034\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\nWorking Group on Firearms\nVienna, 3 and 4 May 2034\n\n1. The Group's past meetings are recalled below.\n\nMeeting        Place and dates                 Subjects\n_____________________________________________________________\n${rows.join('\n')}\n_____________________________________________________________\n\n2. The Group may wish to bear them in mind.\n`;
  const HEADER = 'WG.6 2034-05-03 2034-05-04 Vienna scheduled';
  it("reads each row as a meeting of the document's group, a date wrapped under its cell joining it (English and French)", () => {
    const en = paper('en', ['Eleventh       Geneva, 4 and 5 May 2032        Marking of weapons', 'Twelfth        Vienna, from 9 to 11            Tracing; brokering', '               May 2033']);
    expect(meetingsOf(en)).toEqual(['WG.6 2032-05-04 2032-05-05 Geneva held #11', 'WG.6 2033-05-09 2033-05-11 Vienna held #12', HEADER]);
    const fr = paper('fr', ['Onzième        Genève, 4 et 5 mai 2032         Marquage des armes', 'Douzième       Vienne, du 9 au 11              Traçage ; courtage', '               mai 2033']);
    expect(meetingsOf(fr)).toEqual(['WG.6 2032-05-04 2032-05-05 Geneva held #11', 'WG.6 2033-05-09 2033-05-11 Vienna held #12', HEADER]);
  });
  it('a row stating the place fills in the one a sentence of the same meeting left unstated', () => {
    const en = paper('en', ['Eleventh       Geneva, 4 and 5 May 2032        Marking of weapons']).replace("1. The Group's past meetings are recalled below.", '1. At its eleventh meeting, held on 4 and 5 May 2032, the Group spoke of marking.');
    expect(meetingsOf(en)).toEqual(['WG.6 2032-05-04 2032-05-05 Geneva held #11', HEADER]);
  });
  it('a row opening with an ordinal of something else is no meeting', () => {
    const en = paper('en', ['Eleventh round  Geneva, 4 and 5 May 2032       Marking of weapons']).replace('Meeting        Place', 'Round          Place');
    expect(meetingsOf(en)).toEqual([HEADER]);
  });
});
