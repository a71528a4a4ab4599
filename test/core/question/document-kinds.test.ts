import { describe, expect, it } from 'vitest';
import { ask, ids } from '../../helpers/data';

describe('documents of one kind', () => {
  it('the provisional agenda of a session, in both languages', () => {
    const en = ask('cop 12 provisional agenda pls', '2024-09-01');
    expect(en.intent).toBe('documents');
    expect(en.reports).toEqual(['CTOC/COP/2024/1']);
    expect(ids(en)).toEqual(['COP-12']);
    const fr = ask("l'ordre du jour provisoire de la CdP 12 ?", '2024-09-01');
    expect(fr.reports).toEqual(['CTOC/COP/2024/1']);
    expect(fr.text).toMatch(/ordre du jour provisoire/);
  });
  it('a kind no document of the meeting has is said, with no other document', () => {
    const a = ask('any conference room papers for the 10th smuggling meeting?', '2024-09-01');
    expect(a.reports).toEqual([]);
    expect(a.text).toBe('No conference room paper is recorded for the 10th meeting of the Working Group on the Smuggling of Migrants (5–6 October 2023, Vienna).');
  });
  it('what a session will consider is still that, even with a kind word in it', () => {
    expect(ask('which reports does the secretariat note say go to COP12', '2024-09-01').intent).toBe('considers');
  });
});
