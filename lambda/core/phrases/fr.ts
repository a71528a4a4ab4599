import { type IsoDate, MAX_DATE, MIN_DATE, type Period, addDays, partsOf } from '../dates';
import type { Body, DocumentKind, Meeting } from '../model';
/** a window's unit, singular with its article and plural */
const FR_UNITS = { day: ['le jour', 'jours'], week: ['la semaine', 'semaines'], month: ['le mois', 'mois'], year: ["l'année", 'années'] } as const;
import { type Phrases, agendas, capitalize, joinList } from './phrases';

const DOC_KIND_FR: Record<DocumentKind, string> = {
  report: 'le rapport sur',
  'provisional-agenda': "l'ordre du jour provisoire de",
  'background-paper': "un document d'information pour",
  'conference-room-paper': 'un document de séance de',
  'secretariat-report': 'un rapport du Secrétariat pour',
  note: 'une note pour',
  announcement: "l'annonce de",
  'draft-report': 'le projet de rapport sur',
  other: 'un document de',
};

/** "le Groupe…" -> "du Groupe…", "la Conférence…" -> "de la Conférence…" */
const de = (short: string) => (short.startsWith('le ') ? `du ${short.slice(3)}` : short.startsWith('les ') ? `des ${short.slice(4)}` : `de ${short}`);

/** French phrasing; month names come from the vocabulary. */
export function frenchPhrases(months: string[]): Phrases {
  const mon = (m: number) => months[m - 1] ?? String(m);
  const ordinal = (n: number) => (n === 1 ? '1re' : `${n}e`);
  const dayNum = (d: number) => (d === 1 ? '1er' : String(d));
  const day = (iso: IsoDate) => {
    const { y, m, d } = partsOf(iso);
    return `${dayNum(d)} ${mon(m)} ${y}`;
  };
  const dateRange = (start: IsoDate, end: IsoDate) => {
    const a = partsOf(start);
    const b = partsOf(end);
    if (start === end) return day(start);
    if (a.y === b.y && a.m === b.m) return `${dayNum(a.d)}${addDays(start, 1) === end ? ' et ' : '–'}${b.d} ${mon(b.m)} ${b.y}`;
    if (a.y === b.y) return `${dayNum(a.d)} ${mon(a.m)}–${dayNum(b.d)} ${mon(b.m)} ${b.y}`;
    return `${day(start)}–${day(end)}`;
  };
  /** with its preposition: "le 3 avril 2024", "les 3 et 4 avril 2024", "du 14 au 18 octobre 2024" */
  const onDates = (start: IsoDate, end: IsoDate) => {
    if (start === end) return `le ${day(start)}`;
    const a = partsOf(start);
    const b = partsOf(end);
    if (addDays(start, 1) === end && a.m === b.m) return `les ${dateRange(start, end)}`;
    if (a.y === b.y && a.m === b.m) return `du ${dayNum(a.d)} au ${day(end)}`;
    if (a.y === b.y) return `du ${dayNum(a.d)} ${mon(a.m)} au ${day(end)}`;
    return `du ${day(start)} au ${day(end)}`;
  };
  const period = (p: Period) => {
    // périodes ouvertes (« après juin 2024 », « à venir », « déjà tenues ») : la borne qui existe
    if (p.end === MAX_DATE) return p.start === MIN_DATE ? 'à toute date' : `à partir du ${day(p.start)}`;
    if (p.start === MIN_DATE) return `jusqu'au ${day(p.end)}`;
    const a = partsOf(p.start);
    const b = partsOf(p.end);
    if (p.granularity === 'year') return a.y === b.y ? `en ${a.y}` : `entre ${a.y} et ${b.y}`;
    if (p.granularity === 'month') {
      return a.y === b.y && a.m === b.m ? `en ${mon(a.m)} ${a.y}` : `entre ${mon(a.m)} ${a.y} et ${mon(b.m)} ${b.y}`;
    }
    if (p.granularity === 'week') return `la semaine du ${day(p.start)}`;
    return onDates(p.start, p.end);
  };
  const of = (bodies: Body[]) => (bodies.length ? ` ${joinList(bodies.map((b) => de(b.short.fr)), 'ou')}` : '');
  const kindWord = (m: Meeting) => (m.kind === 'session' ? 'session' : 'réunion');
  const docs = (m: Meeting) => {
    const parts: string[] = [];
    if (m.report) parts.push(`rapport ${m.report}`);
    for (const d of agendas(m)) parts.push(`ordre du jour provisoire ${d.symbol}`);
    return parts.length ? ` (${parts.join(' ; ')})` : '';
  };
  const names = (bodies: Body[]) => bodies.map((b) => `${b.names.fr} (${b.id})`).join(' ; ');
  const nth = (n: number | undefined) => (n === undefined ? '' : `${ordinal(n)} `);
  return {
    ordinal,
    nth,
    dateRange,
    day,
    asOf: (iso) => `Au ${day(iso)} :`,
    period,
    place: (m) => m.location?.fr ?? 'lieu non indiqué',
    meeting(m, body, now) {
      const when = `${onDates(m.start, m.end)}${m.location ? ` à ${m.location.fr}` : ' (lieu non indiqué)'}`;
      const what = m.number === undefined ? `une ${kindWord(m)}` : `sa ${nth(m.number)}${kindWord(m)}`;
      const subject = capitalize(body.short.fr);
      // tenue, selon une source postérieure à aujourd'hui : encore à venir ou en cours à cette date
      if (m.status === 'held' && m.end < now) return `${subject} a tenu ${what} ${when}${docs(m)}.`;
      if (m.status === 'held') return `${subject} ${m.start <= now ? 'tient' : 'doit tenir'} ${what} ${when}${docs(m)}.`;
      const verb = m.end < now ? 'devait tenir' : m.start <= now ? 'tient' : 'doit tenir';
      return `${subject} ${verb} ${what} ${when}${docs(m)}.`;
    },
    count: (n, bodies, p) =>
      n === 0
        ? `Aucune réunion${of(bodies)} n'est enregistrée${p ? ` ${period(p)}` : ''}.`
        : `${n} ${n === 1 ? 'réunion est enregistrée' : 'réunions sont enregistrées'}${of(bodies)}${p ? ` ${period(p)}` : ''} :`,
    noneOnSide: (side, bodies, p, now) =>
      side === 'future'
        ? `Rien${of(bodies)} ${period(p)} n'est encore à venir : c'est avant aujourd'hui (${day(now)}).`
        : `Rien${of(bodies)} ${period(p)} n'a encore eu lieu : c'est après aujourd'hui (${day(now)}).`,
    heldCount: (n, bodies, p) =>
      n === 0
        ? `Aucune réunion${of(bodies)} n'est enregistrée comme tenue${p ? ` ${period(p)}` : ''}.`
        : `${n} ${n === 1 ? 'réunion est enregistrée comme tenue' : 'réunions sont enregistrées comme tenues'}${of(bodies)}${p ? ` ${period(p)}` : ''} :`,
    onlyAnnounced: (n) =>
      `${n === 1 ? 'Une autre, dont les dates sont passées, était seulement annoncée ; aucune de mes sources ne dit qu’elle a eu lieu' : `${n} autres, dont les dates sont passées, étaient seulement annoncées ; aucune de mes sources ne dit qu’elles ont eu lieu`} :`,
    noMeeting: (bodies, p) => `Aucune réunion${of(bodies)} n'est enregistrée${p ? ` ${period(p)}` : ''}.`,
    noOrdinal: (n, session, bodies) => `Aucune ${ordinal(n)} ${session ? 'session' : 'réunion'}${of(bodies)} n'est enregistrée.`,
    noUpcoming: (bodies, now, src) =>
      `Aucune réunion${of(bodies)} n'est prévue après le ${day(now)} dans mes données ; elles proviennent de la note du Secrétariat du ${day(src)}.`,
    noPast: (bodies, now) => `Aucune réunion${of(bodies)} n'est enregistrée avant le ${day(now)}.`,
    report: (m, body) =>
      `Le rapport sur la ${nth(m.number)}${kindWord(m)} ${de(body.short.fr)} (${dateRange(m.start, m.end)}, ${m.location?.fr ?? 'lieu non indiqué'}) porte la cote ${m.report}.`,
    noReport: (m, body) => {
      const agenda = agendas(m).map((d) => ` Son ordre du jour provisoire porte la cote ${d.symbol}.`).join('');
      return `Aucun rapport n'est enregistré pour la ${nth(m.number)}${kindWord(m)} ${de(body.short.fr)} (${dateRange(m.start, m.end)}, ${m.location?.fr ?? 'lieu non indiqué'}).${agenda}`;
    },
    symbol: (symbol, m, body, kind) =>
      `${symbol} est ${DOC_KIND_FR[kind]} la ${nth(m.number)}${kindWord(m)} ${de(body.short.fr)} (${dateRange(m.start, m.end)}, ${m.location?.fr ?? 'lieu non indiqué'}).`,
    unknownSymbol: (symbol) => `Je n'ai aucun document portant la cote ${symbol}.`,
    mandate(effect, instrument, number, bodies) {
      const by = `${instrument === 'decision' ? 'la décision' : 'la résolution'} ${number}`;
      const list = joinList(bodies.map((b) => b.short.fr), 'et');
      const plural = bodies.length > 1;
      switch (effect) {
        case 'established':
          return `${capitalize(list)} ${plural ? 'ont été créés' : 'a été créé'} par ${by} de la Conférence.`;
        case 'established-as-permanent':
          return `${capitalize(list)} ${plural ? 'ont été créés' : 'a été créé'} comme élément permanent de la Conférence par ${by}.`;
        case 'made-permanent':
          return `${capitalize(by)} a fait ${joinList(bodies.map((b) => de(b.short.fr)), 'et')} ${plural ? 'des éléments permanents' : 'un élément permanent'} de la Conférence.`;
        default:
          return `${capitalize(by)} invite ${list} à se réunir tous les ans si nécessaire, l'un à la suite de l'autre.`;
      }
    },
    instrument: (i) => `${i.instrument === 'decision' ? 'La décision' : 'La résolution'} ${i.number} de la Conférence${i.subject.fr ? ` porte sur : ${i.subject.fr}` : ''}.`,
    instrumentsLead: (n, kinds) => {
      const one = (k: 'decision' | 'resolution') => (k === 'decision' ? 'décision' : 'résolution');
      if (n === 0) return `Je ne connais aucune ${kinds.length > 1 ? 'décision ni résolution' : one(kinds[0] ?? 'decision')} de la Conférence.`;
      const word = kinds.length > 1 ? (n === 1 ? 'décision ou résolution' : 'décisions et résolutions') : `${one(kinds[0] ?? 'decision')}${n === 1 ? '' : 's'}`;
      return `Je connais ${n} ${word} de la Conférence :`;
    },
    noMandate: (bodies) => `Ma source ne mentionne aucune décision ni résolution portant création${of(bodies)}.`,
    aboutBody: (b) =>
      `${b.id} désigne ${/^(le |la |l')/i.exec(b.short.fr)?.[0].toLowerCase() ?? ''}${b.names.fr} (en anglais : ${b.names.en}).${b.formerNames?.fr.length ? ` Ancien nom : ${joinList(b.formerNames.fr, 'ou')}.` : ''}`,
    comparisonLead: (b, which) => `${which === 'first' ? 'En premier' : 'En dernier'} : ${b.short.fr}.`,
    yesNo: (yes) => (yes ? 'Oui.' : 'Non.'),
    bodiesList: (bodies) => `Je connais ${bodies.length} organes : ${names(bodies)}.`,
    unknownBody: (name, bodies) => `Je n'ai aucune information sur « ${name} ». Je connais : ${names(bodies)}.`,
    whichBody: (bodies) => `De quel organe s'agit-il ? Je connais : ${names(bodies)}.`,
    help: (ex) =>
      `Je réponds aux questions sur les réunions, les rapports et les mandats de la Conférence des Parties à la Convention contre la criminalité transnationale organisée et de ses groupes de travail, en français ou en anglais. Essayez : ${ex.map((e) => `« ${e} »`).join(', ')}.`,
    notUnderstoodTerm: (t) => `Je ne sais pas ce que signifie « ${t} » : je ne peux pas dire de quelles réunions il s'agit. Précisez des dates, un mois ou une année (« en 2024 », « entre mars et juin 2024 »).`,
    notUnderstood: (ex) => `Désolé, je n'ai pas compris la question. Essayez : ${ex.map((e) => `« ${e} »`).join(', ')}.`,
    placesLead: (n, places) => `${n === 1 ? 'Cette réunion est enregistrée' : `Ces ${n} réunions sont enregistrées`} à ${joinList(places, 'et')} :`,
    greeting: (kind) =>
      kind === 'thanks'
        ? 'Avec plaisir ! Posez-moi vos questions sur la Conférence des Parties et ses groupes de travail.'
        : 'Bonjour ! Posez-moi vos questions sur les réunions, les rapports et les mandats de la Conférence des Parties et de ses groupes de travail.',
    clarify: (text, bodies) => `« ${text} » peut désigner ${joinList(bodies.map((b) => `${b.names.fr} (${b.id})`), 'ou')}. Lequel voulez-vous dire ?`,
    noPlace: (place, known, bodies, p) =>
      `Aucune réunion${of(bodies)} n'est enregistrée à ${place}${p ? ` ${period(p)}` : ''} ; les réunions que je connais ont lieu à ${joinList(known, 'et')}.`,
    relationNone: (direction, anchor, body, w) =>
      anchor
        ? `Aucune réunion n'est enregistrée ${w ? `dans ${w.count > 1 ? `les ${w.count} ${FR_UNITS[w.unit][1]}` : FR_UNITS[w.unit][0]} ` : ''}${direction === 'before' ? 'avant' : direction === 'same-week' ? 'la même semaine que' : direction === 'between' ? 'entre les réunions citées, après' : 'après'} la ${nth(anchor.number)}${kindWord(anchor)} ${de(body.short.fr)} (${dateRange(anchor.start, anchor.end)}).`
        : `Aucune réunion ${de(body.short.fr)} n'est enregistrée.`,
  };
}
