import { describe, expect, it } from 'vitest';
import { cleanSlackText } from '../../../lambda/core/question/normalize';
import { ask, ids } from '../../helpers/data';

// French typed on a phone often drops the apostrophe: "aujourd hui", "d ici", "l annee"
describe('French written without apostrophes', () => {
  it.each([
    ['qui se reunit aujourd hui', "qui se reunit aujourd'hui"],
    ["quoi d ici la fin de l annee", "quoi d'ici la fin de l'annee"],
    ["qu est-ce qui s est passe", "qu'est-ce qui s'est passe"],
  ])('"%s" reads as "%s"', (typed, read) => {
    expect(cleanSlackText(typed)).toBe(read);
  });

  it.each([
    ['plan b is ready'],
    ['vitamin d level'],
    ["aujourd'hui"],
    ['WG 6 in 2024'],
  ])('leaves "%s" alone', (text) => {
    expect(cleanSlackText(text)).toBe(text);
  });

  it.each([
    ['qui se reunit aujourd hui', '2023-10-03', ['WG.4-13']],
    ["quoi d ici la fin de l annee", '2024-08-15', ['COP-12']],
  ])('"%s" (now %s) answers like the elided spelling', (q, now, expected) => {
    expect(ids(ask(q, now)).sort()).toEqual([...expected].sort());
  });
});
