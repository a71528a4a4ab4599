import { describe, expect, it } from 'vitest';
import { ask, ids } from '../../helpers/data';

// A relation's anchor may be named with its number glued on ("COP12"), by a group's number
// ("the WG 2 meeting", "GT 2") — a number that is never a day of a date after it.
describe('relations anchored on a numbered name', () => {
  it.each([
    ['what meeting comes just before COP12?', '2024-08-01', ['WG.7-11']],
    ['la séance juste avant la CdP12', '2024-08-01', ['WG.7-11']],
    ['what comes after the WG 2 meeting', '2023-05-01', ['WG.3-14']],
    ["qu'est-ce qui suit la réunion du GT 6 de mai 2023 ?", '2025-01-10', ['WG.2-14']],
    ['which meeting precedes the wg.3 meeting of june 2024', '2025-01-10', ['WG.2-15']],
  ])('%s (now %s)', (q, now, expected) => {
    const a = ask(q, now);
    expect(a.intent).toBe('relation');
    expect(ids(a)).toEqual(expected);
  });

  it('a group number before a month is the group, not a day', () => {
    const a = ask('le GT 2 de juin 2024', '2025-01-10');
    expect(ids(a)).toEqual(['WG.2-15']);
    expect(a.period?.start).toBe('2024-06-01');
  });

  it('"ensuite", "suivante": the next one', () => {
    expect(ids(ask('quel groupe se réunit ensuite ?', '2024-06-20'))).toEqual(['WG.4-14']);
    expect(ids(ask('la réunion suivante du GT migrants', '2024-01-10'))).toEqual(['WG.7-11']);
  });
});

describe('"before or after" compares, it is no relation to one of them', () => {
  it('gives both meetings', () => {
    expect(ids(ask('did the firearms group meet before or after the TA group in 2023?', '2024-03-01'))).toEqual(['WG.6-10', 'WG.2-14']);
    expect(ids(ask('le GT traite s’est-il réuni avant ou après le GT migrants en 2023 ?', '2024-03-01'))).toEqual(['WG.4-13', 'WG.7-10']);
  });
});

describe('between two meetings', () => {
  it.each([
    ['anything between WG.6-10 and WG.3-14?', '2023-06-01', ['WG.2-14']],
    ['quelles séances entre WG.3-15 et la COP-12 ?', '2024-06-01', ['WG.4-14', 'WG.7-11']],
    ['what met between the firearms group and the COP in 2024', '2025-01-10', ['WG.2-15', 'WG.3-15', 'WG.4-14', 'WG.7-11']],
  ])('%s (now %s)', (q, now, expected) => {
    const a = ask(q, now);
    expect(a.intent).toBe('relation');
    expect(ids(a)).toEqual(expected);
  });
  it('"between" two dates is still a range', () => {
    expect(ids(ask('meetings between March and June 2024', '2025-01-10'))).toEqual(['WG.6-11', 'WG.2-15', 'WG.3-15']);
  });
});
