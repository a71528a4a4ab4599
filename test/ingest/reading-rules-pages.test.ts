import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../lambda/core/ingest';
import { COP_EN, ruleReader } from '../helpers/rule-documents';

/**
 * Reading rules added for real web pages, news items, abstracts and speeches (the second
 * real-material set's causes of failure), each on pages written for this test (no UN text):
 * what is read, and what is left out.
 */
const { meetingsOf, opts } = await ruleReader();
const reviewOf = (text: string) => {
  try {
    return ingestDocument(text, opts).unplaced.join('\n');
  } catch (e) {
    return (e as Error).message;
  }
};

describe("one day of the Conference, whose sessions run several days (bodies.json's minDays)", () => {
  const message = (when: string) =>
    `Press release\n\nMessage to the Conference\n\nThe following message of the Secretary-General to the first session of the ${COP_EN} was delivered in Vienna ${when} by the Director.\n\nIt is a pleasure to address the Conference of the Parties.\n`;

  it('is a day of a session, not its dates: no meeting, and the review file says why', () => {
    expect(() => meetingsOf(message('on 28 June 2031'))).toThrow(/nothing recognisable/);
    expect(reviewOf(message('on 28 June 2031'))).toMatch(/one day \(2031-06-28\) is shorter than any meeting of COP \(4 days or more\)/);
  });

  it('the session stated in full is read, and a working group may meet one day', () => {
    expect(meetingsOf(message('from 28 June to 8 July 2031'))).toEqual(['COP 2031-06-28 2031-07-08 Vienna held #1']);
    expect(meetingsOf('Press release\n\nThe Working Group on Firearms met in Vienna on 3 May 2031.\n')).toEqual(['WG.6 2031-05-03 2031-05-03 Vienna held']);
  });
});

describe("a page with no date: the year of its days comes from the first day that states one", () => {
  it('a day with no year is not read in the year 2000', () => {
    const page = 'UNODC news\n\nThe Working Group on Firearms met in Vienna on 3 and 4 May. Its report was published on 20 June 2031.\n';
    expect(meetingsOf(page)).toEqual(['WG.6 2031-05-03 2031-05-04 Vienna held']);
  });

  it('however many days without a year come first (a long calendar), the first that states one gives the year', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const calendar = Array.from({ length: 300 }, (_, i) => `  • ${(i % 28) + 1} ${months[i % 12]}: office hours`).join('\n');
    const page = `UNODC news\n\n${calendar}\n\nThe Working Group on Firearms met in Vienna on 3 and 4 May. Its report was published on 20 June 2031.\n`;
    expect(meetingsOf(page)).toEqual(['WG.6 2031-05-03 2031-05-04 Vienna held']);
  });
});

describe("a news page's bulleted fields give its date, and a meeting under way on it is being held", () => {
  const page = (date: string) =>
    `Skip to main content\nHome Affairs\n  • News article\n  • ${date}\n  • 2 min read\n\n17th session of the UN Convention against Transnational Organised Crime\n\nThe 17th session of the Conference of the Parties to the United Nations Convention against Transnational Organised Crime (UNTOC) is taking place in Vienna from 14 – 18 October. The focus is on firearms.\n`;

  it('reads the date from the bullet, and the session as held on its third day', () => {
    expect(meetingsOf(page('16 October 2034'))).toEqual(['COP 2034-10-14 2034-10-18 Vienna held #17']);
  });

  it('a page dated before the session: scheduled', () => {
    expect(meetingsOf(page('2 October 2034'))).toEqual(['COP 2034-10-14 2034-10-18 Vienna scheduled #17']);
  });

  it('a bullet that is not only a day gives no date', () => {
    expect(() => meetingsOf(page('published on the 16th'))).toThrow(/no tense and no document date|no date/);
  });
});

describe('names written loosely on pages', () => {
  it('"Human Trafficking" for "Trafficking in Persons", "Migrant Smuggling" for "Smuggling of Migrants"', () => {
    expect(meetingsOf('UNODC news\n\nThe Working Group on Human Trafficking met in Vienna on 3 and 4 May 2031.\n')).toEqual(['WG.4 2031-05-03 2031-05-04 Vienna held']);
    expect(meetingsOf('UNODC news\n\nThe Working Group on Migrant Smuggling will meet in Vienna on 3 and 4 May 2035.\n')).toEqual(['WG.7 2035-05-03 2035-05-04 Vienna scheduled']);
  });

  it("a loose name alone does not make a page ours: a council's working group on human trafficking", () => {
    expect(() => meetingsOf('Kent County Council\n\nNews\n\nThe Working Group on Human Trafficking met at County Hall in Maidstone on 3 and 4 May 2031.\n')).toThrow(/not a UN document/);
    expect(() => meetingsOf("Conseil départemental\n\nLe Groupe de travail sur la traite des êtres humains s'est réuni à Lille les 3 et 4 mai 2031.\n")).toThrow(/not a UN document/);
  });

  it('"traite des êtres humains" for "traite des personnes"', () => {
    expect(meetingsOf("Actualités de l'ONUDC\n\nLe Groupe de travail sur la traite des êtres humains s'est réuni à Vienne les 3 et 4 mai 2031.\n")).toEqual(['WG.4 2031-05-03 2031-05-04 Vienna held']);
  });
});

describe('a page with no date and no tense: a meeting reported on was held', () => {
  it("in the page's title", () => {
    const page = `Virtual Library\n\nReport of the ${COP_EN} on its Third Session, Held in Vienna from 9 to 18 October 2031\n\nNumber\n218911\nLength\n43 pages\n`;
    expect(meetingsOf(page)).toEqual(['COP 2031-10-09 2031-10-18 Vienna held #3']);
  });

  it('in a sentence of its text', () => {
    const page = `Virtual Library\n\nNumber 228138 Length 85 pages Annotation This report on the fourth session of the ${COP_EN}, held in Vienna on October 8-17, 2032, covers its decisions.\n`;
    expect(meetingsOf(page)).toEqual(['COP 2032-10-08 2032-10-17 Vienna held #4']);
  });

  it('with neither a report nor a tense, nothing tells: the review file says so', () => {
    const page = `Virtual Library\n\nThe fourth session of the ${COP_EN}, in Vienna on October 8-17, 2032.\n`;
    expect(reviewOf(page)).toMatch(/no tense and no document date/);
  });
});

describe('a page with no date that says what it is in its first lines (ingest.occasions)', () => {
  const header = `${COP_EN}\n\nFifth Session\n\nVienna, 18-22 October 2031\n\nMadam President, Excellencies,\n\nI would like to thank you for a productive week. A new fund will be launched next month.\n`;

  it('closing remarks: the session was held, whatever tense the speech goes on in', () => {
    expect(meetingsOf(`Executive Director\n\nClosing Remarks\n\n${header}`)).toEqual(['COP 2031-10-18 2031-10-22 Vienna held #5']);
    expect(meetingsOf(`Directeur exécutif\n\nAllocution de clôture\n\n${header}`)).toEqual(['COP 2031-10-18 2031-10-22 Vienna held #5']);
  });

  it('a programme: the session is to come', () => {
    expect(meetingsOf(`Programme sixth session of the Conference of the Parties 15-19 October 2032, Vienna\n\nMonday, 15 October 10 a.m. Opening of the session. 3 p.m. Working Group on International Cooperation\n`)).toEqual(['COP 2032-10-15 2032-10-19 Vienna scheduled #6']);
  });

  it('without such a line the tense after the dates decides', () => {
    expect(meetingsOf(`Executive Director\n\n${header}`)).toEqual(['COP 2031-10-18 2031-10-22 Vienna scheduled #5']);
  });
});

describe('a meeting page whose sentences name buildings and refer back to the meeting', () => {
  const page = [
    'Working Group on the Smuggling of Migrants 2035',
    'United Nations Office on Drugs and Crime',
    '',
    'NOTICE: The twelfth meeting of the Working Group on the Smuggling of Migrants, first planned for 9 to 11 April 2035, has been postponed. The meeting will now be held from 4 to 6 June 2035 in Vienna.',
    '',
    'The Working Group on Trafficking in Persons will meet back to back with the Working Group on the Smuggling of Migrants, also at the Vienna International Centre, from 30 May to 1 June 2035.',
  ].join('\n');

  it('a building after "at the" is no header place line: the sentence gives the subject its dates, in Vienna', () => {
    expect(meetingsOf(page)).toContain('WG.4 2035-05-30 2035-06-01 Vienna scheduled');
    expect(meetingsOf(page).join('\n')).not.toMatch(/Centre/);
  });

  it('"The meeting will now be held …" stands for the meeting the sentence before opened with (ingest.subjectPronouns)', () => {
    expect(meetingsOf(page)).toContain('WG.7 2035-06-04 2035-06-06 Vienna scheduled');
    expect(meetingsOf(page).join('\n')).not.toMatch(/2035-04-09/);
  });
});

describe('a news story: its dateline, a meeting attended online, a building in the city', () => {
  const story = (online: string) =>
    [
      'UNODC - United Nations Office on Drugs and Crime',
      '',
      'Stories 2036',
      '',
      `Vienna, 16 July 2036 - For the first time the Working Group on the Smuggling of Migrants held a meeting with no one in the room. Experts logged on from their capitals on 13 and 14 July to take part in the ninth meeting of the Working Group, which was ${online}.`,
      '',
      'The meeting had first been planned at the Vienna International Centre in May.',
    ].join('\n');

  it("the dateline's day is no meeting's; the dates of a meeting attended are its own; held online, it has no place", () => {
    expect(meetingsOf(story('conducted entirely online'))).toEqual(['WG.7 2036-07-13 2036-07-14 undefined held #9']);
  });

  it('not said online: the building in Vienna is the only place, so Vienna', () => {
    expect(meetingsOf(story('well attended'))).toEqual(['WG.7 2036-07-13 2036-07-14 Vienna held #9']);
  });
});

describe("a meeting's place at the end of its clause, past the dates", () => {
  it('"… which met from 10 to 12 May in hybrid format at the Vienna International Centre." (another place named in the text)', () => {
    const page = 'UNODC news\n\nPosted 13 May 2036\n\nExperts gathered for the Working Group on Firearms, which met from 10 to 12 May 2036 in hybrid format at the Vienna International Centre. A workshop took place in Dakar in March.\n';
    expect(meetingsOf(page)).toEqual(['WG.6 2036-05-10 2036-05-12 Vienna held']);
  });

  it('not past a comma or "with", after which another event may stand', () => {
    const page = 'UNODC news\n\nPosted 13 May 2036\n\nThe Working Group on Firearms met from 10 to 12 May 2036, back to back with a regional workshop in Dakar. A second workshop took place in Geneva.\n';
    expect(meetingsOf(page)).toEqual(['WG.6 2036-05-10 2036-05-12 undefined held']);
  });
});

describe('dates a meeting was first planned for, in more words (ingest.cancelledWords)', () => {
  it('"had initially been scheduled to take place … on 25 and 26 May" is struck, to the review file', () => {
    const page = (words: string) =>
      `UNODC news\n\nPosted 24 July 2036\n\nThe eleventh meeting of the Working Group of Government Experts on Technical Assistance ${words} in Vienna on 25 and 26 May 2036. The meeting was later moved. By a decision of 10 July 2036, the Working Group on Firearms agreed to meet in Vienna on 2 and 3 September 2036.\n`;
    expect(meetingsOf(page('had initially been scheduled to take place'))).toEqual(['WG.6 2036-09-02 2036-09-03 Vienna scheduled']);
    expect(reviewOf(page('had initially been scheduled to take place'))).toMatch(/eleventh meeting: postponed or cancelled/);
    // (the same sentence with a plain verb of holding is a meeting)
    expect(meetingsOf(page('took place'))).toContain('WG.2 2036-05-25 2036-05-26 Vienna held #11');
  });
});

describe('pages of member states, NGOs and news sites (the third real set)', () => {
  it('a French page: two sessions after one verb, the place set off by a comma, names in lower case and loose ("sur l’assistance technique")', () => {
    const page = "Actualités de la mission auprès de l'ONU\n\nDu 9 au 13 octobre 2037 se sont tenues à Vienne, la neuvième session du groupe de travail sur la coopération internationale et la onzième session du groupe de travail sur l'assistance technique, dans le cadre de la Convention des Nations-Unies contre la criminalité transnationale organisée.\n";
    expect(meetingsOf(page).sort()).toEqual(['WG.2 2037-10-09 2037-10-13 Vienna held', 'WG.3 2037-10-09 2037-10-13 Vienna held']);
  });

  it('"La deuxième journée de la 13e Réunion du Groupe … s’est tenue ce 10 octobre": one day of the meeting, to the review file', () => {
    const page = 'Actualités\n\nLa deuxième journée de la 13e Réunion du Groupe de travail sur le trafic illicite de migrants s’est tenue ce 10 octobre 2037 à Vienne, en présence des Nations Unies.\n';
    expect(reviewOf(page)).toMatch(/a day of the meeting \(2037-10-10\), not its dates|a day of its meeting, not its dates/);
    expect(reviewOf(page.replace('La deuxième journée de la', 'La'))).not.toMatch(/a day of/);
  });

  it('"the 7th meeting of the Working Group …, held by the Conference of the Parties …, on …": the Conference is the agent, its last word no place', () => {
    const page = `News\n\nThe Assembly (PAM) participated and contributed in the 7th meeting of the Working Group on the Smuggling of Migrants, held by the ${COP_EN}, on 11–13 September 2037 in Vienna, Austria.\n`;
    expect(meetingsOf(page)).toEqual(['WG.7 2037-09-11 2037-09-13 Vienna held #7']);
  });

  it('"the <Convention> Conference", the simple past before "at its … session"', () => {
    const page = 'date 2037-10-19\n\nThe 14th session of the UN Convention Against Transnational Organized Crime Conference was held in Vienna from 12 to 16 October 2037.\n';
    expect(meetingsOf(page)).toEqual(['COP 2037-10-12 2037-10-16 Vienna held #14']);
    const adopted = `Review Mechanism\n\nThe ${COP_EN} (UNTOC) adopted, at its tenth session held in Vienna from 15 to 19 October 2037, a resolution on the review.\n`;
    expect(meetingsOf(adopted)).toEqual(['COP 2037-10-15 2037-10-19 Vienna held #10']);
  });

  it('a statement delivered at a session (ingest.occasions), and a page dated by a first line that is only a day', () => {
    const statement = `STATEMENT OF THE GROUP OF STATES AT THE ${COP_EN.toUpperCase()}, EIGHTH SESSION, VIENNA, 15-19 OCTOBER 2037 DELIVERED BY THE AMBASSADOR\n\nMr. Chairman,\n\nThe Group will support you in the tasks ahead.\n`;
    expect(meetingsOf(statement)).toEqual(['COP 2037-10-15 2037-10-19 Vienna held #8']);
    const post = `November 11, 2037\n\nNine Signatories to a Statement\n\nThe sisters delivered a statement at the Ninth Session of the Conference of Parties to the UN Convention against Transnational Organized Crime (15 – 19 October 2037) in Vienna, Austria.\n`;
    expect(meetingsOf(post)).toEqual(['COP 2037-10-15 2037-10-19 Vienna held #9']);
  });

  it("a title's one day for the Conference does not stand for the session's own dates later in the page", () => {
    const page = `UNODC\n\nFourteenth session of the UNTOC Conference of the Parties: registration now open\n2 September 2037\n\nThe fourteenth session of the ${COP_EN} (COP14) will take place at the Vienna International Centre from 17 to 21 October 2037.\n`;
    expect(meetingsOf(page)).toEqual(['COP 2037-10-17 2037-10-21 Vienna scheduled #14']);
  });
});

describe('a table closed by a rule, with a note under it', () => {
  const note = (end: string) =>
    [
      'CTOC/COP/2038/9',
      'Distr.: General',
      '3 August 2038',
      'Original: English',
      COP_EN,
      'Twentieth session',
      'Vienna, 15–19 October 2038',
      '',
      'Note by the Secretariat',
      '',
      '1. The table lists the meetings held since the nineteenth session.',
      '',
      '          Working group                      Meeting    Dates                  Report',
      '          ___________________________________________________________________________',
      '          Working Group on Firearms          Sixth      2–4 May 2038           CTOC/COP/WG.6/2038/3',
      '          Working Group on the               Fifth      4 and 5 July 2038      CTOC/COP/WG.7/2038/5',
      '          Smuggling of Migrants',
      end,
      '          Note: All the meetings listed were held at the Vienna International Centre.',
      '',
      '2. The Conference may wish to take note.',
    ].join('\n');

  it('the last row, its name wrapped, is read; the note is not part of its cell', () => {
    const rows = ['WG.6 2038-05-02 2038-05-04 Vienna held #6', 'WG.7 2038-07-04 2038-07-05 Vienna held #5'];
    expect(meetingsOf(note('          ___________________________________________________________________________'))).toEqual(expect.arrayContaining(rows));
    expect(meetingsOf(note(''))).toEqual(expect.arrayContaining(rows));
  });
});

describe("the cooperation group's first name, and a session named as the framework of a meeting", () => {
  it('"an open-ended meeting of government experts on international cooperation would be convened within the framework of that session, on …" is WG.3', () => {
    const report = `CTOC/COP/WG.2/2037/3\nDistr.: General\n31 October 2037\nOriginal: English\n${COP_EN}\nWorking Group of Government Experts on Technical Assistance\nVienna, 3-5 October 2037\n\nReport on the meeting\n\n1. The working group noted that the twentieth session of the Conference would be held in Vienna from 8 to 17 October 2038, and that an open-ended meeting of government experts on international cooperation would be convened within the framework of that session, on 8 and 9 October 2038.\n`;
    expect(meetingsOf(report)).toContain('WG.3 2038-10-08 2038-10-09 Vienna scheduled');
    expect(meetingsOf(report)).toContain('COP 2038-10-08 2038-10-17 Vienna scheduled #20');
  });
});

describe("a resolution's preamble: \"its\" after a preambular participle is the resolution's author", () => {
  const report = (lang: 'en' | 'fr', text: string) =>
    lang === 'en'
      ? `CTOC/COP/2039/11\nDistr.: General\n7 November 2039\nOriginal: English\n${COP_EN}\n\nReport of the Conference on its fifteenth session\n\nA. Resolutions Resolution 15/1 Review The ${COP_EN}, ${text}\n`
      : `CTOC/COP/2039/11\nDistr. générale\n7 novembre 2039\nFrançais\nOriginal : anglais\nConférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée\n\nRapport de la Conférence sur sa quinzième session\n\nA. Résolutions Résolution 15/1 Examen La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée, ${text}\n`;

  it('"Recalling General Assembly resolution …, by which the Assembly …, Recalling also its resolution 14/2, adopted at its fourteenth session, held in Vienna from …"', () => {
    const text = 'Recalling General Assembly resolution 55/25 of 15 November 2000, by which the Assembly adopted the Convention, Recalling also its resolution 14/2, adopted at its fourteenth session, held in Vienna from 17 to 21 October 2037, Decides to continue the review;';
    expect(meetingsOf(report('en', text))).toContain('COP 2037-10-17 2037-10-21 Vienna held #14');
  });

  it('in French ("Rappelant également sa résolution 14/2, adoptée à sa quatorzième session, tenue à Vienne du …")', () => {
    const text = "Rappelant la résolution 55/25 de l'Assemblée générale en date du 15 novembre 2000, par laquelle l'Assemblée a adopté la Convention, Rappelant également sa résolution 14/2, adoptée à sa quatorzième session, tenue à Vienne du 17 au 21 octobre 2037, Décide de poursuivre l'examen ;";
    expect(meetingsOf(report('fr', text))).toContain('COP 2037-10-17 2037-10-21 Vienna held #14');
  });

  it('an organ named after the participle still owns "its" ("Recalling that the Ad Hoc Committee, at its fifth session, held …")', () => {
    const text = 'Recalling that the Ad Hoc Committee, at its fifth session, held in Vienna from 4 to 15 March 2037, completed its work, Decides to continue the review;';
    expect(reviewOf(report('en', text))).toMatch(/its fifth session: a meeting of another organ \(Committee\)/);
  });
});

describe('the fourth real set: other organs with our words, extracts, statements', () => {
  it('"the Working Group on Firearms and Ammunition of Mercosur" is a longer name, another organ\'s', () => {
    const page = 'Monday, 22 May 2037\nInformation for the Press\n\nThe 29th Meeting of the Working Group on Firearms and Ammunition of Mercosur and Associate States was held on 17-18 May in Buenos Aires.\n';
    expect(() => meetingsOf(page)).toThrow(/not a document of the Conference/);
    // (but "… and the Working Group on …" and "… of the United Nations …" go on with no other name)
    expect(meetingsOf('UNODC news\n\nThe Working Group on Firearms and the Working Group on the Smuggling of Migrants met in Vienna on 3 and 4 May 2037.\n').sort()).toEqual(['WG.6 2037-05-03 2037-05-04 Vienna held', 'WG.7 2037-05-03 2037-05-04 Vienna held']);
  });

  it('"… of the Bali Process" is a longer name; "… of UNTOC", "… and UNODC experts", "… and Protocols Thereto" are ours (ingest.nameGoesOn)', () => {
    const met = (name: string) => meetingsOf(`UNODC news\n\nThe ${name} met in Vienna on 3 and 4 May 2037.\n`);
    expect(() => met('Working Group on Trafficking in Persons of the Bali Process')).toThrow(/not a document of the Conference/);
    expect(met('Working Group on Trafficking in Persons of UNTOC')).toEqual(['WG.4 2037-05-03 2037-05-04 Vienna held']);
    expect(met('Working Group on Firearms of COP/UNTOC')).toEqual(['WG.6 2037-05-03 2037-05-04 Vienna held']);
    expect(met('Working Group on Firearms and UNODC experts')).toEqual(['WG.6 2037-05-03 2037-05-04 Vienna held']);
    expect(met('Working Group on Firearms of the Conference')).toEqual(['WG.6 2037-05-03 2037-05-04 Vienna held']);
    expect(meetingsOf(`UNODC news\n\nThe ${COP_EN} and Protocols Thereto met in Vienna from 3 to 7 May 2037.\n`)).toEqual(['COP 2037-05-03 2037-05-07 Vienna held']);
    const fr = (name: string) => meetingsOf(`Nouvelles de l'ONUDC\n\n${name} s'est réunie à Vienne du 3 au 7 mai 2037.\n`);
    expect(fr('La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée et Protocoles additionnels')).toEqual(['COP 2037-05-03 2037-05-07 Vienna held']);
    expect(() => fr('La réunion du Groupe de travail sur la traite des personnes du Processus de Bali')).toThrow(/not a document of the Conference/);
  });

  it('an extract whose Distr. line was lost is dated by the day before "Original:"', () => {
    const extract = '13 September 2037 Original: English Fifteenth session Vienna, 18-22 October 2037 Item 6 of the provisional agenda International cooperation Note by the Secretariat I. Introduction 1. The present note has been prepared pursuant to decision 14/2 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime.\n';
    expect(meetingsOf(extract)).toEqual(['COP 2037-10-18 2037-10-22 Vienna scheduled #15']);
  });

  it('a statement after its speaker\'s short name ("EU Statement at the …"); a day it was delivered on is no meeting\'s', () => {
    const statement = 'European External Action Service\n\nEU Statement at the UNTOC Working Group of Government Experts on Technical Assistance\n\nVienna, 29 and 30 May 2037\n\nDistinguished Chair,\n\nWe would like to address a few issues.\n';
    expect(meetingsOf(statement)).toEqual(['WG.2 2037-05-29 2037-05-30 Vienna held']);
    const delivered = 'EU Statement at the Ninth session of the Working Group on the Smuggling of Migrants (UNTOC), as delivered on 27 June 2037\n\nMister Chair,\n\nWe speak on behalf of the European Union.\n';
    expect(() => meetingsOf(delivered)).toThrow(/nothing recognisable/);
  });

  it("a header's meeting under way on the document's date is held", () => {
    const page = 'European External Action Service\n\n05/30/2037 | Press release\n\nPosted 30 May 2037\n\nWorking Group of Government Experts on Technical Assistance\n\nVienna, 29 and 30 May 2037\n\nThe Group met.\n';
    expect(meetingsOf(page)).toEqual(['WG.2 2037-05-29 2037-05-30 Vienna held']);
  });
});

describe("a Secretariat note's table of meetings (the fourteenth corpus)", () => {
  const note = [
    'CTOC/COP/2040/5',
    'Distr.: General',
    '28 July 2040',
    'Original: English',
    COP_EN,
    'Twentieth session',
    'Vienna, 12-16 October 2040',
    '',
    'Note by the Secretariat',
    '',
    '1. Table 1 lists the meetings held since the nineteenth session of the Conference and those scheduled to take place before the end of 2040.',
    '',
    ' ______________________________________________________________________________',
    '   Working group          Meeting          Dates                 Venue and',
    '                                                                 format',
    ' ______________________________________________________________________________',
    '',
    '   Meetings held in 2039',
    '',
    '   Working Group on       Ninth            9 and 10              Vienna',
    '   Trafficking in         meeting          September',
    '   Persons',
    '',
    '   Meetings scheduled for 2040',
    '',
    '   Working Group on       Seventh          16 and 17             Vienna',
    '   Firearms               meetinga         November              (hybrid)',
    ' ______________________________________________________________________________',
    '   a  The meeting was first scheduled for 4 and 5 May 2040.',
    '',
    '2. The Conference may wish to take note.',
  ].join('\n');

  it('a header wrapped onto two lines, rows under lines giving their year in words, a footnote letter run onto a cell', () => {
    expect(meetingsOf(note).sort()).toEqual(['COP 2040-10-12 2040-10-16 Vienna scheduled #20', 'WG.4 2039-09-09 2039-09-10 Vienna held #9', 'WG.6 2040-11-16 2040-11-17 Vienna scheduled #7']);
  });

  it('"before the end of 2040" names no day: no session running from the note\'s date to the end of the year', () => {
    expect(meetingsOf(note).join('\n')).not.toMatch(/2040-12-31/);
  });
});

describe('reports of the Conference and of the groups (the fourteenth corpus)', () => {
  const report = (lang: 'en' | 'fr', body: string) =>
    lang === 'en'
      ? `CTOC/COP/2041/15\nDistr.: General\n6 November 2041\nOriginal: English\n${COP_EN}\n\nReport of the Conference on its twentieth session, held in Vienna from 15 to 19 October 2041\n\n${body}\n`
      : `CTOC/COP/2041/14\nDistr. générale\n27 novembre 2041\nFrançais\nOriginal : anglais\nConférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée\n\nRapport de la Conférence sur sa vingtième session, tenue à Vienne du 9 au 18 octobre 2041\n\n${body}\n`;

  it('"A and B met …, on 15 and 16 October and on 17 and 18 October 2041, respectively": each body its own dates', () => {
    const text = report('en', '3. The Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance met in conjunction with the session, on 15 and 16 October and on 17 and 18 October 2041, respectively.');
    expect(meetingsOf(text)).toEqual(expect.arrayContaining(['WG.3 2041-10-15 2041-10-16 Vienna held', 'WG.2 2041-10-17 2041-10-18 Vienna held']));
    // (three spans for two bodies: for a person)
    const three = report('en', '3. The Working Group on International Cooperation and the Working Group on Firearms met on 1 and 2 May, on 3 and 4 May and on 5 and 6 May 2041, respectively.');
    expect(reviewOf(three)).toMatch(/shared "respectively" among several bodies/);
  });

  it('"Les recommandations du Groupe de travail ont été présentées … le 13 octobre": the group complements another noun', () => {
    const text = report('fr', "7. Le Groupe de travail sur l'assistance technique a tenu sa première réunion pendant la session, les 10 et 11 octobre 2041.\n8. Les recommandations du Groupe de travail ont été présentées à la Conférence en séance plénière le 13 octobre 2041.");
    expect(meetingsOf(text).filter((m) => m.startsWith('WG.2'))).toEqual(['WG.2 2041-10-10 2041-10-11 Vienna held #1']);
  });

  it('"La réunion précédente du Groupe de travail, sa deuxième, s\'était tenue …": an adjective after the noun of meeting', () => {
    const text = report('fr', "3. La réunion précédente du Groupe de travail sur les armes à feu, sa deuxième, s'était tenue à Vienne les 9 et 10 octobre 2040.");
    expect(meetingsOf(text)).toContain('WG.6 2040-10-09 2040-10-10 Vienna held');
  });

  it('"… had established its own working group on technical assistance at its first session, held … from 10 to 14 December": another organ\'s', () => {
    const text = report('en', '4. It was recalled that the Conference of the States Parties to the United Nations Convention against Corruption had established its own working group on technical assistance at its first session, held at the Dead Sea, Jordan, from 10 to 14 December 2040.');
    expect(meetingsOf(text).join('\n')).not.toMatch(/2040-12-10/);
  });
});

describe('"Both meetings took place in Vienna" (ingest.allMeetings)', () => {
  const report = (placing: string) =>
    `CTOC/COP/2042/15\nDistr.: General\n6 November 2042\nOriginal: English\n${COP_EN}\n\nReport of the Conference on its twenty-first session, held in Vienna from 15 to 19 October 2042\n\n3. The Working Group on International Cooperation had held its ninth meeting on 28 and 29 May 2042, and had been followed by the Working Group of Government Experts on Technical Assistance, which had met on 30 and 31 May. ${placing}\n\n4. A workshop took place in Geneva in March 2042.\n`;
  it("gives the paragraph's meetings with no place of their own that place", () => {
    expect(meetingsOf(report('Both meetings took place in Vienna and their reports were made available.'))).toEqual(expect.arrayContaining(['WG.3 2042-05-28 2042-05-29 Vienna held #9', 'WG.2 2042-05-30 2042-05-31 Vienna held']));
  });
  it('without such a sentence, no place is stated for them', () => {
    expect(meetingsOf(report('Their reports were made available.'))).toEqual(expect.arrayContaining(['WG.3 2042-05-28 2042-05-29 undefined held #9']));
  });
});

describe("a header stating two groups' meetings, one under the other", () => {
  it('reads both "<body> / <Place>, <dates>" pairs', () => {
    const crp = '                                                   CTOC/COP/WG.3/2043/CRP.1\n                                                   Distr.: Limited\n                                                   19 May 2043\n\n Working Group on International Cooperation\n Thirteenth meeting\n Vienna, 23-25 May 2043\n\n Working Group of Government Experts on Technical Assistance\n Vienna, 26 and 27 May 2043\n\n Conference room paper prepared by the Secretariat\n\n 1. The present paper is submitted to both groups.\n';
    expect(meetingsOf(crp).sort()).toEqual(['WG.2 2043-05-26 2043-05-27 Vienna scheduled', 'WG.3 2043-05-23 2043-05-25 Vienna scheduled #13']);
  });
});
