import { describe, expect, it } from 'vitest';
import { createPeriodFinder } from '../../../lambda/core/question/periods';
import { ask, dataset, ids } from '../../helpers/data';

const find = createPeriodFinder(dataset().vocabulary, { tenses: true });

// A tense is a side of today with no unit: "still to come" is today on, "already held" is
// before today. It narrows any other period named ("left this year" = today to 31 December),
// and alone it is an open range, never "every meeting".
describe('a tense narrows the period to one side of today', () => {
  it.each([
    ['anything still to come', 'en', '2024-06-15', '2024-06-15..9999-12-31', 'future'],
    ['what has already happened', 'en', '2024-06-15', '0001-01-01..2024-06-14', 'past'],
    ['meetings remaining in 2024', 'en', '2024-09-01', '2024-09-01..2024-12-31', 'future'],
    ['meetings of 2024 that have taken place', 'en', '2024-06-15', '2024-01-01..2024-06-14', 'past'],
    ['les réunions à venir en 2024', 'fr', '2024-06-15', '2024-06-15..2024-12-31', 'future'],
    ['ce qui reste cette année', 'fr', '2024-09-01', '2024-09-01..2024-12-31', 'future'],
    ['les séances qui ont déjà eu lieu', 'fr', '2024-06-15', '0001-01-01..2024-06-14', 'past'],
    ['celles pas encore tenues', 'fr', '2024-06-15', '2024-06-15..9999-12-31', 'future'],
  ] as const)('%s (%s, now %s) -> %s', (text, lang, now, expected, tense) => {
    const f = find(text, lang, now);
    expect(f?.periods.map((p) => `${p.start}..${p.end}`).join(' + ')).toBe(expected);
    expect(f?.tense).toBe(tense);
  });
});

describe('questions with a tense', () => {
  it.each([
    ['which sessions and meetings are still ahead of us? still to come', '2024-06-15', ['WG.4-14', 'WG.7-11', 'COP-12']],
    ['list the meetings that have already been held', '2023-10-04', ['WG.6-10', 'WG.2-14', 'WG.3-14', 'WG.4-13']],
    ['how many wg meetings remaining this year', '2024-06-20', ['WG.4-14', 'WG.7-11']],
    ['did any working group meet yet in 2024?', '2024-03-01', []],
    ['quelles réunions restent en 2024 ?', '2024-07-10', ['WG.7-11', 'COP-12']],
    ['les réunions du GT armes à feu qui ont déjà eu lieu', '2024-01-10', ['WG.6-10']],
  ])('%s (now %s)', (q, now, expected) => {
    expect(ids(ask(q, now))).toEqual(expected);
  });

  it('a tense alone is no reason to read chatter as a question', () => {
    expect(ask('I already sent you the slides', '2024-06-15').meetings).toEqual([]);
    expect(ask('already?', '2024-06-15').meetings).toEqual([]);
  });

  it('one meeting named: its status is the answer, the tense does not hide it', () => {
    const a = ask('has COP12 already taken place?', '2024-02-29');
    expect(ids(a)).toEqual(['COP-12']);
    expect(a.text).toContain('is scheduled to hold');
    expect(ids(ask('la 14e réunion du GT traite a-t-elle déjà eu lieu ?', '2024-09-01'))).toEqual(['WG.4-14']);
  });

  it('the open side is said, never a year 1 or 9999', () => {
    const a = ask('what meetings are still to come', '2024-06-15');
    expect(a.text).toMatch(/^3 meetings are recorded from 15 June 2024 on:/);
    expect(ask('meetings before 2024', '2024-06-15').text).toMatch(/^5 meetings are recorded up to 31 December 2023:/);
    expect(ask('réunions après juin 2024', '2024-02-01').text).toMatch(/^3 réunions sont enregistrées à partir du 1er juillet 2024 :/);
    for (const q of ['what meetings are still to come', 'meetings before 2024', 'réunions après juin 2024']) expect(ask(q, '2024-06-15').text).not.toMatch(/9999|\b1 January 1\b|1er janvier 1\b/);
  });

  it('as of a day, the tense is that day\'s', () => {
    expect(ids(ask('as at 4 July 2024, which meetings were still to be held?', '2024-08-15'))).toEqual(['WG.4-14', 'WG.7-11', 'COP-12']);
  });
});

describe('documents read no tense', () => {
  it('"is to be held" or "have already taken place" in a document is no period', () => {
    const docs = createPeriodFinder(dataset().vocabulary);
    expect(docs('the meeting is to be held as planned', 'en', '2024-06-15')).toBeNull();
    expect(docs('les réunions qui ont déjà eu lieu', 'fr', '2024-06-15')).toBeNull();
    expect(find('the meeting is to be held as planned', 'en', '2024-06-15')?.tense).toBe('future');
  });
});

describe('the status the sources give, asked about as such', () => {
  it('"actually held": the held ones, then those only announced whose dates have passed, said as such', () => {
    const a = ask('which of the 2024 meetings really took place', '2025-03-01');
    expect(ids(a)).toEqual(['WG.6-11', 'WG.2-15', 'WG.3-15', 'WG.4-14', 'WG.7-11', 'COP-12']);
    expect(a.lead).toBe('3 meetings are recorded as held in 2024:');
    expect(a.items).toContain('3 more, whose dates have passed, were only announced; no source I have says they took place:');
  });
  it('"a bien eu lieu ?" about a meeting only announced names it and says it was only announced', () => {
    const a = ask('la séance de juillet 2024 du GT migrants a-t-elle bien eu lieu ?', '2024-09-20');
    expect(ids(a)).toEqual(['WG.7-11']);
    expect(a.text).toMatch(/^Aucune réunion du Groupe de travail sur le trafic illicite de migrants n'est enregistrée comme tenue en juillet 2024\./);
  });
  it('"only scheduled": the meetings the sources only announce', () => {
    expect(ids(ask('which ones are merely scheduled?', '2024-06-25'))).toEqual(['WG.4-14', 'WG.7-11', 'COP-12']);
    expect(ids(ask('celles qui sont uniquement prévues', '2024-06-25'))).toEqual(['WG.4-14', 'WG.7-11', 'COP-12']);
  });
});

describe('"has it met yet" about one body, when it has not', () => {
  it('says so, then gives its meeting later in the period', () => {
    const a = ask('has the firearms wg met yet this year?', '2023-04-20');
    expect(ids(a)).toEqual(['WG.6-10']);
    expect(a.lead).toBe('No meeting of the Working Group on Firearms is recorded on 1 January–19 April 2023.');
  });
  it('about every group, nothing more is listed', () => {
    expect(ids(ask('has any working group met yet in 2023?', '2023-02-14'))).toEqual([]);
  });
  it('"left in 2024"', () => {
    expect(ids(ask('any working group meetings left in 2024?', '2024-07-20'))).toEqual([]);
    expect(ids(ask('any meetings left in 2024?', '2024-07-20'))).toEqual(['COP-12']);
  });
});

describe('a meeting recorded as held, asked about before or during its dates', () => {
  it('is not said to have taken place yet', () => {
    expect(ask('next firearms meeting', '2024-01-01').text).toMatch(/^The Working Group on Firearms is to hold its 11th meeting on 3–4 April 2024/);
    expect(ask('la prochaine réunion du GT armes', '2024-01-01').text).toMatch(/^Le Groupe de travail sur les armes à feu doit tenir sa 11e réunion/);
    expect(ask('firearms meeting now', '2024-04-03').text).toMatch(/is holding its 11th meeting/);
    expect(ask('firearms meetings in 2024', '2025-01-01').text).toMatch(/held its 11th meeting/);
  });
});
