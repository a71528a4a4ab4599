import { describe, expect, it } from 'vitest';
import { ask, ids } from '../../helpers/data';

// Cases a reviewer found wrong; each is a rule, tested on sentences of its own.
describe('tenses and other words in context', () => {
  it('a past word beside "next" says nothing of what is next', () => {
    expect(ids(ask('so far so good — when is the next CoP?', '2024-06-20'))).toEqual(['COP-12']);
    expect(ids(ask("jusqu'ici rien : la prochaine réunion du GT migrants ?", '2024-06-20'))).toEqual(['WG.7-11']);
  });
  it('"already scheduled", "déjà prévues" are no past', () => {
    expect(ids(ask('which 2024 sessions are already planned?', '2024-06-20'))).toHaveLength(6);
    expect(ids(ask('les réunions déjà programmées pour 2024', '2024-06-20'))).toHaveLength(6);
  });
  it('a tense on the other side of the whole period: nothing, and why', () => {
    const a = ask('which firearms meetings are still to come in 2023', '2024-06-20');
    expect(ids(a)).toEqual([]);
    expect(a.text).toBe('Nothing of the Working Group on Firearms in 2023 is still to come: that is all before today (20 June 2024).');
    expect(ask('réunions déjà tenues en juillet 2024', '2024-06-20').text).toMatch(/^Rien en juillet 2024 n'a encore eu lieu/);
  });
  it('"this may be…" is no month', () => {
    expect(ids(ask('this may sound odd but when does the TIP group meet next?', '2024-06-20'))).toEqual(['WG.4-14']);
  });
  it('a status asked of one numbered meeting answers with that meeting', () => {
    expect(ids(ask('was the 14th TIP meeting actually held?', '2024-12-01'))).toEqual(['WG.4-14']);
    expect(ask('was the 14th TIP meeting actually held?', '2024-12-01').text).toMatch(/was scheduled to hold its 14th meeting/);
  });
  it('a tense alone with a question mark asks about that side of today', () => {
    expect(ids(ask("qu'est-ce qui reste ?", '2024-06-20'))).toEqual(['WG.4-14', 'WG.7-11', 'COP-12']);
  });
  it('"next" while a meeting is under way names it too', () => {
    expect(ids(ask('when does the international cooperation group meet next?', '2024-06-05'))).toEqual(['WG.3-15']);
    expect(ask('when does the international cooperation group meet next?', '2024-06-05').text).toMatch(/is holding its 15th meeting/);
  });
  it('"going on with" a body is no "now"', () => {
    expect(ids(ask("what's going on with the firearms group in 2024?", '2024-06-20'))).toEqual(['WG.6-11']);
  });
  it('a group number that is no group is a day', () => {
    expect(ids(ask('any wg 5 june 2024?', '2025-01-10'))).toEqual(['WG.3-15']);
  });
  it('a follow-up naming something unknown is said, not replaced by the first body', () => {
    const a = ask('next SOM meeting? and the wildlife one?', '2024-06-20');
    expect(ids(a)).toEqual(['WG.7-11']);
    expect(a.text).toMatch(/I don't know what "the wildlife one" means/);
  });
  it('a request typed as a sentence is a question', () => {
    expect(ids(ask('j aimerais connaître les réunions de mai 2023', '2024-06-20'))).toEqual(['WG.6-10', 'WG.2-14']);
  });
});
