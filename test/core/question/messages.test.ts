import { describe, expect, it } from 'vitest';
import { ask, ids } from '../../helpers/data';

const WG_2024 = ['WG.6-11', 'WG.2-15', 'WG.3-15', 'WG.4-14', 'WG.7-11'];

describe('"working group" followed by a plural meeting word is every working group', () => {
  it.each([
    ['working group meetings in 2024', WG_2024],
    ['list working group sessions held in 2024', WG_2024],
    ['groupe de travail réunions 2024', WG_2024],
  ])('%s', (q, expected) => {
    expect(ids(ask(q, '2025-02-01'))).toEqual(expected);
  });
  it('one working group with a singular word still asks which', () => {
    expect(ask('when does the working group meeting take place', '2025-02-01').intent).toBe('unknown-body');
  });
});

describe('a body named only as included means every body', () => {
  it('"all meetings incl. the COP in 2024"', () => {
    expect(ids(ask('every meeting in 2024 incl. the CoP', '2025-02-01'))).toEqual([...WG_2024, 'COP-12']);
    expect(ids(ask('COP sessions in 2024', '2025-02-01'))).toEqual(['COP-12']);
  });
});

describe('a group on a subject the bot does not know is unknown, not every group', () => {
  it.each([
    ['the wg on wildlife crime in 2024', 'wg wildlife crime'],
    ['le GT sur la piraterie maritime', 'GT piraterie maritime'],
  ])('%s', (q, unknown) => {
    const a = ask(q, '2025-02-01');
    expect(a.unknown).toBe(unknown);
    expect(a.meetings).toEqual([]);
  });
});

describe("the bot's own meeting ids", () => {
  it('"WG.6-11" is the 11th meeting of WG.6', () => {
    expect(ids(ask('details of wg.6-11 pls', '2025-02-01'))).toEqual(['WG.6-11']);
  });
});

describe('two questions joined by "and"/"et", each with its own body and date or number', () => {
  it.each([
    ['the firearms group in 2023 and the SOM group in 2024', '2025-02-01', ['WG.6-10', 'WG.7-11']],
    ['la 15e réunion du GT2 et la 14e du GT3', '2025-02-01', ['WG.2-15', 'WG.3-14']],
    ['WG.3-14 and WG.6-11 dates', '2025-02-01', ['WG.3-14', 'WG.6-11']],
    // one question: the bodies share the period
    ['firearms and TIP meetings in 2024', '2025-02-01', ['WG.6-11', 'WG.4-14']],
  ])('%s', (q, now, expected) => {
    expect(ids(ask(q, now))).toEqual(expected);
  });
  it('a later part naming only a body asks what the first asked', () => {
    expect(ids(ask('next meeting of the TIP group? and the one of the firearms group?', '2023-09-01'))).toEqual(['WG.4-13', 'WG.6-11']);
    expect(ids(ask('la dernière réunion du GT armes ? et celle du GT traite ?', '2024-06-20'))).toEqual(['WG.6-11', 'WG.4-13']);
    // a part with a question word of its own is its own question
    expect(ids(ask('when did the TA group last meet, and when is the COP?', '2024-09-20'))).toEqual(['WG.2-15', 'COP-12']);
  });
});

describe('statements are not questions, even with a meeting word or a date', () => {
  it.each([
    ['the weekly meeting got moved to room 3, fyi everyone', 'en'],
    ['my train was delayed so the meeting started late', 'en'],
    ['la réunion de service est reportée à mardi prochain', 'fr'],
    ['le café de la salle de réunion est froid', 'fr'],
  ])('%s', (q, lang) => {
    const a = ask(q, '2024-05-01');
    expect(a.intent).toBe('unknown');
    expect(a.meetings).toEqual([]);
    expect(a.lang).toBe(lang);
  });
  it.each([
    ['meetings in june 2024', ['WG.2-15', 'WG.3-15']],
    ['show me the firearms group sessions', ['WG.6-10', 'WG.6-11']],
    ['réunions prévues en juillet 2024', ['WG.4-14', 'WG.7-11']],
  ])('a question typed without a question mark still is one: %s', (q, expected) => {
    expect(ids(ask(q, '2024-05-01'))).toEqual(expected);
  });
});

describe('periods read in either language, and relative months', () => {
  it.each([
    ['second semestre 2023', '2024-05-01', ['WG.3-14', 'WG.4-13', 'WG.7-10']],
    ['mtgs in the premier semestre 2024', '2024-09-01', ['WG.6-11', 'WG.2-15', 'WG.3-15']],
    ['spring 23', '2024-05-01', ['WG.6-10', 'WG.2-14']],
    ['meetings since last june', '2024-03-01', ['WG.3-14', 'WG.4-13', 'WG.7-10']],
    ['anything next july?', '2024-03-01', ['WG.4-14', 'WG.7-11']],
    ["les réunions de juin dernier", '2024-09-01', ['WG.2-15', 'WG.3-15']],
    // a part of a period with "du" before it
    ['réunions au milieu du mois prochain', '2024-09-25', ['COP-12']],
    ['réunions au début du mois prochain', '2024-09-25', []],
  ])('%s (now %s)', (q, now, expected) => {
    expect(ids(ask(q, now))).toEqual(expected);
  });
});

describe('what a session that is not recorded will consider', () => {
  it('"reports for COP 14" says the session is unknown', () => {
    const a = ask('which reports go to COP 14', '2024-07-20');
    expect(a.unknown).toBe('14');
    expect(a.reports).toEqual([]);
  });
});

describe('more ways people ask', () => {
  it.each([
    // a range with articles around its dates, the first date taking the second's year
    ['quelles séances entre le 20 mai et le 20 septembre 2023 ?', '2024-01-10', ['WG.2-14', 'WG.3-14']],
    // a window asks for everything in it, not only the first
    ['anything coming up over the next 4 weeks', '2024-06-20', ['WG.4-14', 'WG.7-11']],
    // "the next working group meeting": whichever group, one answer
    ['the next working group session?', '2024-06-20', ['WG.4-14']],
    // a question and chatter after it: the question
    ['what happened in the past 3 weeks? asking for the newsletter draft', '2023-10-18', ['WG.4-13', 'WG.7-10']],
    // a report year narrows the reports a session will consider
  ])('%s (now %s)', (q, now, expected) => {
    expect(ids(ask(q, now))).toEqual(expected);
  });
  it('"the next meeting" in a period is still one', () => {
    expect(ids(ask('when is the next meeting in 2024?', '2024-05-01'))).toEqual(['WG.2-15']);
  });
  it('each part of a message answers in the message language', () => {
    const a = ask("Y a-t-il une séance aujourd'hui, et laquelle vient ensuite ?", '2024-06-04');
    expect(ids(a)).toEqual(['WG.2-15', 'WG.3-15']);
    expect(a.text).not.toMatch(/Working Group/);
  });
  it('pleasantries are greetings', () => {
    expect(ask('many thanks, super helpful', '2024-03-01').intent).toBe('greeting');
    expect(ask("Bonsoir, j'espère que tu vas bien", '2024-03-01').intent).toBe('greeting');
  });
  it('"the 2024 reports going to the COP": the reports of 2024 only', () => {
    expect(ask('2024 reports of the SOM group going to the COP', '2024-08-01').reports).toEqual(['CTOC/COP/WG.7/2024/5']);
    expect(ask('which reports will the COP consider in October 2024', '2024-08-01').reports).toHaveLength(10);
  });
});
