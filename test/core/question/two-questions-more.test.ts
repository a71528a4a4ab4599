import { describe, expect, it } from 'vitest';
import { ask, ids } from '../../helpers/data';

describe('two questions in one message: what each part brings', () => {
  it('the instruments a mandate part names are part of the answer', () => {
    const a = ask('which resolution created the firearms group, and when did it last meet', '2024-06-20');
    expect(a.instruments).toEqual(['resolution-5/4']);
    expect(ids(a)).toEqual(['WG.6-11']);
  });
  it('the reports are those a part asks for, not every meeting named', () => {
    const a = ask('give me the report of the 13th TIP meeting, and when is their 14th', '2024-01-10');
    expect(a.reports).toEqual(['CTOC/COP/WG.4/2023/5']);
    expect(ids(a)).toEqual(['WG.4-13', 'WG.4-14']);
  });
  it('a follow-up with no time of its own keeps the period asked before', () => {
    const a = ask('how many smuggling and firearms meetings in 2023, and which were they', '2024-06-20');
    expect(ids(a)).toEqual(['WG.6-10', 'WG.7-10']);
  });
  it('a follow-up with its own time does not', () => {
    expect(ids(ask('when did the firearms group meet in 2023, and when does it meet next', '2023-06-20'))).toEqual(['WG.6-10', 'WG.6-11']);
  });
  it.each([
    ['any meeting in february 2024? otherwise the next one', '2024-01-10', ['WG.6-11']],
    ['une réunion en janvier ? sinon laquelle est la prochaine', '2024-01-10', ['WG.6-11']],
  ])('"otherwise", "sinon" join two questions: %s', (q, now, want) => {
    const a = ask(q, now);
    expect(ids(a)).toEqual(want);
    expect(a.text.split('. ').length).toBeGreaterThan(1);
  });
  it('a sentence both parts give is said once', () => {
    const a = ask('is there a smuggling meeting in october 2023, if not when', '2023-06-20');
    expect(ids(a)).toEqual(['WG.7-10']);
    expect(a.text.match(/10th meeting/g)).toHaveLength(1);
  });
});

describe('more parts and wishes', () => {
  it('a follow-up asking where keeps the position asked before', () => {
    const a = ask("quand le GT armes s'est-il réuni pour la dernière fois, et où ?", '2024-06-20');
    expect(ids(a)).toEqual(['WG.6-11']);
  });
  it.each([
    ['thx, and merry christmas', 'en'],
    ['happy new year!', 'en'],
    ['merci et bonne année', 'fr'],
  ])('a wish is a greeting, not a date: %s', (q, lang) => {
    const a = ask(q, '2024-12-30');
    expect(a.intent).toBe('greeting');
    expect(a.lang).toBe(lang);
    expect(ids(a)).toEqual([]);
  });
  it('meetings of two named groups, said with "working groups"', () => {
    expect(ids(ask('all meetings of the firearms and smuggling working groups', '2024-06-20'))).toEqual(['WG.6-10', 'WG.7-10', 'WG.6-11', 'WG.7-11']);
  });
  it('"des groupes de travail et de la conférence": the Conference too', () => {
    expect(ids(ask('réunions des groupes de travail et de la conférence en octobre 2024', '2024-06-20'))).toEqual(['COP-12']);
    expect(ids(ask('réunions des groupes de travail en octobre 2024', '2024-06-20'))).toEqual([]);
  });
});

describe('a later part of its own, or one referring back', () => {
  it('a part with its own meeting and no word referring back does not take the body asked before', () => {
    expect(ids(ask("what's the report of WG.6-11? and what's the next meeting?", '2024-04-15'))).toEqual(['WG.6-11', 'WG.2-15']);
    expect(ids(ask('quel est le rapport de WG.6-11 ? et quelle est la prochaine réunion ?', '2024-04-15'))).toEqual(['WG.6-11', 'WG.2-15']);
  });
  it('a part referring back keeps it', () => {
    expect(ids(ask('when did the firearms group meet in 2023, and when is its next meeting?', '2023-06-01'))).toEqual(['WG.6-10', 'WG.6-11']);
    expect(ids(ask('quand le GT armes s’est-il réuni en 2023 ? et sa prochaine réunion ?', '2023-06-01'))).toEqual(['WG.6-10', 'WG.6-11']);
  });
});
