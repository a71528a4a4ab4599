import { describe, expect, it } from 'vitest';
import { ask, ids, understand } from '../../helpers/data';

describe('a window beside another meeting', () => {
  it('"the N units before/after <meeting>": the meetings within it, not a date', () => {
    const q = understand('was there any meeting in the 2 weeks before the 11th firearms meeting', '2024-01-10');
    expect(q.relation).toMatchObject({ direction: 'before', body: 'WG.6', ordinal: 11, window: { count: 2, unit: 'week' } });
    expect(q.period).toBeNull();
    expect(ids(ask('anything in the week after the 13th TIP meeting', '2024-01-10'))).toEqual(['WG.7-10']);
    expect(ids(ask('meetings within a month after the TA group 15th meeting', '2024-01-10'))).toEqual(['WG.3-15']);
  });
  it('nothing in the window is said with the window', () => {
    const a = ask('anything 3 days before COP12?', '2024-01-10');
    expect(ids(a)).toEqual([]);
    expect(a.text).toBe('No meeting is recorded in the 3 days before the 12th session of the Conference of the Parties (14–18 October 2024).');
  });
  it('in French', () => {
    expect(ids(ask('des réunions dans les trois semaines qui précèdent la 11e réunion du GT migrants ?', '2024-01-10'))).toEqual(['WG.4-14']);
    expect(ids(ask('quoi dans le mois qui suit la 10e réunion armes ?', '2024-01-10'))).toEqual(['WG.2-14']);
    expect(ask('rien dans les 2 jours qui suivent la 10e réunion armes ?', '2024-01-10').text).toMatch(/^Aucune réunion n'est enregistrée dans les 2 jours après la 10e réunion/);
  });
});

describe('two anchors with two relation words', () => {
  it('"after A but before B" is between A and B, each with its number', () => {
    const q = understand('what met after the 14th TA meeting but before the 10th firearms one', '2024-01-10');
    expect(q.relation).toMatchObject({ direction: 'between', body: 'WG.2', ordinal: 14, to: { body: 'WG.6', ordinal: 10 } });
    expect(ids(ask('what met after the 14th TA meeting but before the 10th smuggling one', '2024-01-10'))).toEqual(['WG.3-14', 'WG.4-13']);
  });
  it('"la même semaine que" with or without its article', () => {
    expect(ids(ask('même semaine que la 11e réunion du GT migrants, autre chose ?', '2024-01-10'))).toEqual(['WG.4-14']);
  });
});
