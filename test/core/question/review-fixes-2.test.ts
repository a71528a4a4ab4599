import { describe, expect, it } from 'vitest';
import { ask, ids } from '../../helpers/data';

// Cases a reviewer found wrong this session; each is a rule, tested on sentences of its own.
describe('numbers said with the subject and with the anchor', () => {
  it('a yes/no question uses the subject meeting with the number said', () => {
    const a = ask('was the 10th smuggling meeting after the 13th TIP meeting?', '2024-06-10');
    expect(a.text).toMatch(/^Yes\. /);
    expect(ids(a)).toEqual(['WG.4-13', 'WG.7-10']);
    expect(ask("la 14e réunion du GT AT a-t-elle eu lieu après la 10e réunion sur les armes à feu ?", '2024-06-10').text).toMatch(/^Oui\. /);
  });
  it('a comparison of numbered meetings compares those meetings', () => {
    const a = ask('which met first, the 11th smuggling meeting or the 15th cooperation meeting?', '2024-12-01');
    expect(ids(a)).toEqual(['WG.3-15', 'WG.7-11']);
    expect(a.text).toMatch(/^First of them: the Working Group on International Cooperation\./);
  });
  it("the subject's number is not the anchor's", () => {
    const a = ask('did COP12 take place after the smuggling meeting?', '2024-12-01');
    expect(a.text).toMatch(/^Yes\. /);
    expect(ids(a)).toEqual(['WG.7-11', 'COP-12']);
  });
});

describe('words that are not what they look like', () => {
  it('"mon" in French is "my", not Monday', () => {
    expect(ids(ask('mon GT traite se réunit quand ?', '2024-01-10'))).toEqual(['WG.4-14']);
  });
  it('a count after a body name is no meeting number', () => {
    expect(ids(ask('tip 2 next meetings', '2023-06-01'))).toEqual(['WG.4-13', 'WG.4-14']);
    expect(ids(ask('firearms 2 meetings', '2024-06-10'))).toEqual(['WG.6-10', 'WG.6-11']);
  });
});

describe('a window and a year in one question', () => {
  it('the year picks the anchor; the window is no date', () => {
    expect(ids(ask('meetings in the 2 months after the firearms meeting in 2023', '2024-06-10'))).toEqual(['WG.2-14']);
    const a = ask('anything the week before the TIP meeting in 2023?', '2024-06-10');
    expect(ids(a)).toEqual([]);
    expect(a.text).toMatch(/in the week before the 13th meeting of the Working Group on Trafficking in Persons/);
  });
});

describe('two parts saying the same meeting', () => {
  it('a lead announcing only sentences already said ends with a full stop, not a colon', () => {
    const a = ask('when did the firearms group meet in 2024, and where?', '2024-06-10');
    expect(a.text).not.toMatch(/:$/);
    expect(a.text).toMatch(/recorded in Vienna\.$/);
  });
});
