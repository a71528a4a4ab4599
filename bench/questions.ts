/** A few thousand varied questions in both languages, built from templates (deterministic). */
export function benchQuestions(count = 3000): Array<{ text: string; lang: 'en' | 'fr' }> {
  const en = [
    'when did the {b} group meet in {y}?',
    'which meetings happened in {m} {y}?',
    'meetings between March and June {y}',
    'what is the next meeting of the {b} group?',
    'when did the {b} group last meet?',
    'report of the {o} {b} meeting',
    'what is CTOC/COP/WG.6/{y}/5?',
    'which decision established the {b} group?',
    'how many meetings in {y}?',
    'where did the {b} group meet last year?',
    '<@U012ABCDEF> when did the firarms group meet on 3 April {y}?',
    'list the groups',
  ];
  const fr = [
    'quand le groupe sur les {bf} s\'est-il réuni en {y} ?',
    'quelles réunions en {mf} {y} ?',
    'quelle est la prochaine réunion du groupe sur la {bf} ?',
    'rapport de la onzième réunion sur les {bf}',
    'combien de réunions entre mars et juin {y} ?',
    'réunions les 2 et 3 octobre {y}',
    'quelle décision a créé le groupe sur la {bf} ?',
  ];
  const bodies = ['firearms', 'trafficking', 'smuggling', 'technical assistance', 'international cooperation', 'TIP', 'WG.6'];
  const bodiesFr = ['armes à feu', 'traite des personnes', 'trafic illicite de migrants', 'coopération internationale'];
  const months = ['January', 'April', 'June', 'October'];
  const monthsFr = ['janvier', 'avril', 'juin', 'octobre'];
  const ordinals = ['10th', '11th', 'fourteenth', '13th'];
  const out: Array<{ text: string; lang: 'en' | 'fr' }> = [];
  for (let i = 0; out.length < count; i++) {
    const isFr = i % 3 === 2;
    const list = isFr ? fr : en;
    const t = list[i % list.length] as string;
    const text = t
      .replace('{b}', bodies[i % bodies.length] as string)
      .replace('{bf}', bodiesFr[i % bodiesFr.length] as string)
      .replace('{m}', months[i % months.length] as string)
      .replace('{mf}', monthsFr[i % monthsFr.length] as string)
      .replace('{o}', ordinals[i % ordinals.length] as string)
      .replace(/\{y\}/g, String(2022 + (i % 4)));
    out.push({ text, lang: isFr ? 'fr' : 'en' });
  }
  return out;
}
