import { describe, expect, it } from 'vitest';
import { ask, ids } from '../helpers/data';

// Reference dates: mid-July 2024 (just after the note), and 27 November 2026 (after every recorded meeting).
const JULY_2024 = '2024-07-15';
const LATER = '2026-11-27';

describe('English questions', () => {
  it.each([
    // when a body met, all or in a period
    ['when did the firearms group meet in 2024?', JULY_2024, 'meetings', ['WG.6-11']],
    ['when did the firearms group meet?', JULY_2024, 'meetings', ['WG.6-10', 'WG.6-11']],
    ['When did WG.3 meet in 2023', JULY_2024, 'meetings', ['WG.3-14']],
    ['human trafficking meetings last year', JULY_2024, 'meetings', ['WG.4-13']],
    ['migrant smuggling meetings this year', JULY_2024, 'meetings', ['WG.7-11']],
    // periods across bodies
    ['which meetings happened in June 2024?', JULY_2024, 'meetings', ['WG.2-15', 'WG.3-15']],
    ['meetings between March and June 2024', JULY_2024, 'meetings', ['WG.6-11', 'WG.2-15', 'WG.3-15']],
    ['what meetings were held last month?', JULY_2024, 'meetings', ['WG.2-15', 'WG.3-15']],
    ['any meetings next month?', '2024-09-20', 'meetings', ['COP-12']],
    ['meetings this year', '2023-03-01', 'meetings', ['WG.6-10', 'WG.2-14', 'WG.3-14', 'WG.4-13', 'WG.7-10']],
    ['what happened on 3 April 2024?', JULY_2024, 'meetings', ['WG.6-11']],
    ['meetings on 4 April 2024', JULY_2024, 'meetings', ['WG.6-11']],
    ['meetings on 8 and 9 July 2024', JULY_2024, 'meetings', ['WG.4-14']],
    ['meetings from May to September 2023', JULY_2024, 'meetings', ['WG.6-10', 'WG.2-14', 'WG.3-14']],
    // next / upcoming
    ['what is the next meeting?', JULY_2024, 'next', ['COP-12']],
    ['upcoming meetings', '2024-06-01', 'next', ['WG.2-15', 'WG.3-15', 'WG.4-14', 'WG.7-11', 'COP-12']],
    ['when will the trafficking group meet next?', '2024-06-01', 'next', ['WG.4-14']],
    ['next meeting of the firearms group', '2023-01-10', 'next', ['WG.6-10']],
    // last / most recent
    ['when did the smuggling group last meet?', '2024-01-01', 'last', ['WG.7-10']],
    ['most recent meeting', '2024-06-05', 'last', ['WG.2-15']],
    ['latest firearms meeting', LATER, 'last', ['WG.6-11']],
    // ordinals
    ['13th meeting', JULY_2024, 'ordinal', ['WG.4-13']],
    ['eleventh meeting', JULY_2024, 'ordinal', ['WG.6-11', 'WG.7-11']],
    ['the 12th session of the COP', JULY_2024, 'ordinal', ['COP-12']],
    ['COP12', JULY_2024, 'ordinal', ['COP-12']],
    ['tenth meeting of the firearms group', JULY_2024, 'ordinal', ['WG.6-10']],
    // reports, both directions
    ['report of the 11th firearms meeting', JULY_2024, 'report', ['WG.6-11']],
    ['WG6 reports', JULY_2024, 'report', ['WG.6-10', 'WG.6-11']],
    ['what is CTOC/COP/WG.7/2023/5?', JULY_2024, 'symbol', ['WG.7-10']],
    ['what is CTOC/COP/2024/1?', JULY_2024, 'symbol', ['COP-12']],
    // places and counts
    ['where did the firearms group meet?', JULY_2024, 'place', ['WG.6-10', 'WG.6-11']],
    ['how many meetings in 2023?', JULY_2024, 'count', ['WG.6-10', 'WG.2-14', 'WG.3-14', 'WG.4-13', 'WG.7-10']],
    ['how many times did the firearms group meet?', JULY_2024, 'count', ['WG.6-10', 'WG.6-11']],
  ])('%s (now %s) -> %s %j', (question, now, intent, meetings) => {
    const a = ask(question, now);
    expect(a.lang).toBe('en');
    expect(a.intent).toBe(intent);
    expect(ids(a)).toEqual(meetings);
  });

  it('states a held meeting in full, with dates, place and report', () => {
    expect(ask('when did the firearms group meet in 2024?', JULY_2024).text).toBe(
      'The Working Group on Firearms held its 11th meeting on 3–4 April 2024 in Vienna (report CTOC/COP/WG.6/2024/5).',
    );
  });

  it('reads scheduled-only meetings as scheduled, in the tense now calls for', () => {
    expect(ask('next meeting of the trafficking group', '2024-07-01').text).toBe(
      'The Working Group on Trafficking in Persons is scheduled to hold its 14th meeting on 8–9 July 2024 in Vienna (report CTOC/COP/WG.4/2024/5).',
    );
    expect(ask('last meeting of the trafficking group', LATER).text).toContain('was scheduled to hold its 14th meeting on 8–9 July 2024');
    expect(ask('12th session of the COP', JULY_2024).text).toBe(
      'The Conference of the Parties is scheduled to hold its 12th session on 14–18 October 2024 in Vienna (provisional agenda CTOC/COP/2024/1).',
    );
  });

  it('answers report questions with the symbol and cites it', () => {
    const a = ask('report of the 11th firearms meeting', JULY_2024);
    expect(a.text).toBe('The report of the 11th meeting of the Working Group on Firearms (3–4 April 2024, Vienna) is CTOC/COP/WG.6/2024/5.');
    expect(a.reports).toEqual(['CTOC/COP/WG.6/2024/5']);
    expect(ask('what is CTOC/COP/WG.7/2023/5?', JULY_2024).text).toBe(
      'CTOC/COP/WG.7/2023/5 is the report of the 10th meeting of the Working Group on the Smuggling of Migrants (5–6 October 2023, Vienna).',
    );
  });

  it('answers mandate questions from the decisions and resolutions', () => {
    const est = ask('which decision established the trafficking in persons group?', JULY_2024);
    expect(est.intent).toBe('mandate');
    expect(est.text).toBe('The Working Group on Trafficking in Persons was established by decision 4/4 of the Conference.');
    expect(est.meetings).toEqual([]);
    const perm = ask('which resolution made the groups permanent?', JULY_2024);
    expect(perm.text).toContain('Resolution 7/1 made the Working Group on Trafficking in Persons, the Working Group on Firearms and the Working Group on the Smuggling of Migrants permanent elements of the Conference.');
    expect(perm.text).toContain('The Working Group on International Cooperation was established as a permanent element of the Conference by decision 3/2.');
    expect(perm.text).not.toContain('Technical Assistance');
    expect(perm.bodies.sort()).toEqual(['WG.3', 'WG.4', 'WG.6', 'WG.7']);
    expect(ask('what established the firearms group?', JULY_2024).text).toContain('established by resolution 5/4');
    expect(ask('what is resolution 7/1?', JULY_2024).text).toMatch(/^Resolution 7\/1 of the Conference is on strengthening the implementation/);
  });

  it('counts in the lead line', () => {
    expect(ask('how many meetings in 2023?', JULY_2024).lead).toBe('5 meetings are recorded in 2023:');
  });

  it('lists the bodies (the groups are the working groups), and gives help', () => {
    const b = ask('list the bodies', JULY_2024);
    expect(b.intent).toBe('bodies');
    expect(b.bodies).toEqual(['COP', 'WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7']);
    expect(b.text).toContain('Working Group on Firearms (WG.6)');
    const g = ask('list the groups', JULY_2024);
    expect(g.bodies).toEqual(['WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7']);
    expect(ask('quels groupes ?', JULY_2024).bodies).toEqual(['WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7']);
    const h = ask('help', JULY_2024);
    expect(h.intent).toBe('help');
    expect(h.text).toContain('when did the firearms group meet in 2024?');
  });

  it('says so when nothing is recorded, and names no meeting', () => {
    const none = ask('what is the next meeting?', LATER);
    expect(none.intent).toBe('next');
    expect(none.meetings).toEqual([]);
    expect(none.text).toBe(
      "No upcoming meeting is recorded after 27 November 2026; my information comes from the Secretariat's note of 4 July 2024.",
    );
    const empty = ask('meetings in August 2024', JULY_2024);
    expect(empty.meetings).toEqual([]);
    expect(empty.text).toBe('No meeting is recorded in August 2024.');
  });

  it('forgives small misspellings and ignores Slack mentions', () => {
    expect(ids(ask('<@U012ABCDEF> when did the firarms group meet in 2024?', JULY_2024))).toEqual(['WG.6-11']);
    expect(ask('trafficing group meetings', JULY_2024).bodies).toEqual(['WG.4']);
    expect(ask('when did the smugling group meet??!', JULY_2024).bodies).toEqual(['WG.7']);
  });

  it('uses the period granularity: a year is the whole year, a day is a day', () => {
    expect(ask('meetings in 2024', JULY_2024).period).toEqual({ start: '2024-01-01', end: '2024-12-31', granularity: 'year' });
    expect(ask('meetings last year', JULY_2024).period).toEqual({ start: '2023-01-01', end: '2023-12-31', granularity: 'year' });
    expect(ask('meetings in June 2024', JULY_2024).period).toEqual({ start: '2024-06-01', end: '2024-06-30', granularity: 'month' });
    expect(ask('meetings on 3 April 2024', JULY_2024).period).toEqual({ start: '2024-04-03', end: '2024-04-03', granularity: 'day' });
    // a meeting matches when its range overlaps the period: 4 April is the firearms meeting's second day
    expect(ids(ask('meetings on 4 April 2024', JULY_2024))).toEqual(['WG.6-11']);
  });
});
