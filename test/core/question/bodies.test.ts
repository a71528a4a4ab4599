import { describe, expect, it } from 'vitest';
import { deriveBodyNames } from '../../../lambda/core/question/body-names';
import { dataset, understand } from '../../helpers/data';

const NOW = '2026-11-27';

describe('bodies by the names people use', () => {
  it.each([
    // ids with or without dot or space, and "GT" for groupe de travail
    ['WG6 in 2024', ['WG.6']],
    ['wg 6 2024', ['WG.6']],
    ['wg.6 meetings', ['WG.6']],
    ['GT 6 en 2024', ['WG.6']],
    // initialisms of the names and their subjects, English and French
    ['TIP meetings', ['WG.4']],
    ['som 2023', ['WG.7']],
    ['TA group 2023', ['WG.2']],
    ['la CdP en 2024', ['COP']],
    ['réunions du GTTP', ['WG.4']],
    ['WGTIP meetings in 2023', ['WG.4']],
    ['when did wgsom meet', ['WG.7']],
    ['GTAT 2023 quand', ['WG.2']],
    // prefixes and abbreviations of keywords
    ['intl coop 2024', ['WG.3']],
    ['tech assist meetings', ['WG.2']],
    ['the migr group', ['WG.7']],
    // idioms kept as aliases in data/
    ['FA meetings', ['WG.6']],
    ['guns group', ['WG.6']],
  ])('%s -> %j', (q, bodies) => {
    expect(understand(q, NOW).bodies).toEqual(bodies);
  });

  it.each([
    ['the assistance group in 2023?', ['WG.2', 'WG.3']],
    ['the protocol group 2024', ['WG.4', 'WG.6']],
    ['traf meetings', ['WG.4', 'WG.7']],
  ])('a short form of two bodies asks which: %s', (q, bodies) => {
    const u = understand(q, NOW);
    expect(u.intent).toBe('clarify');
    expect([...(u.ambiguous?.bodies ?? [])].sort()).toEqual(bodies);
  });

  it.each([
    ['list the wgs', ['WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7']],
    ['les gt c est lesquels', ['WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7']],
    ['working groups excluding the COP', ['WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7']],
    ['what are the WGs of the UNTOC COP', ['WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7']],
    ['list every working group plus the conference', ['WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7', 'COP']],
  ])('"working groups" means the groups, the Conference only when added: %s', (q, bodies) => {
    expect(understand(q, NOW).bodies).toEqual(bodies);
  });

  it('two-letter initialisms count only in capitals, so "at" and "ta" stay words', () => {
    expect(understand('meetings at vienna', NOW).bodies).toEqual([]);
    expect(understand('ta meetings', NOW).bodies).toEqual([]);
  });

  it('derives every short form from the data, none from code', () => {
    const { names } = deriveBodyNames(dataset().bodies, { articles: new Set(['the', 'la', 'le', 'les', 'l']), links: new Set(['of', 'on', 'in', 'de', 'des', 'sur', 'to', 'a']), generic: new Set(['working', 'group']) });
    const forms = new Map(names.map((n) => [n.words.join(' '), n.bodies]));
    expect(forms.get('tip')).toEqual(['WG.4']);
    expect(forms.get('som')).toEqual(['WG.7']);
    expect(forms.get('cop')).toEqual(['COP']);
    expect(forms.get('wg6')).toEqual(['WG.6']);
  });
});
