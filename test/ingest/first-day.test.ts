import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { firstDay, readMasthead } from '../../lambda/core/ingest/masthead';
import { createPeriodFinder } from '../../lambda/core/question/periods';
import { DATA_DIR } from '../helpers/data';

const { vocabulary } = await loadDataDir(DATA_DIR);
const find = createPeriodFinder(vocabulary);
// the reference day ingest uses when a document gives none: far from every date below
const NO_REFERENCE = '2000-01-01';

describe('the first dates of days in a text: the year stated once, at the end, is every day’s', () => {
  it.each([
    ['30 September and 1 October 2020', 'en', '2020-09-30', '2020-10-01'],
    ['met on 30 September, and 1 October 2020, in Vienna', 'en', '2020-09-30', '2020-10-01'],
    ['Monday 30 September and Tuesday 1 October 2020', 'en', '2020-09-30', '2020-10-01'],
    ['le 30 septembre et le 1er octobre 2020', 'fr', '2020-09-30', '2020-10-01'],
    // across a year: the first day is in the year before
    ['30 December and 2 January 2021', 'en', '2020-12-30', '2021-01-02'],
    ['31 December 2019 and 1 January 2020', 'en', '2019-12-31', '2020-01-01'],
    // two dates weeks apart are two dates: the first, with the year stated after it
    ['on 4 May and 10 June 2019', 'en', '2019-05-04', '2019-05-04'],
    ['on 5 May 2019 and 10 June 2019', 'en', '2019-05-05', '2019-05-05'],
    // two meetings' ranges are two meetings, even on days in a row
    ['on 6 to 9 July 2019 and 10 to 12 July 2019', 'en', '2019-07-06', '2019-07-09'],
    ['from 30 September to 1 October 2020', 'en', '2020-09-30', '2020-10-01'],
  ])('%s (%s) → %s/%s', (s, lang, start, end) => {
    const d = firstDay(s, lang as 'en' | 'fr', NO_REFERENCE, find);
    expect(d?.period.start).toBe(start);
    expect(d?.period.end).toBe(end);
  });

  it('gives the same dates whatever the reference day', () => {
    for (const ref of ['1990-06-01', NO_REFERENCE, '2030-01-01']) expect(firstDay('30 September and 1 October 2020', 'en', ref, find)?.period).toMatchObject({ start: '2020-09-30', end: '2020-10-01' });
  });
});

describe('the date of a masthead', () => {
  it('is not read from a symbol standing between "Distr." and the date', () => {
    const m = readMasthead(['NATIONS', 'UNIES', 'Distr.', 'GÉNÉRALE', 'CTOC/COP/2005/8', '30 novembre 2005', 'FRANÇAIS'], 'fr', find);
    expect(m.symbol).toBe('CTOC/COP/2005/8');
    expect(m.date).toBe('2005-11-30');
  });
});
