import { describe, expect, it } from 'vitest';
import { ask, ids, understand } from '../../helpers/data';

describe('classes from the latest held-out sets', () => {
  it('"taking place" asks when, not where; a season then looks ahead', () => {
    const a = ask('could you list the meetings taking place this coming summer', '2024-05-02');
    expect(a.intent).not.toBe('place');
    expect(ids(a)).toEqual(['WG.2-15', 'WG.3-15', 'WG.4-14', 'WG.7-11']);
    expect(ask('where will the 10th smuggling meeting take place', '2023-06-01').text).toMatch(/Vienna/);
  });
  it('a lower-case short form between an article or ordinal and an English meeting word is a body', () => {
    expect(understand('anything between the fa meeting and the tip meeting in 2024', '2024-01-10').relation).toMatchObject({ direction: 'between', body: 'WG.6', to: { body: 'WG.4' } });
    expect(ids(ask('where is the 14th ta mtg', '2023-01-10'))).toEqual(['WG.2-14']);
    expect(understand('ta réunion de demain', '2024-01-10').bodies).toEqual([]);
  });
  it('between two numbered meetings named with their numbers before the body', () => {
    expect(ids(ask('des réunions entre la 13e réunion sur la traite et la 11e sur les armes ?', '2024-06-01'))).toEqual(['WG.7-10']);
  });
  it('a period beside a numbered anchor narrows the meetings asked about', () => {
    expect(ids(ask('which meetings were held before cop12 in 2023', '2024-11-01'))).toEqual(['WG.6-10', 'WG.2-14', 'WG.3-14', 'WG.4-13', 'WG.7-10']);
  });
  it('"la proch réunion", "teh wg", "what exactly is"', () => {
    expect(ids(ask('qd est la proch reunion du gt traite', '2024-01-10'))).toEqual(['WG.4-14']);
    expect(ask('when does teh wg meet next', '2024-01-10').intent).toBe('unknown-body');
    expect(ask('what exactly is the working group on trafficking', '2024-01-10').bodies).toEqual(['WG.4']);
    expect(ask("le GT.3, c'est quel groupe déjà ?", '2024-01-10').text).toMatch(/^WG\.3 désigne/);
  });
});

describe('comparing bodies', () => {
  it('"which met first, A or B": both meetings, the first said first', () => {
    const a = ask('who held their meeting first in 2023, the smuggling group or the TA group?', '2024-01-10');
    expect(ids(a)).toEqual(['WG.2-14', 'WG.7-10']);
    expect(a.text).toMatch(/^First of them: the Working Group of Government Experts on Technical Assistance\./);
    const fr = ask("qui s'est réuni en dernier en 2024, le GT armes ou le GT traite ?", '2024-12-01');
    expect(ids(fr)).toEqual(['WG.4-14', 'WG.6-11']);
    expect(fr.text).toMatch(/^En dernier : le Groupe de travail sur la traite des personnes\./);
  });
  it('"the first meeting of A and B" is still one meeting', () => {
    expect(ids(ask('the first meeting of the TIP and SOM groups in 2023', '2024-01-10'))).toEqual(['WG.4-13']);
  });
});

describe('yes or no, relative to another meeting', () => {
  it('"did A meet before B?": yes or no, with both meetings', () => {
    const a = ask('did the smuggling group meet after the TIP group in 2023?', '2024-01-10');
    expect(a.text).toMatch(/^Yes\. /);
    expect(ids(a)).toEqual(['WG.4-13', 'WG.7-10']);
    const no = ask('did the TA group meet before the firearms group in 2024?', '2024-12-01');
    expect(no.text).toMatch(/^No\. /);
    expect(ids(no)).toEqual(['WG.6-11', 'WG.2-15']);
    expect(ask("le GT migrants s'est-il réuni avant la CdP en 2024 ?", '2024-12-01').text).toMatch(/^Oui\. /);
  });
  it('a question asking which meetings came after stays a list', () => {
    expect(ids(ask('what came after the 13th TIP meeting', '2024-01-10'))).toEqual(['WG.7-10']);
  });
});

describe('English time words in a French question', () => {
  it('are read when French reads no date', () => {
    expect(ids(ask('quelles réunions last week ?', '2024-06-10'))).toEqual(['WG.2-15', 'WG.3-15']);
    expect(ids(ask('des réunions du GT traite next month ?', '2024-06-10'))).toEqual(['WG.4-14']);
  });
  it('French date words stay French', () => {
    expect(understand('réunions en mars 2024', '2024-06-10').period).toEqual({ start: '2024-03-01', end: '2024-03-31', granularity: 'month' });
    expect(understand('les sept groupes', '2024-06-10').period).toBeNull();
  });
});
