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
    ['what took place in 2024 to date', 'en', '2024-06-15', '2024-01-01..2024-06-14', 'past'],
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
