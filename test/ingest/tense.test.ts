import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { createTenseReader, statusOf } from '../../lambda/core/ingest/tense';
import { DATA_DIR } from '../helpers/data';

const { vocabulary } = await loadDataDir(DATA_DIR);
const en = createTenseReader(vocabulary, 'en');
const fr = createTenseReader(vocabulary, 'fr');

describe('the tense of a clause, from the vocabulary’s markers (the one nearest the dates wins)', () => {
  it.each([
    ['The Working Group on Firearms gathered in Vienna on', 'past'],
    ['which had been held on', 'past'],
    ['will also meet during the session itself, on', 'future'],
    ['is to take place in Vienna, Austria, on', 'future'],
    ['which met last year and will meet again on', 'future'],
    ['which was to meet on', 'future'],
    ['held in Vienna on', null],
  ])('en: %s → %s', (s, tense) => expect(en(s)).toBe(tense));

  it.each([
    ["s'est réuni à Vienne du", 'past'],
    ['a tenu sa réunion à Vienne les', 'past'],
    ['se déroulera à Vienne (Autriche) du', 'future'],
    ['se réuniront à Vienne les', 'future'],
    // "à" is not the auxiliary "a"
    ['réuni à Vienne du', null],
    ['tenue à Vienne du', null],
  ])('fr: %s → %s', (s, tense) => expect(fr(s)).toBe(tense));
});

describe('held or scheduled: what the sentence says against the dates and the document’s date', () => {
  const p = { start: '2042-05-04', end: '2042-05-06' };
  it.each([
    [null, '2042-08-01', true],
    [null, '2042-03-01', false],
    [true, '2042-08-01', true],
    [false, '2042-03-01', false],
    // said held on the document's date while it runs (a report of the last day): held
    [true, '2042-05-06', true],
    // held before it began, or to come after it ended: a person decides
    [true, '2042-03-01', 'disagree'],
    [false, '2042-08-01', 'disagree'],
    // a web page (no date): its tense alone
    [false, null, false],
    [true, null, true],
    [null, null, 'unknown'],
  ] as const)('said %s, document of %s → %s', (said, docDate, out) => expect(statusOf(said, p, docDate)).toBe(out));
});
