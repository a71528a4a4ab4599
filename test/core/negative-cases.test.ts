import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/data';

const NOW = '2024-07-15';

describe('never invents', () => {
  it.each([
    ['when did the cybercrime committee meet?', 'cybercrime committee'],
    ['what did the group on corruption do in 2023?', 'group corruption'],
    ['le comité sur la cybercriminalité ?', 'comité cybercriminalité'],
    ['when did WG.5 meet?', 'WG.5'],
  ])('%s -> says the body is unknown and lists the known ones', (q, name) => {
    const a = ask(q, NOW);
    expect(a.intent).toBe('unknown-body');
    expect(a.meetings).toEqual([]);
    expect(a.text).toContain(name);
    expect(a.text).toContain('(WG.6)');
  });

  it.each([
    ['any mtgs in fy24?', 'fy24', "I don't know what \"fy24\" means"],
    ['meetings in W23', 'W23', "I don't know what \"W23\" means"],
    ['réunions en FY2024 ?', 'FY2024', 'Je ne sais pas ce que signifie « FY2024 »'],
  ])('%s -> says it cannot read the code, never every meeting', (q, term, said) => {
    const a = ask(q, NOW);
    expect(a.intent).toBe('unknown');
    expect(a.meetings).toEqual([]);
    expect(a.unknown).toBe(term);
    expect(a.text).toContain(said);
  });

  it.each([
    ['GT4 en 2024', 'WG.4'],
    ['gt6 en avril 2024', 'WG.6'],
    ['wg3 in 2024', 'WG.3'],
  ])('%s: the French id is derived like the English one (%s)', (q, body) => {
    const a = ask(q, NOW);
    expect(a.unknown).toBeNull();
    expect(a.meetings.length).toBeGreaterThan(0);
    expect(a.meetings.every((m) => m.body === body)).toBe(true);
  });

  it('asks which body when "the group" names none', () => {
    const a = ask('when did the group meet?', NOW);
    expect(a.intent).toBe('unknown-body');
    expect(a.meetings).toEqual([]);
    expect(a.text).toMatch(/^Which body do you mean\?/);
  });

  it.each(['tell me a joke', 'asdf qwerty', "what's the weather like?", '🙂🙂🙂', '...', 'who are you'])('%s -> short help, no meeting', (q) => {
    const a = ask(q, NOW);
    expect(['unknown', 'help']).toContain(a.intent);
    expect(a.meetings).toEqual([]);
    expect(a.text).toContain('Try:');
  });

  it('an unknown document symbol is said to be unknown', () => {
    const a = ask('what is CTOC/COP/WG.9/2023/5?', NOW);
    expect(a.meetings).toEqual([]);
    expect(a.reports).toEqual([]);
    expect(a.text).toBe('CTOC/COP/WG.9/2023/5 is not a document I have on record.');
  });

  it('an ordinal that does not exist is said not to be recorded', () => {
    const a = ask('the 3rd meeting of the firearms group', NOW);
    expect(a.meetings).toEqual([]);
    expect(a.text).toBe('No 3rd meeting of the Working Group on Firearms is recorded.');
  });
});

describe('dates chrono gets wrong', () => {
  it('a document symbol is not the date 6/2024', () => {
    const a = ask('what is CTOC/COP/WG.6/2024/5?', NOW);
    expect(a.period).toBeNull();
    expect(a.meetings.map((m) => m.id)).toEqual(['WG.6-11']);
  });

  it('"resolution 7/1" is not the 1st of July', () => {
    const a = ask('which groups did resolution 7/1 make permanent?', NOW);
    expect(a.period).toBeNull();
    expect(a.intent).toBe('mandate');
  });

  it('"les 2 et 3 octobre 2023" is not "2 et" = today', () => {
    expect(ask('réunions les 2 et 3 octobre 2023', NOW).period).toEqual({ start: '2023-10-02', end: '2023-10-03', granularity: 'day' });
  });

  it('"8 and 9 July 2024" keeps the first day', () => {
    expect(ask('meetings on 8 and 9 July 2024', NOW).period).toEqual({ start: '2024-07-08', end: '2024-07-09', granularity: 'day' });
  });

  it('"13th meeting" and "the 12th session" are ordinals, not days of this month', () => {
    expect(ask('13th meeting', NOW).period).toBeNull();
    expect(ask('the 12th session of the COP', NOW).period).toBeNull();
  });

  it('"may I ask" is not the month of May', () => {
    expect(ask('may I ask about the firearms group?', NOW).period).toBeNull();
  });

  it('a number that is not a year is not a date', () => {
    expect(ask('firearms group 4000 meetings', NOW).period).toBeNull();
  });
});

describe('dashes of every code point', () => {
  it.each(['meetings 3\u20114 april 2024', 'réunions du 3\u20104 avril 2024', 'meetings 3\u22124 april 2024'])('%s is a range, like 3-4', (q) => {
    expect(ask(q, NOW).meetings.map((m) => m.id)).toEqual(ask(q.replace(/[\u2010\u2011\u2212]/, '-'), NOW).meetings.map((m) => m.id));
    expect(ask(q, NOW).meetings.map((m) => m.id)).toEqual(['WG.6-11']);
  });
});
