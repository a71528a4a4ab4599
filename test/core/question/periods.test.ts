import { describe, expect, it } from 'vitest';
import { createPeriodFinder } from '../../../lambda/core/question/periods';
import { dataset } from '../../helpers/data';

const find = createPeriodFinder(dataset().vocabulary, { tenses: true });
const span = (text: string, lang: 'en' | 'fr', now: string) => {
  const f = find(text, lang, now);
  return f ? f.periods.map((p) => `${p.start}..${p.end}`).join(' + ') : null;
};

// the parsers and refiners added to chrono, each kind with a fixed now
describe('periods relative to today and vague periods', () => {
  it.each([
    // rolling windows: N units ending or starting today
    ['in the past 8 weeks', 'en', '2024-07-15', '2024-05-20..2024-07-15'],
    ['over the last 2 years', 'en', '2024-07-15', '2022-07-15..2024-07-15'],
    ['in the coming 45 days', 'en', '2024-07-15', '2024-07-15..2024-08-29'],
    ['the next few months', 'en', '2024-07-15', '2024-07-15..2024-10-15'],
    ['les 4 derniers mois', 'fr', '2024-07-15', '2024-03-15..2024-07-15'],
    ['au cours des 2 prochaines semaines', 'fr', '2024-07-15', '2024-07-15..2024-07-29'],
    ['dans les 2 semaines à venir', 'fr', '2024-07-15', '2024-07-15..2024-07-29'],
    ['in the past year', 'en', '2024-07-15', '2023-07-15..2024-07-15'],
    ["d'ici 10 jours", 'fr', '2023-10-04', '2023-10-04..2023-10-14'],
    // a whole unit that far ahead
    ['dans 2 semaines', 'fr', '2024-09-30', '2024-10-14..2024-10-20'],
    ['in 3 months', 'en', '2024-09-30', '2024-12-01..2024-12-31'],
    ['2 weeks from now', 'en', '2024-06-26', '2024-07-08..2024-07-14'],
    // numbered ISO weeks (week 1 holds 4 January)
    ['ISO week 42 of 2024', 'en', '2026-11-27', '2024-10-14..2024-10-20'],
    ['semaine 23 de 2024', 'fr', '2026-11-27', '2024-06-03..2024-06-09'],
    ['week 1', 'en', '2026-11-27', '2025-12-29..2026-01-04'],
    // a month or season with no year takes the one year named elsewhere
    ['held in 2024 after june', 'en', '2026-11-27', '2024-07-01..2024-12-31'],
    ['summer meetings 2024', 'en', '2026-11-27', '2024-06-01..2024-08-31'],
    ['semaine prochaine', 'fr', '2023-09-27', '2023-10-02..2023-10-08'],
    // open ranges
    ['since March', 'en', '2024-07-15', '2024-03-01..2024-07-15'],
    ["depuis l'été 2023", 'fr', '2024-07-15', '2023-06-01..2024-07-15'],
    ['until August', 'en', '2024-07-15', '2024-07-15..2024-08-31'],
    ['before the end of the year', 'en', '2024-07-15', '2024-07-15..2024-12-31'],
    ['after June 2024', 'en', '2024-07-15', '2024-07-01..9999-12-31'],
    ['before 2024', 'en', '2024-07-15', '0001-01-01..2023-12-31'],
    ['so far this year', 'en', '2024-07-15', '2024-01-01..2024-07-15'],
    ['for the rest of 2024', 'en', '2024-07-15', '2024-07-15..2024-12-31'],
    ["jusqu'en septembre", 'fr', '2024-07-15', '2024-07-15..2024-09-30'],
    ["d'ici la fin de l'année", 'fr', '2024-07-15', '2024-07-15..2024-12-31'],
    ['from april onwards this year', 'en', '2023-03-01', '2023-04-01..2023-12-31'],
    // quarters and halves
    ['Q3 2023', 'en', '2024-07-15', '2023-07-01..2023-09-30'],
    ['the third quarter', 'en', '2024-07-15', '2024-07-01..2024-09-30'],
    ['second half of 2023', 'en', '2024-07-15', '2023-07-01..2023-12-31'],
    ['T2 2024', 'fr', '2024-07-15', '2024-04-01..2024-06-30'],
    ['T1 2024', 'en', '2024-07-15', '2024-01-01..2024-03-31'],
    ["au premier trimestre de l'an prochain", 'fr', '2023-03-01', '2024-01-01..2024-03-31'],
    ['this quarter', 'en', '2024-07-15', '2024-07-01..2024-09-30'],
    ['2024 h1', 'en', '2026-11-27', '2024-01-01..2024-06-30'],
    // seasons, northern hemisphere
    ['autumn 2023', 'en', '2024-07-15', '2023-09-01..2023-11-30'],
    ['cet hiver', 'fr', '2024-01-10', '2023-12-01..2024-02-29'],
    ['cet hiver', 'fr', '2024-07-15', '2024-12-01..2025-02-28'],
    ["l'été dernier", 'fr', '2024-07-15', '2023-06-01..2023-08-31'],
    ['what happened in the autumn', 'en', '2024-01-10', '2023-09-01..2023-11-30'],
    ["summer '24", 'en', '2026-11-27', '2024-06-01..2024-08-31'],
    ['winter 2023-24', 'en', '2026-11-27', '2023-12-01..2024-02-29'],
    // parts of a month or a year
    ['early May', 'en', '2024-07-15', '2024-05-01..2024-05-10'],
    ['mid-September 2023', 'en', '2024-07-15', '2023-09-11..2023-09-20'],
    ['late 2024', 'en', '2024-07-15', '2024-09-01..2024-12-31'],
    ['mi-octobre', 'fr', '2024-07-15', '2024-10-11..2024-10-20'],
    ['fin septembre', 'fr', '2024-07-15', '2024-09-21..2024-09-30'],
    ['courant 2024', 'fr', '2024-07-15', '2024-01-01..2024-12-31'],
    // weeks (Monday to Sunday) and days
    ['the week of 5 June 2024', 'en', '2024-07-15', '2024-06-03..2024-06-09'],
    ['la semaine du 11 septembre', 'fr', '2024-07-15', '2024-09-09..2024-09-15'],
    ['the week after next', 'en', '2024-07-15', '2024-07-29..2024-08-04'],
    ['the first week of May', 'en', '2024-07-15', '2024-04-29..2024-05-05'],
    ['the day before yesterday', 'en', '2024-07-15', '2024-07-13..2024-07-13'],
    ['avant-hier', 'fr', '2024-07-15', '2024-07-13..2024-07-13'],
    ['between 1 and 15 June', 'en', '2024-07-15', '2024-06-01..2024-06-15'],
    ['du 1er au 10 juillet', 'fr', '2024-07-15', '2024-07-01..2024-07-10'],
    ['entre le 15 et le 31 mai 2023', 'fr', '2024-07-15', '2023-05-15..2023-05-31'],
    // now
    ['right now', 'en', '2024-07-15', '2024-07-15..2024-07-15'],
    ['en ce moment', 'fr', '2024-07-15', '2024-07-15..2024-07-15'],
    // several periods stay several
    ['en mai 2023 et en octobre 2023', 'fr', '2024-07-15', '2023-05-01..2023-05-31 + 2023-10-01..2023-10-31'],
  ] as const)('%s (%s, now %s) -> %s', (text, lang, now, expected) => {
    expect(span(text, lang, now)).toBe(expected);
  });

  it.each([
    ['le groupe a été créé en 2010', 'fr', '2010-01-01..2010-12-31'],
    ["what's 2+2", 'en', null],
    ['may I ask something', 'en', null],
    ['the last 2 meetings', 'en', null],
  ] as const)('not a period, or not that one: %s', (text, lang, expected) => {
    expect(span(text, lang, '2024-07-15')).toBe(expected);
  });
});
