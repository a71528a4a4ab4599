import { describe, expect, it } from 'vitest';
import { ask, ids } from '../../helpers/data';

// A typo in any word the bot knows (5 letters or more), one edit away (two for 9+ letters)
// from exactly one of them, is read as that word — not only in period words.
describe('typos in the words the bot knows', () => {
  it.each([
    ['which meetnigs took place in june 2024', '2025-01-10', ['WG.2-15', 'WG.3-15']],
    ['anythign schedlued for octobre 2024?', '2024-06-01', ['COP-12']],
    ['séacnes du groupe armes en 2023', '2025-01-10', ['WG.6-10']],
    ['reunions depuiis septmebre 2023', '2023-12-01', ['WG.3-14', 'WG.4-13', 'WG.7-10']],
    ['le grope traite, dernière réunion ?', '2024-01-10', ['WG.4-13']],
    ['firearms meetins in 2024', '2025-01-10', ['WG.6-11']],
  ])('%s (now %s)', (q, now, expected) => {
    expect(ids(ask(q, now))).toEqual(expected);
  });

  it('a word of its own is not a typo: another form of a known word, a word near a city', () => {
    expect(ask('je pars avant la première pause', '2024-09-20').meetings).toEqual([]);
    expect(ask('génère-moi un mot de passe', '2024-09-20').meetings).toEqual([]);
    expect(ask('quelle est la toute dernière réunion connue', '2026-11-27').meetings.map((m) => m.id)).toEqual(['COP-12']);
  });
});

describe('short forms in lower case', () => {
  it('"ta group", "fa wg": a capitalised short form typed in lower case before a group word', () => {
    expect(ids(ask('when did the ta group last meet', '2024-12-01'))).toEqual(['WG.2-15']);
    expect(ids(ask('fa group 2023', '2026-11-27'))).toEqual(['WG.6-10']);
    // alone it stays a word ("ta" is French for "your")
    expect(ask('ta réunion de demain est annulée', '2024-06-01').bodies).toEqual([]);
  });
});

describe('more typing habits', () => {
  it.each([
    ['meetings in Juen 2024', '2025-01-10', ['WG.2-15', 'WG.3-15']],
    ['whens the nxet SOM meeting', '2024-03-01', ['WG.7-11']],
    ['june meetings', '2024-05-01', ['WG.2-15', 'WG.3-15']],
    ['séances juillet ?', '2024-05-01', ['WG.4-14', 'WG.7-11']],
    ['may meetings', '2023-01-05', ['WG.6-10', 'WG.2-14']],
    // asked in the present: the coming one
    ['when does the firearms group meet?', '2024-01-10', ['WG.6-11']],
    ['le GT migrants se réunit quand ?', '2024-01-10', ['WG.7-11']],
    // none to come: all of them
    ['when does the firearms group meet?', '2025-01-10', ['WG.6-10', 'WG.6-11']],
    ['how many upcoming meetings are there?', '2024-06-20', ['WG.4-14', 'WG.7-11', 'COP-12']],
  ])('%s (now %s)', (q, now, expected) => {
    expect(ids(ask(q, now))).toEqual(expected);
  });
  it('a symbol no document has is said to be unknown', () => {
    expect(ask('what is CTOC/COP/WG.5/2023/2?', '2024-06-20').unknown).toBe('CTOC/COP/WG.5/2023/2');
  });
  it('greetings with the bot named or a weekend wish', () => {
    expect(ask('hello ctoc-bot!', '2024-06-20').intent).toBe('greeting');
    expect(ask('bye, have a nice weekend!', '2024-06-20').intent).toBe('greeting');
  });
});

describe('Slack formatting, a month alone, the other language’s prepositions, shorthands', () => {
  it.each([
    ['<@U0BOT123> *all* meetings in _2023_ please', '2025-06-01', ['WG.6-10', 'WG.2-14', 'WG.3-14', 'WG.4-13', 'WG.7-10']],
    ['juillet ?', '2024-07-01', ['WG.4-14', 'WG.7-11']],
    ['october?', '2023-09-01', ['WG.4-13', 'WG.7-10']],
    ['any meetings en octobre?', '2023-09-20', ['WG.4-13', 'WG.7-10']],
    ['wats on 2day?', '2023-10-03', ['WG.4-13']],
    ['la proch. réu du GT armes ?', '2024-01-10', ['WG.6-11']],
    ['Quelle réunion précède directement la COP-12 ?', '2024-09-01', ['WG.7-11']],
  ])('%s (now %s)', (q, now, expected) => {
    expect(ids(ask(q, now))).toEqual(expected);
  });
});

describe('French greetings and help', () => {
  it('"bonjour à toutes et à tous" is a greeting; "que sais-tu faire ?" gets help in French', () => {
    expect(ask('Bonsoir à toutes et à tous', '2025-05-05').intent).toBe('greeting');
    const a = ask('tu sais faire quoi ?', '2025-05-05');
    expect(a.lang).toBe('fr');
    expect(a.meetings).toEqual([]);
  });
});
