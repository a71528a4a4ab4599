import type { IsoDate } from './dates';
import type { Body, DocumentKind, Lang, Meeting, MeetingDocument } from './model';
import type { Phrases } from './phrases/phrases';

const KIND: Record<Lang, Record<DocumentKind, string>> = {
  en: {
    report: 'report',
    'provisional-agenda': 'provisional agenda',
    'background-paper': 'background paper',
    'conference-room-paper': 'conference room paper',
    'secretariat-report': 'report of the Secretariat',
    note: 'note',
    announcement: 'announcement',
    'draft-report': 'draft report',
    other: 'document',
  },
  fr: {
    report: 'rapport',
    'provisional-agenda': 'ordre du jour provisoire',
    'background-paper': "document d'information",
    'conference-room-paper': 'document de séance',
    'secretariat-report': 'rapport du Secrétariat',
    note: 'note',
    announcement: 'annonce',
    'draft-report': 'projet de rapport',
    other: 'document',
  },
};
const LANGUAGE: Record<Lang, Record<Lang, string>> = { en: { en: 'English', fr: 'French' }, fr: { en: 'anglais', fr: 'français' } };

/** Answers about documents: what they say, in one language. */
interface DocumentAnswer {
  lead: string;
  items: string[];
  meetings: Meeting[];
  bodies: string[];
  reports: string[];
}

/** a meeting's documents, its report first when it is not listed among them */
function documentsOf(m: Meeting): MeetingDocument[] {
  const docs = [...(m.documents ?? [])];
  if (m.report && !docs.some((d) => d.symbol === m.report)) docs.unshift({ symbol: m.report, kind: 'report' });
  return docs;
}

/**
 * "Documents of the 2018 firearms meeting": for each meeting in scope, its documents
 * (symbol, kind, date and language when known), or that none is recorded.
 */
export function documentsAnswer(ms: Meeting[], lang: Lang, p: Phrases, body: (id: string) => Body, kinds: DocumentKind[] = []): DocumentAnswer {
  const listed = (m: Meeting) => (kinds.length ? documentsOf(m).filter((d) => kinds.includes(d.kind)) : documentsOf(m));
  const one = (d: MeetingDocument) => {
    const about = [d.date ? p.day(d.date) : '', d.language ? LANGUAGE[lang][d.language] : ''].filter(Boolean).join(', ');
    return `${d.symbol} (${KIND[lang][d.kind]}${about ? `, ${about}` : ''})`;
  };
  const items = ms.map((m) => {
    const what = lang === 'fr' ? `la ${p.nth(m.number)}${m.kind === 'session' ? 'session' : 'réunion'} ${deFr(body(m.body).short.fr)} (${p.dateRange(m.start, m.end)}, ${m.location?.fr ?? 'lieu non indiqué'})` : `the ${p.nth(m.number)}${m.kind} of ${body(m.body).short.en} (${p.dateRange(m.start, m.end)}, ${m.location?.en ?? 'no place stated'})`;
    const docs = listed(m);
    if (docs.length === 0 && kinds.length) {
      const asked = kinds.map((k) => KIND[lang][k]).join(lang === 'fr' ? ' ou ' : ' or ');
      return lang === 'fr' ? `Aucun document de ce type (${asked}) n'est enregistré pour ${what}.` : `No ${asked} is recorded for ${what}.`;
    }
    if (docs.length === 0) return lang === 'fr' ? `Aucun document n'est enregistré pour ${what}.` : `No document is recorded for ${what}.`;
    return lang === 'fr' ? `Documents de ${what} : ${docs.map(one).join(' ; ')}.` : `Documents of ${what}: ${docs.map(one).join('; ')}.`;
  });
  return { lead: items[0] ?? '', items: items.slice(1), meetings: ms, bodies: [...new Set(ms.map((m) => m.body))], reports: ms.flatMap((m) => listed(m).map((d) => d.symbol)) };
}

/**
 * "Which reports go to COP12": the documents the data says the session will consider,
 * each with the meeting it reports on when that meeting is known.
 */
export function considersAnswer(
  session: Meeting | undefined,
  ordinal: number | null,
  lang: Lang,
  p: Phrases,
  c: { body: (id: string) => Body; conference: Body; bySymbol: Map<string, { m: Meeting; kind: DocumentKind }>; now: IsoDate; wanted?: (reportedOn: Meeting | undefined) => boolean },
): DocumentAnswer {
  const conf = lang === 'fr' ? c.conference.short.fr : c.conference.short.en;
  const list = (session?.considers ?? []).filter((x) => !c.wanted || c.wanted(c.bySymbol.get(x.symbol)?.m));
  if (!session || list.length === 0) {
    const which = session ? `${p.nth(session.number)}session` : ordinal !== null ? `${p.ordinal(ordinal)} session` : 'session';
    return {
      lead: lang === 'fr' ? `Aucun document n'est enregistré comme devant être examiné par ${conf} à sa ${which}.` : `No document is recorded as going to ${conf} at its ${which}.`,
      items: [],
      meetings: session ? [session] : [],
      bodies: session ? [session.body] : [],
      reports: [],
    };
  }
  // only a session recorded as held is said to have considered them
  const tense = session.status === 'held' ? 'held' : session.end < c.now ? 'was-to' : 'will';
  const when = `${p.nth(session.number)}session (${p.dateRange(session.start, session.end)}, ${lang === 'fr' ? (session.location?.fr ?? 'lieu non indiqué') : (session.location?.en ?? 'no place stated')})`;
  const n = list.length;
  const allReports = list.every((x) => c.bySymbol.get(x.symbol)?.kind === 'report');
  const noun = (lang === 'fr' ? (allReports ? 'rapport' : 'document') : allReports ? 'report' : 'document') + (n > 1 ? 's' : '');
  const lead =
    lang === 'fr'
      ? `${capital(conf)} ${{ held: 'a examiné', 'was-to': 'devait examiner', will: 'examinera' }[tense]} ${n} ${noun} à sa ${when} :`
      : `${capital(conf)} ${{ held: 'considered', 'was-to': 'was to consider', will: 'will consider' }[tense]} ${n} ${noun} at its ${when}:`;
  const items = list.map(({ symbol }) => {
    const hit = c.bySymbol.get(symbol);
    if (!hit) return `${symbol}.`;
    const m = hit.m;
    const b = c.body(m.body);
    return lang === 'fr'
      ? `${symbol}, ${KIND.fr[hit.kind]} de la ${p.nth(m.number)}${m.kind === 'session' ? 'session' : 'réunion'} ${deFr(b.short.fr)} (${p.dateRange(m.start, m.end)}).`
      : `${symbol}, the ${KIND.en[hit.kind]} of the ${p.nth(m.number)}${m.kind} of ${b.short.en} (${p.dateRange(m.start, m.end)}).`;
  });
  const reported = list.map((x) => c.bySymbol.get(x.symbol)?.m).filter((m): m is Meeting => Boolean(m));
  return { lead, items, meetings: [session], bodies: [session.body, ...new Set(reported.map((m) => m.body))], reports: list.map((x) => x.symbol) };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "de" + "le Groupe…" -> "du Groupe…", "de la Conférence" */
const deFr = (s: string) => (s.startsWith('le ') ? `du ${s.slice(3)}` : s.startsWith('les ') ? `des ${s.slice(4)}` : `de ${s}`);
