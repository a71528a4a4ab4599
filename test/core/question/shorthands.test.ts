import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lambda/core/question/normalize';
import { createShorthandExpander } from '../../../lambda/core/question/shorthands';
import { dataset } from '../../helpers/data';
import { ask, ids } from '../../helpers/data';

const expand = createShorthandExpander(dataset().vocabulary.shorthands);

describe('informal spellings are rewritten before anything reads the text', () => {
  it.each([
    ['did anyone meet yday', 'en', 'did anyone meet yesterday'],
    ['anything tmrw??', 'en', 'anything tomorrow??'],
    ['anything on this wk', 'en', 'anything on this week'],
    ['over the past fortnight', 'en', 'over the past 2 weeks'],
    ['w/c 8 july 2024', 'en', 'the week of 8 july 2024'],
    ['Springtime 2023', 'en', 'spring 2023'],
    ['thx, pls list the mtgs nxt yr', 'en', 'thanks, please list the mtgs next year'],
    ['semaine pro ?', 'fr', 'semaine prochaine ?'],
    ['re-bonjour', 'fr', 'bonjour'],
    ['début du mois de mai 2023', 'fr', 'début mai 2023'],
    ['qqch cette sem ?', 'fr', 'quelque chose cette semaine ?'],
    ['anything in progress', 'en', 'anything ongoing'],
  ] as const)('%s (%s) -> %s', (text, lang, out) => {
    expect(expand(text, lang, tokenize(text))).toBe(out);
  });

  it.each([
    // inside words, after a slash (a symbol), or in the other language: left alone
    ['monday mood', 'en'],
    ['CTOC/COP/WG.6/2024/5', 'en'],
    ['la réunion pro', 'en'],
    ['words like wkend and mother', 'en'],
  ] as const)('%s (%s) is unchanged', (text, lang) => {
    expect(expand(text, lang, tokenize(text))).toBe(text);
  });

  it('answers with the rewritten words', () => {
    expect(ids(ask('did anyone meet yday', '2023-05-05'))).toEqual(['WG.6-10']);
    expect(ids(ask('anything over the past fortnight', '2024-06-12')).sort()).toEqual(['WG.2-15', 'WG.3-15']);
    expect(ids(ask('qqch aujourd hui ?', '2023-10-03'))).toEqual(['WG.4-13']);
    expect(ids(ask('anything in progress right now', '2023-10-03'))).toEqual(['WG.4-13']);
  });
});
