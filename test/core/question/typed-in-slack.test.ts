import { describe, expect, it } from 'vitest';
import { ask, dataset, ids } from '../../helpers/data';

// Causes seen in held-out questions, each a general mechanism with its own table (EN and FR).

describe('a bare short group word before a period is every working group', () => {
  it.each([
    ['GT en mai 2023', '2026-11-27', ['WG.6-10', 'WG.2-14']],
    ['wg in 2024', '2026-11-27', ['WG.6-11', 'WG.2-15', 'WG.3-15', 'WG.4-14', 'WG.7-11']],
    ['GT pendant juin 2024', '2026-11-27', ['WG.2-15', 'WG.3-15']],
  ])('%s', (q, now, expected) => {
    expect(ids(ask(q, now))).toEqual(expected);
  });

  it.each([
    ['WG meeting in 2023?', null],
    ['quand le GT s’est-il réuni en 2023', null],
    ['wg on money laundering 2023', 'wg money laundering'],
  ])('%s still asks which body (unknown: %s)', (q, unknown) => {
    const a = ask(q, '2026-11-27');
    expect(a.intent).toBe('unknown-body');
    expect(a.meetings).toEqual([]);
    expect(a.unknown).toBe(unknown);
  });
});

describe('a list of bodies joined by + or & belongs to the question after it', () => {
  it.each([
    ['smuggling + trafficking reports to COP12', ['CTOC/COP/WG.4/2023/5', 'CTOC/COP/WG.4/2024/5', 'CTOC/COP/WG.7/2023/5', 'CTOC/COP/WG.7/2024/5']],
    ['smuggling & trafficking reports for the COP12', ['CTOC/COP/WG.4/2023/5', 'CTOC/COP/WG.4/2024/5', 'CTOC/COP/WG.7/2023/5', 'CTOC/COP/WG.7/2024/5']],
    ['rapports du GT2 et GT3 pour la CdP12', ['CTOC/COP/WG.2/2023/4', 'CTOC/COP/WG.2/2024/5', 'CTOC/COP/WG.3/2023/4', 'CTOC/COP/WG.3/2024/5']],
  ])('%s: the reports the session considers, of those bodies only', (q, reports) => {
    const a = ask(q, '2024-07-15');
    expect(a.intent).toBe('considers');
    expect([...a.reports].sort()).toEqual(reports);
  });

  it('two complete parts are still two questions', () => {
    expect(ids(ask('firearms 2023 + tip 2024', '2026-11-27'))).toEqual(['WG.6-10', 'WG.4-14']);
  });
});

const periodOf = (q: string, now: string) => {
  const p = ask(q, now).period;
  return p ? `${p.start}..${p.end}` : null;
};

describe('halves of a month: days 1–15 and 16 to the end (of a year: its halves)', () => {
  it.each([
    ['first half of June 2024', '2026-11-27', '2024-06-01..2024-06-15'],
    ['the second half of May 2024', '2026-11-27', '2024-05-16..2024-05-31'],
    ['latter half of february 2024', '2026-11-27', '2024-02-16..2024-02-29'],
    ['second half of july', '2024-07-15', '2024-07-16..2024-07-31'],
    ['première quinzaine de juin 2024', '2026-11-27', '2024-06-01..2024-06-15'],
    ['la seconde quinzaine de mai 2024', '2026-11-27', '2024-05-16..2024-05-31'],
    ["1re quinzaine d'octobre 2023", '2026-11-27', '2023-10-01..2023-10-15'],
    ['deuxième quinzaine de septembre 2023', '2026-11-27', '2023-09-16..2023-09-30'],
    ['la première moitié de juin 2024', '2026-11-27', '2024-06-01..2024-06-15'],
    // of a year, still its halves
    ['the second half of 2023', '2026-11-27', '2023-07-01..2023-12-31'],
    ['first half of next year', '2024-07-15', '2025-01-01..2025-06-30'],
    ['au second semestre 2024', '2026-11-27', '2024-07-01..2024-12-31'],
  ])('%s (now %s) -> %s', (q, now, span) => {
    expect(periodOf(q, now)).toBe(span);
  });

  it('answers with the meetings of that half only', () => {
    expect(ids(ask('meetings in the first half of october 2023', '2026-11-27'))).toEqual(['WG.4-13', 'WG.7-10']);
    expect(ids(ask('réunions de la seconde quinzaine de septembre 2023', '2026-11-27'))).toEqual([]);
  });
});

describe('two-digit years where they cannot be a day', () => {
  it.each([
    ['winter 23/24', '2026-11-27', '2023-12-01..2024-02-29'],
    ["l'hiver 2023/24", '2026-11-27', '2023-12-01..2024-02-29'],
    ['hiver 22/23', '2026-11-27', '2022-12-01..2023-02-28'],
    ["Q3 '23 meetings", '2026-11-27', '2023-07-01..2023-09-30'],
    ["réunions T2 '24", '2026-11-27', '2024-04-01..2024-06-30'],
    ["summer '24", '2026-11-27', '2024-06-01..2024-08-31'],
  ])('%s (now %s) -> %s', (q, now, span) => {
    expect(periodOf(q, now)).toBe(span);
  });

  it('two numbers that are not two years in a row are no year', () => {
    expect(periodOf('winter 23/27', '2026-11-27')).not.toBe('2023-12-01..2024-02-29');
  });
});

describe('typos and cut words in relative words', () => {
  it.each([
    ['réunions prochiane semaine', '2024-07-15', '2024-07-22..2024-07-28'],
    ['la semaine dernire', '2024-07-15', '2024-07-08..2024-07-14'],
    ['meetings yesteday', '2024-07-15', '2024-07-14..2024-07-14'],
    ['the comming weeks', '2024-07-15', '2024-07-15..2024-08-05'],
    ["réunions de l'année précédante", '2024-07-15', '2023-01-01..2023-12-31'],
    ['les 3 semaines derneires', '2024-07-15', '2024-06-24..2024-07-15'],
    ['nxt wek', '2024-07-15', '2024-07-22..2024-07-28'],
    ['meetings last mnth', '2024-07-15', '2024-06-01..2024-06-30'],
    // cut short with a dot
    ['le mois proch.', '2024-07-15', '2024-08-01..2024-08-31'],
    ['la sem. proch.', '2024-07-15', '2024-07-22..2024-07-28'],
    ["l'an proch.", '2024-07-15', '2025-01-01..2025-12-31'],
    ['cette sem.', '2024-07-15', '2024-07-15..2024-07-21'],
    ['meetings next wk.', '2024-07-15', '2024-07-22..2024-07-28'],
  ])('%s (now %s) -> %s', (q, now, span) => {
    expect(periodOf(q, now)).toBe(span);
  });

  it.each([
    // a word near a relative word but not next to a word it makes a phrase with
    ['je pars avant la première pause', 'unknown'],
    // body names and numbers are never "repaired" into periods
    ['firarms meetings', 'meetings'],
  ])('%s is not read as a period', (q, intent) => {
    const a = ask(q, '2024-07-15');
    expect(a.period).toBeNull();
    expect(a.intent).toBe(intent);
  });
});

describe('a reference date: answered as of that day, and said so', () => {
  it.each([
    ['as at 4 July 2024 what is the next meeting', ['WG.4-14'], 'As of 4 July 2024: ', '2024-07-04'],
    ['what is the next meeting as of 15 march 2024?', ['WG.6-11'], 'As of 15 March 2024: ', '2024-03-15'],
    ['as of 1 June 2024, when did the firearms group last meet', ['WG.6-11'], 'As of 1 June 2024: ', '2024-06-01'],
    ['prochaine réunion au 4 juillet 2024', ['WG.4-14'], 'Au 4 juillet 2024 : ', '2024-07-04'],
    ['dernière réunion du groupe armes à feu en date du 10 mai 2023', ['WG.6-10'], 'Au 10 mai 2023 : ', '2023-05-10'],
  ])('%s', (q, expected, lead, day) => {
    const a = ask(q, '2026-11-27');
    expect(a.text.startsWith(lead)).toBe(true);
    expect(a.now).toBe(day);
    expect(ids(a)).toEqual(expected);
  });

  it('"du 1er au 10 juillet" stays a range, "au printemps" a season', () => {
    const a = ask('réunions du 1er au 10 juillet 2024', '2026-11-27');
    expect(a.now).toBe('2026-11-27');
    expect(ids(a)).toEqual(['WG.4-14']);
    expect(ask('réunions au printemps 2024', '2026-11-27').now).toBe('2026-11-27');
  });
});

describe('listing the instruments the data holds', () => {
  const all = dataset().instruments;
  const of = (kind: string) => all.filter((i) => i.instrument === kind).map((i) => i.id);
  it.each([
    ['which resolutions do u know', 'resolution', 'I know 3 resolutions of the Conference:'],
    ['quelles décisions', 'decision', 'Je connais 3 décisions de la Conférence :'],
    ['list the decisions and resolutions', 'both', 'I know 6 decisions and resolutions of the Conference:'],
    ['quelles sont les résolutions et décisions que tu connais ?', 'both', 'Je connais 6 décisions et résolutions de la Conférence :'],
    ['decisions of the COP', 'decision', 'I know 3 decisions of the Conference:'],
  ])('%s', (q, kind, lead) => {
    const a = ask(q, '2026-11-27');
    expect(a.intent).toBe('instruments');
    expect(a.lead).toBe(lead);
    expect(a.meetings).toEqual([]);
    expect(a.instruments).toEqual(kind === 'both' ? all.map((i) => i.id) : of(kind));
    expect(a.items).toHaveLength(a.instruments.length);
  });

  it.each(['which decisions established the working groups?', 'what did resolution 7/1 decide', 'quelles résolutions ont rendu les groupes permanents'])(
    '%s stays a mandate question',
    (q) => {
      expect(ask(q, '2026-11-27').intent).toBe('mandate');
    },
  );
});

describe('the language of the rest of the question does not decide which period words are read', () => {
  it.each([
    ['firearms group S2 2023', '2026-11-27', '2023-07-01..2023-12-31'],
    ['S1 2024 meetings of the firearms group', '2026-11-27', '2024-01-01..2024-06-30'],
    ['any meetings in S2?', '2024-07-15', '2024-07-01..2024-12-31'],
    ['réunions H2 2023', '2026-11-27', '2023-07-01..2023-12-31'],
    ['T3 2023 meetings', '2026-11-27', '2023-07-01..2023-09-30'],
    ['meetings juin 2024', '2026-11-27', '2024-06-01..2024-06-30'],
    ['réunions en june 2024', '2026-11-27', '2024-06-01..2024-06-30'],
    ['meetings in avril', '2024-07-15', '2024-04-01..2024-04-30'],
  ])('%s (now %s) -> %s', (q, now, span) => {
    expect(periodOf(q, now)).toBe(span);
  });
});

describe('a weekday alone is the day meant', () => {
  it.each([
    ['on friday?', '2023-10-04', '2023-10-06..2023-10-06'],
    ['réunions vendredi', '2023-10-04', '2023-10-06..2023-10-06'],
    ['meetings next friday', '2023-10-04', '2023-10-13..2023-10-13'],
    // with a date, the date (chrono merges the weekday into it)
    ['meetings on Friday 5 July 2024', '2023-10-04', '2024-07-05..2024-07-05'],
  ])('%s (now %s) -> %s', (q, now, span) => {
    expect(periodOf(q, now)).toBe(span);
  });
});

describe('two positions sharing what follows are two questions', () => {
  it.each([
    ['première et dernière réunion de 2024 ?', ['WG.6-11', 'COP-12']],
    ['first and last meeting of 2023', ['WG.6-10', 'WG.7-10']],
    ['the first and the last firearms meetings', ['WG.6-10', 'WG.6-11']],
  ])('%s', (q, expected) => {
    expect(ids(ask(q, '2026-11-27'))).toEqual(expected);
  });
});

describe('a comma and "and" before a part with its own body and period is a second question', () => {
  it.each([
    ['le groupe trafic de migrants en 2023, et le groupe traite en 2024 ?', ['WG.7-10', 'WG.4-14']],
    ['firearms in 2023, and smuggling in 2024', ['WG.6-10', 'WG.7-11']],
    // not both complete: one question
    ['meetings in March, and June 2024', ['WG.2-15', 'WG.3-15']],
  ])('%s', (q, expected) => {
    expect(ids(ask(q, '2026-11-27'))).toEqual(expected);
  });
});

describe('reports a session considers, narrowed by how people ask', () => {
  it('"from 2023 meetings": the year qualifies the meetings, it opens no range', () => {
    const a = ask('reports from 2023 meetings for cop12', '2026-11-27');
    expect(a.intent).toBe('considers');
    expect([...a.reports].sort()).toEqual(['CTOC/COP/WG.2/2023/4', 'CTOC/COP/WG.3/2023/4', 'CTOC/COP/WG.4/2023/5', 'CTOC/COP/WG.6/2023/5', 'CTOC/COP/WG.7/2023/5']);
    expect(a.period).toEqual({ start: '2023-01-01', end: '2023-12-31', granularity: 'year' });
  });

  it.each(["quels documents de rapport pour la session d'octobre 2024 de la CdP ?", 'reports for the session of the COP in october 2024'])('%s: the reports it considers', (q) => {
    const a = ask(q, '2026-11-27');
    expect(a.intent).toBe('considers');
    expect(a.reports).toHaveLength(10);
  });

  it.each([
    ['is the report of the 14th TIP meeting going to COP12', ['CTOC/COP/WG.4/2024/5']],
    ['reports of the 15th meetings for COP12', ['CTOC/COP/WG.2/2024/5', 'CTOC/COP/WG.3/2024/5']],
    ['le rapport de la 10e réunion sur les armes à feu sera-t-il examiné à la CdP12 ?', ['CTOC/COP/WG.6/2023/5']],
  ])('%s: a meeting number beside the session number narrows the reports', (q, reports) => {
    const a = ask(q, '2026-11-27');
    expect(a.intent).toBe('considers');
    expect([...a.reports].sort()).toEqual(reports);
  });

  it('"meetings from 2023" still runs from 2023 on', () => {
    expect(ask('meetings from 2023', '2026-11-27').period?.end).toBe('9999-12-31');
  });
});

describe('"since" a month written without its year is the last one begun', () => {
  it.each([
    ['since September', '2024-01-10', '2023-09-01..2024-01-10'],
    ['depuis la rentrée de septembre', '2024-01-10', '2023-09-01..2024-01-10'],
    ['réunions depuis la rentrée', '2024-01-10', '2023-09-01..2024-01-10'],
    ['since march', '2024-07-15', '2024-03-01..2024-07-15'],
    // a year written stays
    ['since September 2024', '2024-01-10', '2024-09-01..9999-12-31'],
  ])('%s (now %s) -> %s', (q, now, span) => {
    expect(periodOf(q, now)).toBe(span);
  });
});

describe('meetings in the same week as another body’s', () => {
  it.each([
    ['which groups met in the same week as the TA group in 2024', ['WG.3-15']],
    ['quels groupes se sont réunis la même semaine que le groupe traite en 2023', ['WG.7-10']],
    ['anything the same week as the firearms meeting in 2023?', []],
  ])('%s', (q, expected) => {
    const a = ask(q, '2026-11-27');
    expect(a.intent).toBe('relation');
    expect(ids(a)).toEqual(expected);
  });
});

describe('a one-word body name after a word the bot does not know names another body', () => {
  it.each(['wg on wildlife trafficking', 'drug trafficking wg'])('%s is unknown, not the trafficking group', (q) => {
    const a = ask(q, '2026-11-27');
    expect(a.intent).toBe('unknown-body');
    expect(a.meetings).toEqual([]);
    expect(a.unknown).not.toBeNull();
  });

  it.each([
    ['human trafficking meetings 2023', ['WG.4-13']],
    ['firarms meetings in 2024', ['WG.6-11']],
  ])('%s is still the body it names', (q, expected) => {
    expect(ids(ask(q, '2026-11-27'))).toEqual(expected);
  });
});
