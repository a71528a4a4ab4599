import { describe, expect, it } from 'vitest';
import { ask, ids } from '../helpers/data';

const JUILLET_2024 = '2024-07-15';

describe('questions en français', () => {
  it.each([
    ["quand le groupe sur les armes à feu s'est-il réuni en 2024 ?", JUILLET_2024, 'meetings', ['WG.6-11']],
    ['quelles réunions en juin 2024 ?', JUILLET_2024, 'meetings', ['WG.2-15', 'WG.3-15']],
    ['réunions en octobre 2023', JUILLET_2024, 'meetings', ['WG.4-13', 'WG.7-10']],
    ['réunions entre mars et juin 2024', JUILLET_2024, 'meetings', ['WG.6-11', 'WG.2-15', 'WG.3-15']],
    ['réunions le mois dernier', JUILLET_2024, 'meetings', ['WG.2-15', 'WG.3-15']],
    ["réunions de l'année dernière", JUILLET_2024, 'meetings', ['WG.6-10', 'WG.2-14', 'WG.3-14', 'WG.4-13', 'WG.7-10']],
    ['réunions les 2 et 3 octobre 2023', JUILLET_2024, 'meetings', ['WG.4-13']],
    ['réunions du 8 au 9 juillet 2024', JUILLET_2024, 'meetings', ['WG.4-14']],
    ['que s’est-il passé le 3 avril 2024 ?', JUILLET_2024, 'meetings', ['WG.6-11']],
    ['quelle est la prochaine réunion ?', JUILLET_2024, 'next', ['COP-12']],
    ['prochaine réunion du groupe sur la traite', '2024-06-01', 'next', ['WG.4-14']],
    ['dernière réunion du groupe sur le trafic illicite de migrants', '2024-01-01', 'last', ['WG.7-10']],
    ['quatorzième réunion du groupe sur la traite', JUILLET_2024, 'ordinal', ['WG.4-14']],
    ['douzième session de la Conférence des Parties', JUILLET_2024, 'ordinal', ['COP-12']],
    ['rapport de la onzième réunion sur les armes à feu', JUILLET_2024, 'report', ['WG.6-11']],
    ["qu'est-ce que CTOC/COP/WG.7/2023/5 ?", JUILLET_2024, 'symbol', ['WG.7-10']],
    ['combien de réunions en 2023 ?', JUILLET_2024, 'count', ['WG.6-10', 'WG.2-14', 'WG.3-14', 'WG.4-13', 'WG.7-10']],
    ['où se réunit le groupe sur la coopération internationale ?', JUILLET_2024, 'place', ['WG.3-14', 'WG.3-15']],
  ])('%s (now %s) -> %s %j', (question, now, intent, meetings) => {
    const a = ask(question, now);
    expect(a.lang).toBe('fr');
    expect(a.intent).toBe(intent);
    expect(ids(a)).toEqual(meetings);
  });

  it('répond en français, avec les dates à la française', () => {
    expect(ask("quand le groupe sur les armes à feu s'est-il réuni en 2024 ?", JUILLET_2024).text).toBe(
      'Le Groupe de travail sur les armes à feu a tenu sa 11e réunion les 3 et 4 avril 2024 à Vienne (rapport CTOC/COP/WG.6/2024/5).',
    );
    expect(ask('quelle est la prochaine réunion ?', JUILLET_2024).text).toBe(
      'La Conférence des Parties doit tenir sa 12e session du 14 au 18 octobre 2024 à Vienne (ordre du jour provisoire CTOC/COP/2024/1).',
    );
    expect(ask('réunions du groupe sur la traite en 2024', '2026-11-27').text).toBe(
      'Le Groupe de travail sur la traite des personnes devait tenir sa 14e réunion les 8 et 9 juillet 2024 à Vienne (rapport CTOC/COP/WG.4/2024/5).',
    );
  });

  it('répond aux questions de mandat', () => {
    expect(ask('quelle décision a créé le groupe sur la traite des personnes ?', JUILLET_2024).text).toBe(
      'Le Groupe de travail sur la traite des personnes a été créé par la décision 4/4 de la Conférence.',
    );
    expect(ask('quelle résolution a rendu les groupes permanents ?', JUILLET_2024).text).toContain(
      'La résolution 7/1 a fait du Groupe de travail sur la traite des personnes, du Groupe de travail sur les armes à feu et du Groupe de travail sur le trafic illicite de migrants des éléments permanents de la Conférence.',
    );
  });

  it('liste les organes, donne de l’aide, et dit quand rien n’est enregistré', () => {
    expect(ask('quels groupes ?', JUILLET_2024).intent).toBe('bodies');
    expect(ask('aide', JUILLET_2024).text).toMatch(/^Je réponds aux questions/);
    const rien = ask('réunions en août 2024', JUILLET_2024);
    expect(rien.meetings).toEqual([]);
    expect(rien.text).toBe("Aucune réunion n'est enregistrée en août 2024.");
    expect(ask('prochaine réunion ?', '2026-11-27').text).toMatch(/^Aucune réunion n'est prévue après le 27 novembre 2026/);
  });

  it('comprend les mots-clés sans accents et avec fautes', () => {
    expect(ask('reunions du groupe armes a feu en 2023', JUILLET_2024).bodies).toEqual(['WG.6']);
    expect(ask('quand le groupe sur la trafic illicite de migrant s’est réuni', JUILLET_2024).bodies).toEqual(['WG.7']);
  });
});
