import { describe, expect, it } from 'vitest';
import { ask, ids, understand } from '../../helpers/data';

// Classes found on a held-out set; each rule is tested on sentences of its own.
describe('a position narrows reports, places and documents', () => {
  it('"the report of the latest X meeting" names one report, per body', () => {
    const a = ask('pls send the report from the most recent firearms mtg', '2024-06-20');
    expect(ids(a)).toEqual(['WG.6-11']);
    expect(a.reports).toEqual(['CTOC/COP/WG.6/2024/5']);
    expect(ids(ask('rapport de la dernière réunion du GT traite', '2024-01-10'))).toEqual(['WG.4-13']);
    expect(ids(ask('reports of the last SOM and TIP meetings', '2024-01-10'))).toEqual(['WG.4-13', 'WG.7-10']);
  });
  it('"where is the next …" names the next meeting only', () => {
    expect(ids(ask('where will the next cooperation group meeting take place?', '2023-06-01'))).toEqual(['WG.3-14']);
  });
  it('no position: every meeting in scope, as before', () => {
    expect(ids(ask('reports of the firearms group', '2024-06-20'))).toEqual(['WG.6-10', 'WG.6-11']);
  });
});

describe('"the group" with next or last asks which group', () => {
  it.each([
    ['when does the group get together next', 'en'],
    ['latest session of the body?', 'en'],
    ['dernière réunion du groupe ?', 'fr'],
    ['le groupe se réunit quand la prochaine fois', 'fr'],
    ['when did the working group last meet?', 'en'],
  ])('%s', (q, lang) => {
    const a = ask(q, '2024-01-10');
    expect(a.intent).toBe('unknown-body');
    expect(a.lang).toBe(lang);
    expect(ids(a)).toEqual([]);
  });
  it('"the next group meeting", "next wg session": any group, the next one', () => {
    expect(ids(ask('when is the next group meeting', '2024-01-10'))).toEqual(['WG.6-11']);
    expect(ids(ask('next wg session?', '2024-01-10'))).toEqual(['WG.6-11']);
  });
});

describe('what a body is', () => {
  it('its name in both languages, former names and what set it up, and no meeting', () => {
    const a = ask('whats wg 6 stand for', '2024-01-10');
    expect(a.intent).toBe('bodies');
    expect(ids(a)).toEqual([]);
    expect(a.bodies).toEqual(['WG.6']);
    expect(a.text).toMatch(/^WG\.6 is the Working Group on Firearms \(in French: Groupe de travail sur les armes à feu\)\. It was formerly called the /);
    expect(a.text).toMatch(/resolution 5\/4/);
  });
  it('the README examples', () => {
    expect(ask('what is WG.7?', '2024-01-10').text).toMatch(/^WG\.7 is the Working Group on the Smuggling of Migrants/);
    expect(ask('nom complet du GT armes', '2024-01-10').text).toMatch(/^WG\.6 désigne le Groupe de travail sur les armes à feu/);
  });
  it('in French, with the article of the body', () => {
    const a = ask("c'est quoi exactement la CdP ?", '2024-01-10');
    expect(a.bodies).toEqual(['COP']);
    expect(a.text).toMatch(/^COP désigne la Conférence des Parties/);
  });
  it('by subject: the body that deals with it', () => {
    expect(ask('which wg is responsible for extradition', '2024-01-10').bodies).toEqual(['WG.3']);
    expect(ask('quel groupe est chargé de la coopération internationale', '2024-01-10').bodies).toEqual(['WG.3']);
  });
  it('a question about its meetings is still about meetings', () => {
    expect(ids(ask("what's the next firearms meeting", '2024-01-10'))).toEqual(['WG.6-11']);
    expect(understand('what is the date of the firearms meeting in 2024', '2024-01-10').intent).not.toBe('bodies');
    expect(ids(ask('what are the 2024 TIP meetings', '2024-01-10'))).toEqual(['WG.4-14']);
  });
});

describe('a bare number right after a body name is its meeting number', () => {
  it.each([
    ['som 10 report?', '2024-03-01', ['WG.7-10']],
    ['firearms 11 where', '2024-03-01', ['WG.6-11']],
    ['gt traite 14 dates', '2024-03-01', ['WG.4-14']],
  ])('%s', (q, now, want) => {
    expect(ids(ask(q, now))).toEqual(want);
  });
  it('not the number of a WG id, a year or a count of days', () => {
    expect(ids(ask('WG 6 meetings', '2024-03-01'))).toEqual(['WG.6-10', 'WG.6-11']);
    expect(ids(ask('firearms 2024', '2024-03-01'))).toEqual(['WG.6-11']);
    expect(ask('tip meetings in the next 30 days', '2024-06-20').meetings.map((m) => m.id)).toEqual(['WG.4-14']);
  });
});

describe('each group, and a month ending the question', () => {
  it('"each working group", "chaque groupe": the next meeting of every group', () => {
    expect(ids(ask('when is the next meeting for each WG', '2024-03-01')).sort()).toEqual(['WG.2-15', 'WG.3-15', 'WG.4-14', 'WG.6-11', 'WG.7-11']);
    expect(ids(ask('la prochaine réunion de chaque groupe ?', '2024-06-10'))).toEqual(['WG.4-14', 'WG.7-11']);
  });
  it('"the next working group meeting" is still one, across them', () => {
    expect(ids(ask('when is the next working group meeting', '2024-03-01'))).toEqual(['WG.6-11']);
  });
  it('a month that ends a question of several words', () => {
    expect(ids(ask('firearms wg meeting april', '2024-01-01'))).toEqual(['WG.6-11']);
    expect(ids(ask('réunions gt traite juillet ?', '2024-01-01'))).toEqual(['WG.4-14']);
    expect(ask('what about may', '2024-01-01').period).toBeNull();
  });
});
