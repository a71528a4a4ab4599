import { describe, expect, it } from 'vitest';
import { COP_EN, COP_FR, ruleReader } from '../helpers/rule-documents';

/**
 * Reading rules added for the fifteenth held-out corpus's causes of failure (official
 * documents, calendars, tables, web pages), each on documents written for this test (no
 * UN text): what is read, and what is left out.
 */
const { meetingsOf } = await ruleReader();

describe("another organ's documents and groups", () => {
  it('a symbol of a series with two numbers after it (A/HRC/WG.10/5/2) is another organ\'s', () => {
    const doc = 'United Nations A/HRC/WG.10/5/2\nGeneral Assembly\nDistr.: General\n11 July 2040\nOriginal: English\nHuman Rights Council\nOpen-ended intergovernmental working group on security companies\nFifth session\nGeneva, 15–19 April 2040\n\n1. The working group held its fifth session in Geneva from 15 to 19 April 2040.\n';
    expect(() => meetingsOf(doc)).toThrow(/a document of another body \(A\/HRC\/WG\.10\/5\/2\)/);
  });

  it("a group another organ owns by a possessive (\"The Forum's Working Group on Firearms\") is that organ's wherever it is named", () => {
    const page = (owner: string) =>
      `POLICE FORUM NEWSLETTER\n\n${owner} Working Group on Firearms held its twelfth meeting in Bratislava on 14 and 15 March 2040.\n\nThe next meeting of the Working Group on Firearms will be held in Vienna on 3 and 4 October 2040.\n`;
    expect(() => meetingsOf(page("The Forum's"))).toThrow(/not a document of the Conference/);
    // (the Conference's own group is ours)
    expect(meetingsOf(page("UNODC news\n\nThe Conference's"))).toEqual(['WG.6 2040-03-14 2040-03-15 Bratislava held #12', 'WG.6 2040-10-03 2040-10-04 Vienna scheduled']);
  });
});

describe('tables of meetings as a PDF lays them out', () => {
  const note = (table: string, after = '') =>
    `CTOC/COP/2039/14\nDistr.: General\n9 December 2039\n${COP_EN}\n\nIndicative schedule of meetings\n\nNote by the Secretariat\n\n1. The schedule below was approved by the extended Bureau.\n\n${table}\n\n${after}`;
  const calendar = [
    '             Meeting                                                  Dates',
    '             ____________________________________________________________________________',
    '',
    '             2040',
    '',
    '             Working Group on Firearms, eleventh meeting              2–4 June',
    '',
    '             Working Group on the Smuggling of Migrants,              7–9 July a',
    '             tenth meeting',
    '',
    '             2041',
    '',
    '             Working Group on Firearms, twelfth meeting               To be determined',
    '',
    '             Working Group on Trafficking in Persons,                 29 September–',
    '             fourteenth meeting                                       1 October',
    '             ____________________________________________________________________________',
    '             a   To be held online only.',
  ].join('\n');

  it('two columns with blank lines between the rows, years on lines of their own, a row with no date, a footnote letter after the dates', () => {
    expect(meetingsOf(note(calendar)).sort()).toEqual(['WG.4 2041-09-29 2041-10-01 undefined scheduled #14', 'WG.6 2040-06-02 2040-06-04 undefined scheduled #11', 'WG.7 2040-07-07 2040-07-09 undefined scheduled #10']);
    // (the review file keeps the row with no dates; the place is the one a sentence states for all meetings)
    const placed = meetingsOf(note(calendar, '2. Unless otherwise indicated, all meetings will take place in Vienna.'));
    expect(placed.sort()).toEqual(['WG.4 2041-09-29 2041-10-01 Vienna scheduled #14', 'WG.6 2040-06-02 2040-06-04 Vienna scheduled #11', 'WG.7 2040-07-07 2040-07-09 undefined scheduled #10']);
  });

  it('a first column headed "Working group" giving only the groups\' subjects; a last cell "Online" is no place', () => {
    const table = [
      '             Working group              Meeting      Dates                  Format and venue',
      '             ___________________________________________________________________________________',
      '             Trafficking in Persons     Tenth        26 and 27 April 2039   Online',
      '             Firearms                   Seventh      10–12 May 2039         Hybrid (Vienna)',
      '             International              Eleventh     9 and 10 June 2039     Hybrid (Vienna)',
      '             Cooperation',
      '             ___________________________________________________________________________________',
    ].join('\n');
    expect(meetingsOf(note(table)).sort()).toEqual(['WG.3 2039-06-09 2039-06-10 Vienna held #11', 'WG.4 2039-04-26 2039-04-27 undefined held #10', 'WG.6 2039-05-10 2039-05-12 Vienna held #7']);
  });

  it("a table's last row is no heading: \"the Working Group\" after it is the one its paragraph named", () => {
    const table = [
      '             Working group               Meeting        Dates',
      '',
      '             Working Group on            Tenth          28 and 29 May 2039',
      '             International Cooperation',
      '',
      '             Working Group on            Eleventh       Postponed',
      '             Technical Assistance',
      '             ___________________________',
    ].join('\n');
    const after = '2. The meeting of the Working Group on Trafficking in Persons planned for April 2040 was postponed. The tenth meeting of the Working Group will take place in Vienna from 9 to 11 September 2040.';
    expect(meetingsOf(note(table, after)).sort()).toEqual(['WG.3 2039-05-28 2039-05-29 Vienna held #10', 'WG.4 2040-09-09 2040-09-11 Vienna scheduled #10']);
  });

  it('a table titled with its year ("Projet de calendrier pour 2040") gives its rows that year', () => {
    const table = [
      '             Tableau',
      '             Projet de calendrier pour 2040',
      '',
      '             Groupe de travail                              Réunion            Dates proposées',
      '             _____________________________________________________________________________',
      '             Groupe de travail sur la coopération           Dixième            27 et 28 mai',
      '             internationale',
      '             Groupe de travail sur les armes à feu          Septième           À déterminer',
      '             _____________________________________________________________________________',
    ].join('\n');
    const doc = `CTOC/COP/2039/CRP.2\nDistr. limitée\n16 octobre 2039\n${COP_FR}\n\nProjet de calendrier\n\n1. Il est proposé que les réunions suivantes se tiennent à Vienne.\n\n${table}\n`;
    expect(meetingsOf(doc)).toEqual(['WG.3 2040-05-27 2040-05-28 Vienna scheduled #10']);
  });
});

describe('sentences of official documents', () => {
  const report = (lang: 'en' | 'fr', body: string) =>
    lang === 'en'
      ? `CTOC/COP/WG.2/2041/4\nDistr.: General\n2 July 2041\nOriginal: English\nWorking Group of Government Experts on Technical Assistance\n\nReport\n\n1. ${body}\n`
      : `CTOC/COP/WG.2/2041/4\nDistr. générale\n2 juillet 2041\nFrançais\nGroupe de travail d'experts gouvernementaux sur l'assistance technique\n\nRapport\n\n1. ${body}\n`;

  it('"At their meetings held … on 5 and 6 June and on 7 and 8 June 2040, respectively, A and B …": the bodies after the dates, the year of the last span', () => {
    const body = 'At their meetings held in Vienna on 5 and 6 June and on 7 and 8 June 2040, respectively, the Working Group on International Cooperation and the Working Group on Technical Assistance recommended an update.';
    expect(meetingsOf(report('en', body)).sort()).toEqual(['WG.2 2040-06-07 2040-06-08 Vienna held', 'WG.3 2040-06-05 2040-06-06 Vienna held']);
    // (a span joined to the next takes the year before when its month comes later)
    const across = 'At their meetings held in Vienna on 9 and 10 December and on 7 and 8 June 2040, respectively, the Working Group on International Cooperation and the Working Group on Technical Assistance recommended an update.';
    expect(meetingsOf(report('en', across)).sort()).toEqual(['WG.2 2040-06-07 2040-06-08 Vienna held', 'WG.3 2039-12-09 2039-12-10 Vienna held']);
  });

  it('"les 5 et 6 juin 2040 (quatorzième réunion) et les 8 et 9 juillet 2041 (quinzième réunion)": dates chained past a note in brackets; the later one takes the ordinal in its own brackets, not the earlier one\'s', () => {
    const body = "Le Groupe de travail sur la coopération internationale s'est réuni à deux reprises, à Vienne : les 5 et 6 juin 2040 (quatorzième réunion) et les 8 et 9 juillet 2041 (quinzième réunion).";
    const doc = `CTOC/COP/2041/6\nDistr. générale\n31 juillet 2041\n${COP_FR}\n\nNote\n\n1. ${body}\n`;
    expect(meetingsOf(doc).sort()).toEqual(['WG.3 2040-06-05 2040-06-06 Vienna held', 'WG.3 2041-07-08 2041-07-09 Vienna held #15']);
  });

  it('a place cut at a line end is read whole ("…, à\\nVienne"), never as a piece of it', () => {
    const body = "La réunion s'est tenue juste avant celle du Groupe de travail sur la coopération internationale, qui a eu lieu les 9 et 10 juin 2041 sous forme hybride, à\nVienne.";
    expect(meetingsOf(report('fr', body))).toEqual(['WG.3 2041-06-09 2041-06-10 Vienna held']);
  });

  it('"la réunion du Groupe interinstitutions …" is another group\'s (ingest.otherGroupWords), not the document\'s', () => {
    const body = "Le Groupe de travail voudra peut-être tenir compte des conclusions de la réunion du Groupe interinstitutions de coordination contre la traite des personnes tenue à New York le 6 mars 2041.";
    const doc = `CTOC/COP/WG.4/2041/1\nDistr. générale\n12 juillet 2041\nGroupe de travail sur la traite des personnes\nVienne, 2 et 3 octobre 2041\n\nOrdre du jour provisoire\n\n1. ${body}\n`;
    expect(meetingsOf(doc)).toEqual(['WG.4 2041-10-02 2041-10-03 Vienna scheduled']);
    // (the group's own meeting is still read)
    expect(meetingsOf(doc.replace('Groupe interinstitutions de coordination contre la traite des personnes tenue à New York le 6 mars 2041', 'Groupe tenue à Vienne les 6 et 7 mars 2041'))).toEqual(['WG.4 2041-03-06 2041-03-07 Vienna held', 'WG.4 2041-10-02 2041-10-03 Vienna scheduled']);
  });

  it('"… by the Conference in its decision 5/4, and that its first meeting had been held …": the Conference holds sessions, the meeting is the group\'s', () => {
    const body = 'A representative of the Secretariat recalled that the Working Group on Firearms had been established by the Conference in its decision 5/4, and that its first meeting had been held in Vienna on 20 and 21 May 2030.';
    expect(meetingsOf(report('en', body))).toEqual(['WG.6 2030-05-20 2030-05-21 Vienna held #1']);
    // (its session is the Conference's)
    expect(meetingsOf(report('en', body.replace('its first meeting had been held in Vienna on 20 and 21 May 2030', 'its fifth session had been held in Vienna from 18 to 22 October 2030')))).toEqual(['COP 2030-10-18 2030-10-22 Vienna held #5']);
  });
});

describe('web pages of a meeting', () => {
  const page = (footer: string) =>
    `UNODC\n\nWorking Group on Trafficking in Persons\nFourteenth meeting\n\nDates: 29 September – 1 October 2035\nVenue: Vienna\n\n${'Documents\nA line of the page menu\n'.repeat(12)}\nPrevious meetings\nThe previous meetings of the Working Group were all held in Vienna.\nThirteenth meeting – 2 and 3 October 2033 – Report (CTOC/COP/WG.4/2033/4)\nTwelfth meeting – 13–15 June 2032 – Report (CTOC/COP/WG.4/2032/4)\n\n${footer}\n`;

  it('lines listing one meeting each ("Thirteenth meeting – 2 and 3 October 2033 – Report"), the page dated by its footer\'s "Last updated"', () => {
    expect(meetingsOf(page('Published on 4 August 2035')).sort()).toEqual(['WG.4 2032-06-13 2032-06-15 Vienna held #12', 'WG.4 2033-10-02 2033-10-03 Vienna held #13', 'WG.4 2035-09-29 2035-10-01 Vienna scheduled #14']);
    // (published after the meeting: held; a "Last updated" line is no date of the text, test/ingest/reading-rules.test.ts)
    expect(meetingsOf(page('Published on 4 October 2035'))).toContain('WG.4 2035-09-29 2035-10-01 Vienna held #14');
  });

  it('a sentence going on at a line\'s start ("troisième session, les 11 et 12 octobre 2006.") is no list line', () => {
    const doc = `CTOC/COP/2040/2\nDistr. générale\n26 octobre 2040\n${COP_FR}\n\nRapport\n\n2. Le Groupe de travail sur l'assistance technique a tenu sa première réunion pendant la\ntroisième session, les 11 et 12 octobre 2040. Les recommandations figurent au chapitre IV.\n`;
    expect(meetingsOf(doc)).toEqual(['WG.2 2040-10-11 2040-10-12 undefined held #1']);
  });
});

describe('the fifth real set: a split symbol, "this Working Group", French present tense, a dated news line', () => {
  it('a symbol the extraction broke after its first part ("CTOC" / "/COP/WG.3/2040/2") is ours', () => {
    const doc = `United Nations\nCTOC\n/COP/WG.3/2040/2\n${COP_EN}\nDistr.: General\n12 May 2040\nOriginal: English\nWorking Group on International\nCooperation\nVienna, 7 and 8 July 2040\nItem 2 of the provisional agenda\n\nBackground paper prepared by the Secretariat\n\n1. Joint investigations are a form of cooperation.\n`;
    expect(meetingsOf(doc)).toEqual(['WG.3 2040-07-07 2040-07-08 Vienna scheduled']);
  });

  it('"A first meeting of this Working Group was held …" is the group\'s', () => {
    const doc = `CTOC/COP/WG.4/2040/4\nDistr.: General\n9 December 2039\nWorking Group on Trafficking in Persons\nVienna, 27-29 January 2040\n\nBackground paper\n\n1. The Conference decided to establish an open-ended interim working group. 2. A first meeting of this Working Group was held in Vienna, Austria from 14 to 15 April 2039.\n`;
    expect(meetingsOf(doc).sort()).toEqual(['WG.4 2039-04-14 2039-04-15 Vienna held', 'WG.4 2040-01-27 2040-01-29 Vienna scheduled']);
  });

  it('"se tient du 14 au 18 octobre": a French present tense says a meeting, under way or to come as of the page\'s date', () => {
    const page = (date: string) => `${date}\n\nVienne – La coopération demeure cruciale, a dit l'ambassadeur lors de la 12e Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée (CTOC), qui se tient du 14 au 18 octobre à Vienne.\n`;
    // (a weekday before the day and a time after it still make the line the page's date; "Vienna, 3 February" does not, test/ingest/reading-rules-h9.test.ts)
    expect(meetingsOf(page('mardi, 15 octobre, 2040 à 14:28'))).toEqual(['COP 2040-10-14 2040-10-18 Vienna held #12']);
    expect(meetingsOf(page('Publié le 10 octobre 2040'))).toEqual(['COP 2040-10-14 2040-10-18 Vienna scheduled #12']);
    expect(meetingsOf('Posted on 15 October 2040\n\nThe 12th Conference of the Parties to the United Nations Convention against Transnational Organized Crime is taking place from 14 to 18 October 2040 in Vienna.\n')).toEqual(['COP 2040-10-14 2040-10-18 Vienna held #12']);
  });
});

describe('review findings of the fourth session', () => {
  it('"La session de formation …", "The meeting in Dakar …": a qualified noun is another event, not the meeting the sentence before opened with (ingest.qualifierWords)', () => {
    const fr = (subject: string) => `ONUDC\n\nNOTICE: La douzième réunion du Groupe de travail sur le trafic illicite de migrants, prévue du 9 au 11 avril 2035, a été reportée. ${subject} se tiendra du 4 au 6 juin 2035 à Dakar.\n`;
    expect(() => meetingsOf(fr('La session de formation'))).toThrow(/nothing recognisable/);
    expect(meetingsOf(fr('La réunion'))).toEqual(['WG.7 2035-06-04 2035-06-06 Dakar scheduled']);
    const en = (subject: string) => `UNODC\n\nNOTICE: The twelfth meeting of the Working Group on the Smuggling of Migrants, first planned for 9 to 11 April 2035, has been postponed. ${subject} will now be held from 4 to 6 June 2035 in Vienna.\n`;
    expect(() => meetingsOf(en('The meeting of experts'))).toThrow(/nothing recognisable/);
    expect(meetingsOf(en('The meeting'))).toEqual(['WG.7 2035-06-04 2035-06-06 Vienna scheduled']);
  });

  it('a menu\'s "Programme" alone, or lowercase words before it, make no page a programme (ingest.occasions)', () => {
    const page = (menu: string) => `UNODC\nHome\n${menu}\nNews\n\nThe Working Group on Firearms, Vienna, 3 and 4 May 2031.\n`;
    expect(() => meetingsOf(page('Programme'))).toThrow(/no tense and no document date/);
    expect(() => meetingsOf(page('the Programme of the fair'))).toThrow(/no tense and no document date/);
    // (a programme's title still says its meeting is to come)
    expect(meetingsOf('UNODC\n\nProvisional programme of the meeting of the Working Group on Firearms\n\nThe Working Group on Firearms, Vienna, 3 and 4 May 2031.\n')).toEqual(['WG.6 2031-05-03 2031-05-04 Vienna scheduled']);
  });
});


describe('negatives for the rules above (the fourth review)', () => {
  const note = (body: string) => `CTOC/COP/2040/6\nDistr.: General\n31 December 2040\n${COP_EN}\n\nNote\n\n${body}\n`;

  it("a possessive that is no organ's ('October's', 'Austria's') owns no group", () => {
    expect(meetingsOf("UNODC news\n\nThe Working Group on Trafficking in Persons will meet in Vienna on 3 and 4 October 2040. October's Working Group on Trafficking in Persons meeting will focus on labour.\n")).toEqual(['WG.4 2040-10-03 2040-10-04 Vienna scheduled']);
  });

  it('"… de l\'Office des Nations Unies …", "… of the States parties" go on with our words (ingest.nameGoesOn.ours)', () => {
    expect(meetingsOf("Nouvelles de l'ONUDC\n\nLe Groupe de travail sur la traite des personnes de l'Office des Nations Unies contre la drogue et le crime s'est réuni à Vienne les 3 et 4 mai 2040.\n")).toEqual(['WG.4 2040-05-03 2040-05-04 Vienna held']);
    expect(meetingsOf('UNODC news\n\nThe Working Group on Firearms of the States parties met in Vienna on 3 and 4 May 2040.\n')).toEqual(['WG.6 2040-05-03 2040-05-04 Vienna held']);
  });

  it('a heading with commas ending in a full stop is still a heading (only the lines made of table rows are not)', () => {
    expect(meetingsOf(note('B. Working Group on Firearms, eleventh meeting, Vienna, 2–4 June 2040.\n\n5. The Working Group will hold its twelfth meeting in Vienna on 5 and 6 May 2041.'))).toEqual(['WG.6 2040-06-02 2040-06-04 Vienna held #11', 'WG.6 2041-05-05 2041-05-06 Vienna scheduled #12']);
  });

  it('a wrapped line opening with a place and "meeting" is no list line', () => {
    expect(meetingsOf(note('2. The Working Group on Firearms recalled the outcome of its\nVienna meeting, held on 3 and 4 May 2040, and agreed.'))).toEqual(['WG.6 2040-05-03 2040-05-04 Vienna held']);
  });

  it('"… the Conference held its 5th meeting": with the Conference the subject, the meeting is its own (a day, to the review file)', () => {
    expect(() => meetingsOf(note('2. At the invitation of the Working Group on Firearms, the Conference held its 5th meeting on 15 October 2040.'))).toThrow(/one day \(2040-10-15\) is shorter than any meeting of COP/);
  });

  it('"respectively" of something else, with bodies later in the sentence: the subject keeps both its meetings', () => {
    const body = '2. The Working Group on Firearms met in Vienna on 5 and 6 June 2040 and on 7 and 8 October 2040, under the chairs of Austria and Italy, respectively, and reported to the Working Group on Trafficking in Persons and the Working Group on International Cooperation.';
    expect(meetingsOf(note(body))).toEqual(['WG.6 2040-06-05 2040-06-06 Vienna held', 'WG.6 2040-10-07 2040-10-08 Vienna held']);
  });

  it("each table's footnote letters are its own", () => {
    const table = (year: number, dates: string, note: string) =>
      [
        '             Meeting                                                  Dates',
        '             ____________________________________________________________________________',
        `             Working Group on Firearms, meeting                       ${dates} ${year} a`,
        '             ____________________________________________________________________________',
        `             a   ${note}`,
      ].join('\n');
    const body = `1. The schedules are as follows.\n\n${table(2041, '2–4 June', 'To be held online only.')}\n\n2. The next schedule.\n\n${table(2042, '5–7 May', 'To be held in Vienna.')}`;
    expect(meetingsOf(note(body).replace('31 December 2040', '31 December 2040'))).toEqual(['WG.6 2041-06-02 2041-06-04 undefined scheduled', 'WG.6 2042-05-05 2042-05-07 Vienna scheduled']);
  });

  it('a resolution\'s symbol in a line of text (A/RES/55/25) makes no page another organ\'s', () => {
    expect(meetingsOf('UNODC\nUnited Nations Convention against Transnational Organized Crime, A/RES/55/25\n\nThe Working Group on Firearms met in Vienna on 3 and 4 May 2040.\n')).toEqual(['WG.6 2040-05-03 2040-05-04 Vienna held']);
  });

  it('a footer line of related news ("Published on … – <title>") dates no page', () => {
    const page = `UNODC\n\nThe Working Group on Firearms meets in Vienna from 3 to 5 May 2040.\n${'\nA line of the page.'.repeat(40)}\n\nRelated news\nPublished on 12 June 2041 – Firearms trafficking report launched\n`;
    expect(() => meetingsOf(page)).toThrow(/no tense and no document date/);
  });

  it('"le Groupe interinstitutions a tenu sa cinquième réunion …": another group on the mention path too', () => {
    const doc = `CTOC/COP/WG.4/2041/1\nDistr. générale\n12 juillet 2041\nGroupe de travail sur la traite des personnes\nVienne, 2 et 3 octobre 2041\n\nOrdre du jour provisoire\n\n1. Le Groupe interinstitutions a tenu sa cinquième réunion les 6 et 7 mars 2041 à New York.\n`;
    expect(meetingsOf(doc)).toEqual(['WG.4 2041-10-02 2041-10-03 Vienna scheduled']);
  });

  it('a range after a name and a comma is no dateline ("Working Group on Firearms, 30 September – 2 October 2031:"): never one day of it', () => {
    const page = 'UNODC news\n\nWorking Group on Firearms, 30 September – 2 October 2031: the group met in Vienna to discuss tracing.\n';
    expect(() => meetingsOf(page)).toThrow(/2031-09-30: no verb or meeting of that body between them/);
    // (a dateline's day is still the page's: "VIENNA, 30 September 2031 – The …")
    expect(meetingsOf('UNODC news\n\nVIENNA, 30 September 2031 – The Working Group on Firearms met in Vienna on 29 and 30 September 2031.\n')).toEqual(['WG.6 2031-09-29 2031-09-30 Vienna held']);
  });

  it('a meeting under way on the page\'s date is held whatever the wording ("will run" as "is taking place")', () => {
    const page = (verb: string) => `Posted on 16 October 2034\n\nThe 17th session of the ${COP_EN} ${verb} from 14 to 18 October 2034 in Vienna.\n`;
    expect(meetingsOf(page('will run'))).toEqual(['COP 2034-10-14 2034-10-18 Vienna held #17']);
    expect(meetingsOf(page('is taking place'))).toEqual(['COP 2034-10-14 2034-10-18 Vienna held #17']);
    expect(meetingsOf(page('will run').replace('16 October', '10 October'))).toEqual(['COP 2034-10-14 2034-10-18 Vienna scheduled #17']);
  });

  it('a place after "ahead of", "to prepare", "lors de" … is another event\'s (ingest.placeTailStops), even within the first words after the dates', () => {
    const page = (tail: string) => `UNODC news\n\nThe Working Group on Firearms met on 3 and 4 May 2040 ${tail}. The ${COP_EN} will meet in Vienna from 12 to 16 October 2040.\n`;
    expect(meetingsOf(page('ahead of the regional seminar hosted in Nairobi'))).toEqual(['COP 2040-10-12 2040-10-16 Vienna scheduled', 'WG.6 2040-05-03 2040-05-04 undefined held']);
    expect(meetingsOf(page('to prepare a regional workshop in Dakar'))).toEqual(['COP 2040-10-12 2040-10-16 Vienna scheduled', 'WG.6 2040-05-03 2040-05-04 undefined held']);
    expect(meetingsOf(page('at the Vienna International Centre'))).toEqual(['COP 2040-10-12 2040-10-16 Vienna scheduled', 'WG.6 2040-05-03 2040-05-04 Vienna held']);
  });

  it('a table\'s row "Conference of the Parties, thirteenth session   12–16 October" (no article) is the Conference\'s session', () => {
    const table = [
      '             Meeting                                                  Dates',
      '             ____________________________________________________________________________',
      '             2041',
      '             Working Group on Firearms, twelfth meeting               2–4 June',
      '             Conference of the Parties, thirteenth session            12–16 October',
      '             ____________________________________________________________________________',
    ].join('\n');
    const doc = `CTOC/COP/2040/14\nDistr.: General\n9 December 2040\n${COP_EN}\n\nIndicative schedule\n\n1. All meetings will take place in Vienna.\n\n${table}\n`;
    expect(meetingsOf(doc).sort()).toEqual(['COP 2041-10-12 2041-10-16 Vienna scheduled #13', 'WG.6 2041-06-02 2041-06-04 Vienna scheduled #12']);
    // (not in the middle of a sentence, nor another convention's "Conference of the States Parties")
    expect(meetingsOf(doc.replace('Conference of the Parties, thirteenth session   ', 'Conference of the States Parties, 9th session '))).toEqual(['WG.6 2041-06-02 2041-06-04 Vienna scheduled #12']);
  });

  it('"met in Vienna on 5 and 6 June and on 7 and 8 October 2040": the first span takes the year the second states, on every path (firstDay)', () => {
    const doc = (body: string) => `CTOC/COP/2040/6\nDistr.: General\n31 December 2040\n${COP_EN}\n\nNote\n\n2. ${body}\n`;
    expect(meetingsOf(doc('The Working Group on International Cooperation met in Vienna on 5 and 6 June and on 7 and 8 October 2040.'))).toEqual(['WG.3 2040-06-05 2040-06-06 Vienna held', 'WG.3 2040-10-07 2040-10-08 Vienna held']);
    expect(meetingsOf(doc("Le Groupe de travail sur la coopération internationale s'est réuni à Vienne les 9 et 10 décembre et les 7 et 8 juin 2040.").replace('Distr.: General\n31 December 2040', 'Distr. générale\n31 décembre 2040'))).toEqual(['WG.3 2039-12-09 2039-12-10 Vienna held', 'WG.3 2040-06-07 2040-06-08 Vienna held']);
  });
});


describe('the sixteenth corpus: a table whose first column names one body over several rows', () => {
  it('each row takes the whole name; a cell run into the next column with one space is parted', () => {
    const table = [
      '                    Body                  Meeting    Dates                      Venue                Report',
      '                    ___________________________________________________________________________________________',
      '',
      '                    Working Group on      Tenth      28 and 29 May 2038         Vienna               CTOC/COP/WG.2/2038/3',
      '                    Technical             Eleventh   27 and 28 May 2039         Vienna               CTOC/COP/WG.2/2039/4',
      '                    Assistance            Twelfth    24 and 25 June 2040        Online               CTOC/COP/WG.2/2040/3',
      '                                          Thirteenth 5 and 6 June 2041          Vienna               CTOC/COP/WG.2/2041/3',
      '',
      '                    Working Group on      Ninth      30 and 31 May 2038         Vienna               CTOC/COP/WG.3/2038/6',
      '                    International         Tenth      29–31 May 2039             Vienna               CTOC/COP/WG.3/2039/5',
      '                    Cooperation',
      '                    ___________________________________________________________________________________________',
    ].join('\n');
    const doc = `CTOC/COP/2041/8\nDistr.: General\n15 July 2041\n${COP_EN}\n\nNote\n\n1. The table below lists the meetings.\n\n${table}\n`;
    expect(meetingsOf(doc).sort()).toEqual([
      'WG.2 2038-05-28 2038-05-29 Vienna held #10',
      'WG.2 2039-05-27 2039-05-28 Vienna held #11',
      'WG.2 2040-06-24 2040-06-25 undefined held #12',
      'WG.2 2041-06-05 2041-06-06 Vienna held #13',
      'WG.3 2038-05-30 2038-05-31 Vienna held #9',
      'WG.3 2039-05-29 2039-05-31 Vienna held #10',
    ]);
  });
});

describe('the sixteenth corpus: dates of other events and organs', () => {
  const report = (body: string) => `CTOC/COP/WG.6/2041/4\nDistr.: General\n22 May 2041\nWorking Group on Firearms\nVienna, 2 and 3 May 2041\n\nReport\n\n${body}\n`;

  it('an item under a lead-in naming the group, about "the workshop … held in Dakar from …", is the workshop\'s', () => {
    const body = '3. The Working Group adopted the following recommendations:\n\n(a) States should strengthen registries;\n\n(b) States are encouraged to use the regional workshops organized by the Secretariat, such as the workshop on firearms marking held in Dakar from 12 to 14 February 2041, to exchange practices;';
    expect(meetingsOf(report(body))).toEqual(['WG.6 2041-05-02 2041-05-03 Vienna held']);
    // (an item giving the group's own meeting is still read)
    expect(meetingsOf(report(body.replace('such as the workshop on firearms marking held in Dakar from 12 to 14 February 2041', 'and met again in Vienna from 12 to 14 February 2041')))).toContain('WG.6 2041-02-12 2041-02-14 Vienna held');
  });

  it('"… by the extended Bureau of the Conference, which met on 14 March …": the organ\'s day, not a meeting of ours', () => {
    const body = '1. The organization of work has been prepared in accordance with the guidance provided by the extended Bureau of the Conference, which met on 14 March 2041, and so as to allow the Working Group to complete its work.';
    expect(meetingsOf(report(body))).toEqual(['WG.6 2041-05-02 2041-05-03 Vienna held']);
  });

  it('"the twelfth meeting of A and the ninth meeting of B were held … from 3 to 5 March and on 6 and 7 March 2041, respectively": each its own dates', () => {
    const body = '1. Accordingly, the twelfth meeting of the Working Group on Trafficking in Persons and the ninth meeting of the Working Group on the Smuggling of Migrants were held in Vienna from 3 to 5 March and on 6 and 7 March 2041, respectively.';
    expect(meetingsOf(report(body)).sort()).toEqual(['WG.4 2041-03-03 2041-03-05 Vienna held #12', 'WG.6 2041-05-02 2041-05-03 Vienna held', 'WG.7 2041-03-06 2041-03-07 Vienna held #9']);
  });

  it('weekdays inside a range ("du lundi 30 juin au mardi 1er juillet 2041", "from Monday, 2 June, to Wednesday, 4 June 2041") keep it a range', () => {
    expect(meetingsOf("Publié le 14 avril 2041\n\nLe Groupe de travail sur la coopération internationale tiendra sa quinzième réunion du lundi 30 juin au mardi 1er juillet 2041 au Centre international de Vienne.\n")).toEqual(['WG.3 2041-06-30 2041-07-01 Vienna scheduled #15']);
    expect(meetingsOf('Posted on 14 April 2041\n\nThe Working Group on Firearms will meet in Vienna from Monday, 2 June, to Wednesday, 4 June 2041.\n')).toEqual(['WG.6 2041-06-02 2041-06-04 Vienna scheduled']);
  });

  it('"… by the Working Group on Firearms at its seventh and eighth meetings. The seventh meeting was held …; the eighth meeting was held … in a fully online format"', () => {
    const crp = `CTOC/COP/2042/CRP.3\nDistr.: Limited\n25 October 2042\n${COP_EN}\n\n1. The present paper compiles the recommendations adopted by the Working Group on Firearms at its seventh and eighth meetings. The seventh meeting was held in Vienna from 15 to 17 July 2041; the eighth meeting was held from 14 to 16 June 2042 in a fully online format, owing to the pandemic.\n`;
    expect(meetingsOf(crp)).toEqual(['WG.6 2041-07-15 2041-07-17 Vienna held #7', 'WG.6 2042-06-14 2042-06-16 undefined held #8']);
    // (with two groups named before, whose meeting it is stays unsaid)
    expect(() => meetingsOf(crp.replace('by the Working Group on Firearms', 'by the Working Group on Firearms and the Working Group on Trafficking in Persons'))).toThrow(/The seventh meeting: no known body/);
  });
});

describe('the seventeenth corpus', () => {
  it('"the next meeting of the regional working group" is another group\'s, even on a page naming ours (ingest.otherGroupAdjectives)', () => {
    const page = (group: string) =>
      `Forum news\n\nPublished 22 May 2041\n\nThe experts prepared a contribution to the twelfth meeting of the Working Group on Firearms of the ${COP_EN}, held in Vienna earlier this year.\n\nThe next meeting of ${group} will take place in Riga on 6 and 7 October 2041.\n`;
    expect(() => meetingsOf(page('the regional working group'))).toThrow(/nothing recognisable/);
    expect(meetingsOf(page('the Working Group'))).toEqual(['WG.6 2041-10-06 2041-10-07 Riga scheduled']);
  });
});

