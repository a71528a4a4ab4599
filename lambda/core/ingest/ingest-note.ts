import { type IsoDate, addDays } from '../dates';
import type { Body, Instrument, Lang, Meeting, MandateSchema, Source, Vocabulary } from '../model';
import { detectLanguage } from '../question/language';
import { accentInsensitive, fold, tokenize } from '../question/normalize';
import { createPeriodFinder } from '../question/periods';
import { type NoteLayout, type Paragraph, layoutOf, plainNoteText } from './note-text';
import type { z } from 'zod';

type MandateRecord = z.infer<typeof MandateSchema> & { body: string };

/** A body the note names that data/bodies.json does not have yet (to be reviewed by hand). */
export interface NewBody {
  id: string | null;
  symbolPrefix: string | null;
  name: string;
  paragraphs: number[];
}

/** What a note yields, in the data/ format, with what could not be placed. */
export interface IngestResult {
  source: Source;
  meetings: Meeting[];
  mandates: MandateRecord[];
  instruments: Instrument[];
  /** known bodies the note is about */
  bodies: string[];
  newBodies: NewBody[];
  /** pieces found but not recorded, and why */
  unplaced: string[];
  /** facts recorded with an inference worth a look */
  notes: string[];
}

export class IngestError extends Error {}

const SYMBOL = /\b[A-Z]{2,6}(?:\/[A-Z0-9.]+)+\/\d{4}\/\d+\b/g;
const INSTRUMENT = /\b(d[ée]cision|r[ée]solution)s?\s+(\d{1,2}\/\d{1,2})\b/gi;

/**
 * Reads one UN note (French or English) of the kind the Secretariat publishes before a
 * COP session: meetings (ordinal, dates, place, held or scheduled), their reports,
 * the decisions and resolutions that created or changed the bodies, each with its
 * provenance. Pure: text in, records out.
 */
export function ingestNote(rawText: string, o: { fileName: string; bodies: Body[]; vocabulary: Vocabulary }): IngestResult {
  const v = o.vocabulary;
  const text = plainNoteText(rawText);
  const markers = { en: new Set(v.languageMarkers.en.map(fold)), fr: new Set(v.languageMarkers.fr.map(fold)) };
  const lang: Lang = detectLanguage(tokenize(text.slice(0, 6000)), text.slice(0, 6000), markers);
  const findPeriod = createPeriodFinder(v);
  const ordinalOf = (w: string): number | null => {
    const f = fold(w).replace(/-/g, ' ');
    const m = /^(\d{1,3})\s*(?:st|nd|rd|th|e|eme|er|re|ere)?$/.exec(f);
    if (m) return Number(m[1]);
    for (const l of ['en', 'fr'] as const) for (const [k, n] of Object.entries(v.ordinals[l])) if (fold(k).replace(/-/g, ' ') === f) return n;
    return null;
  };

  // known bodies by their official names (either language), longest first
  const names = o.bodies
    .flatMap((b) => [b.names.en, b.names.fr].map((n) => ({ id: b.id, re: new RegExp(accentInsensitive(n), 'i'), len: n.length })))
    .sort((a, b) => b.len - a.len);
  const bodiesNamed = (s: string): string[] => {
    const found: Array<{ id: string; at: number }> = [];
    let rest = s;
    for (const n of names) {
      const m = n.re.exec(rest);
      if (m && !found.some((f) => f.id === n.id)) {
        found.push({ id: n.id, at: m.index });
        rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
      }
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.id);
  };
  const genericBody = lang === 'fr' ? /Groupe de travail (?:d'experts gouvernementaux )?sur (?:la |le |les |l')?[^,.;]+?(?=\s+(?:tenues?|qui|a tenu|tiendra|s'est)\b|[,.;]|$)/i : /Working Group (?:of Government Experts )?on (?:the )?[^,.;]+?(?=\s+(?:held|which|will|has|met)\b|[,.;]|$)/i;
  const isSectionHeading = (line: string) => !/^\d+\./.test(line) && (bodiesNamed(line).length > 0 || genericBody.test(line)) && line.length < 400;
  const layout: NoteLayout = layoutOf(text, isSectionHeading);

  // the note's date, kind and title, from its header
  const dateLine = layout.header.find((l) => /^\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}$/u.test(l));
  const noteDate = dateLine ? findPeriod(dateLine, lang, '2000-01-01')?.period : undefined;
  if (noteDate?.granularity !== 'day') throw new IngestError(`no date in the note's header (expected a line such as "${lang === 'fr' ? '4 juillet 2024' : '4 July 2024'}")`);
  const date: IsoDate = noteDate.start;
  const kindIndex = layout.header.findIndex((l) => [...v.ingest.noteKinds.en, ...v.ingest.noteKinds.fr].some((k) => fold(l) === fold(k)));
  const title = kindIndex > 0 ? layout.header.slice(0, kindIndex).reverse().find((l) => l.length > 20) : undefined;
  const sourceId = `note-${date}`;
  const source: Source = {
    id: sourceId,
    kind: kindIndex >= 0 ? 'note-by-the-secretariat' : 'document',
    date,
    language: lang,
    file: o.fileName,
    title: title ? { [lang]: title } : {},
  };

  const bodyById = new Map(o.bodies.map((b) => [b.id, b]));
  const prefixOf = (s: string) => /^(.*)\/\d{4}\/\d+$/.exec(s)?.[1] ?? null;
  const bodyOfPrefix = (prefix: string) => o.bodies.find((b) => b.symbolPrefix === prefix)?.id ?? null;
  const knownPlaces = v.places.flatMap((pl) => [pl.en, pl.fr].map((n) => ({ pl, re: new RegExp(`(^|[^\\p{L}])${accentInsensitive(n)}($|[^\\p{L}])`, 'iu') })));
  /** a place: one the vocabulary knows, or a capitalised name after "held in" / "tenues à" */
  const placeOf = (s: string): { en: string; fr: string } | null => {
    const known = knownPlaces.find((k) => k.re.test(s));
    if (known) return known.pl;
    const name = '(\\p{Lu}[\\p{L}\'-]+(?:\\s+\\p{Lu}[\\p{L}\'-]+)?)';
    const m =
      new RegExp(`(?:held|met|convened|tenues?|réunie?s?)\\s+(?:in|at|à)\\s+${name}`, 'u').exec(s) ??
      new RegExp(`(?:^|\\s)(?:in|à)\\s+${name}(?=\\s*(?:[,.;)]|$))`, 'u').exec(s);
    return m?.[1] ? placeNamed(m[1]) : null;
  };
  const placeNamed = (name: string) => v.places.find((p) => fold(p.en) === fold(name) || fold(p.fr) === fold(name)) ?? { en: name, fr: name };
  const meetings: Meeting[] = [];
  const unplaced: string[] = [];
  const notes: string[] = [];
  const newBodies: NewBody[] = [];
  const seenBodies = new Set<string>();

  // the session the note is prepared for: "Douzième session" then "Vienne, 14-18 octobre 2024"
  const sessionAt = layout.header.findIndex((l) => new RegExp(`^(\\S+(?:[- ]\\S+)?)\\s+(?:${v.ingest.sessionWords[lang].join('|')})$`, 'i').test(l));
  if (sessionAt >= 0) {
    const number = ordinalOf(/^(\S+(?:[- ]\S+)?)\s+\S+$/.exec(layout.header[sessionAt] ?? '')?.[1] ?? '');
    const where = layout.header.slice(sessionAt + 1).find((l) => /^[^,]+,\s*.*\d{4}$/.test(l));
    const conference = bodiesNamed(layout.header.join(' ')).find((id) => bodyById.get(id)?.kind === 'conference');
    const period = where ? findPeriod(where.slice(where.indexOf(',') + 1), lang, date)?.period : undefined;
    if (number && conference && period && where) {
      const agendaWords = v.ingest.provisionalAgenda[lang].map(fold);
      const agendaCited = layout.header.some((l) => agendaWords.some((w) => fold(l).includes(w)) && l.includes('*'));
      const agenda = agendaCited ? layout.footnotes.map((f) => f.match(SYMBOL)?.[0]).find(Boolean) : undefined;
      meetings.push({
        id: `${conference}-${number}`,
        body: conference,
        kind: 'session',
        number,
        start: period.start,
        end: period.end,
        location: placeNamed(where.slice(0, where.indexOf(',')).trim()),
        status: period.start > date ? 'scheduled' : 'held',
        report: null,
        ...(agenda ? { documents: [{ symbol: agenda, kind: 'provisional-agenda' as const }] } : {}),
        source: { document: sourceId, paragraph: null, part: 'heading' },
      });
      seenBodies.add(conference);
    } else {
      unplaced.push(`the session in the header ("${layout.header[sessionAt]}"): ${!number ? 'no ordinal' : !conference ? 'no conference named' : 'no place and dates'}`);
    }
  }

  const held = v.ingest.held[lang];
  const scheduled = v.ingest.scheduled[lang];
  const verbRe = new RegExp(`(${[...held, ...scheduled].map(accentInsensitive).join('|')})`, 'gi');
  const kindWords = [...v.ingest.meetingWords[lang], ...v.ingest.sessionWords[lang]];
  const meetingRe = new RegExp(`\\b(?:sa|son|its|their)\\s+((?:\\p{L}+-)?\\p{L}+|\\d{1,3}\\p{L}{0,3})\\s+(${kindWords.map(accentInsensitive).join('|')})\\b`, 'giu');

  const sectionBody = (p: Paragraph): string | null => {
    const fromHeading = p.heading ? bodiesNamed(p.heading)[0] : undefined;
    if (fromHeading) return fromHeading;
    return null;
  };

  const mandates: MandateRecord[] = [];
  const instruments = new Map<string, Instrument>();
  const has = (s: string, words: string[]) => words.some((w) => new RegExp(`(^|[^\\p{L}])${accentInsensitive(w)}($|[^\\p{L}])`, 'iu').test(s));

  for (const p of layout.paragraphs) {
    const symbols = p.text.match(SYMBOL) ?? [];
    let body = sectionBody(p) ?? bodiesNamed(p.text)[0] ?? null;
    if (!body && symbols[0]) body = bodyOfPrefix(prefixOf(symbols[0]) ?? '');
    const unknownName = (p.heading && !sectionBody(p) ? genericBody.exec(p.heading)?.[0] : undefined) ?? (!body ? genericBody.exec(p.text)?.[0] : undefined);
    if (!body && unknownName) {
      const prefix = symbols[0] ? prefixOf(symbols[0]) : null;
      const id = prefix ? /\/(WG\.\d+)$/.exec(prefix)?.[1] ?? null : null;
      const existing = newBodies.find((b) => b.name === unknownName);
      if (existing) existing.paragraphs.push(p.number);
      else newBodies.push({ id, symbolPrefix: prefix, name: unknownName, paragraphs: [p.number] });
    }
    if (body) seenBodies.add(body);

    // meetings: "a tenu sa treizième réunion les 2 et 3 octobre 2023 et tiendra sa quatorzième réunion …"
    const found = [...p.text.matchAll(meetingRe)];
    const verbs = [...p.text.matchAll(verbRe)].map((m) => ({ at: m.index ?? 0, held: held.some((h) => fold(h) === fold(m[1] ?? '')) }));
    found.forEach((m, k) => {
      const number = ordinalOf(m[1] ?? '');
      if (number === null) return;
      const at = m.index ?? 0;
      // "présentés à la Conférence à sa douzième session": a reference, not a meeting held
      if (/(?:^|\s)(?:à|at|lors de|during|before|avant)\s*$/i.test(p.text.slice(Math.max(0, at - 12), at))) return;
      const next = found[k + 1]?.index ?? p.text.length;
      const tail = p.text.slice(at + m[0].length, next);
      const sentenceEnd = tail.search(/\.(\s|$)/);
      const when = sentenceEnd >= 0 ? tail.slice(0, sentenceEnd) : tail;
      const label = `paragraph ${p.number}, ${m[0]}`;
      if (!body) {
        unplaced.push(`${label}: no known body (add it to bodies.json)`);
        return;
      }
      const period = findPeriod(when, lang, date)?.period;
      if (period?.granularity !== 'day') {
        unplaced.push(`${label}: no dates`);
        return;
      }
      const location = placeOf(when) ?? (p.heading ? placeOf(p.heading) : null);
      if (!location) {
        unplaced.push(`${label}: no place`);
        return;
      }
      const verb = [...verbs].reverse().find((x) => x.at < at);
      let status: Meeting['status'];
      if (verb) status = verb.held ? 'held' : 'scheduled';
      else {
        status = period.end < date ? 'held' : 'scheduled';
        notes.push(`${label}: no verb; "${status}" inferred from the note's date`);
      }
      const isSession = v.ingest.sessionWords[lang].some((w) => fold(w) === fold(m[2] ?? ''));
      const prefix = bodyById.get(body)?.symbolPrefix;
      const own = symbols.filter((s) => prefix && prefixOf(s) === prefix);
      const sameYear = own.filter((s) => s.slice((prefix?.length ?? 0) + 1, (prefix?.length ?? 0) + 5) === period.start.slice(0, 4));
      const report = sameYear.length === 1 ? sameYear[0] : own.length === found.length ? own[k] : undefined;
      if (!report) notes.push(`${label}: no report symbol found`);
      const meeting: Meeting = {
        id: `${body}-${number}`,
        body,
        kind: isSession ? 'session' : 'meeting',
        number,
        start: period.start,
        end: period.end,
        location,
        status,
        report: report ?? null,
        source: { document: sourceId, paragraph: p.number },
      };
      if (meetings.some((x) => x.id === meeting.id)) notes.push(`${label}: ${meeting.id} already read; the first mention is kept`);
      else meetings.push(meeting);
    });

    // mandates: the paragraph's first decision or resolution, when the paragraph says what it did
    const cited = [...p.text.matchAll(INSTRUMENT)];
    const first = cited[0];
    if (first) {
      const kind = fold(first[1] ?? '').startsWith('d') ? 'decision' : 'resolution';
      const number = first[2] ?? '';
      const encouraged = has(p.text, v.ingest.encouraged[lang]);
      const permanent = has(p.text, v.ingest.permanent[lang]);
      const established = has(p.text, v.ingest.established[lang]);
      const effect = encouraged ? 'encouraged-annual-back-to-back-meetings' : established && permanent ? 'established-as-permanent' : permanent ? 'made-permanent' : established ? 'established' : null;
      if (effect && body) mandates.push({ body, instrument: kind, number, effect, source: { document: sourceId, paragraph: p.number } });
      else if (effect) unplaced.push(`paragraph ${p.number}, ${kind} ${number}: no known body`);
    }
    for (const c of cited) {
      const kind = fold(c[1] ?? '').startsWith('d') ? 'decision' : 'resolution';
      const id = `${kind}-${c[2]}`;
      const subject = subjectAfter(p.text.slice((c.index ?? 0) + c[0].length), v.ingest.subjectMarkers[lang]);
      const known = instruments.get(id);
      if (!known) instruments.set(id, { id, instrument: kind, number: c[2] ?? '', subject: subject ? { [lang]: subject } : {}, source: { document: sourceId, paragraph: p.number } });
      else if (subject && !known.subject[lang]) instruments.set(id, { ...known, subject: { [lang]: subject }, source: { document: sourceId, paragraph: p.number } });
    }
  }
  // only instruments the note gives a role to are recorded
  const usedInstruments = [...instruments.values()].filter((i) => mandates.some((m) => `${m.instrument}-${m.number}` === i.id));
  for (const m of meetings) if (m.start > addDays(date, 3650) || m.end < addDays(date, -3650)) notes.push(`${m.id}: dates far from the note's date`);
  return {
    source,
    meetings: meetings.sort((a, b) => a.body.localeCompare(b.body) || a.number - b.number),
    mandates: mandates.sort((a, b) => a.body.localeCompare(b.body) || (a.source.paragraph ?? 0) - (b.source.paragraph ?? 0)),
    instruments: usedInstruments.sort((a, b) => a.id.localeCompare(b.id)),
    bodies: [...seenBodies].sort(),
    newBodies,
    unplaced,
    notes,
  };
}

/** "…, relative à la traite des êtres humains, un groupe…" -> "traite des êtres humains" */
function subjectAfter(rest: string, markers: string[]): string | null {
  const m = /^(?:\s+(?:de la|of the)\s+[^,]{0,200})?,\s*/i.exec(rest);
  if (!m) return null;
  const after = rest.slice(m[0].length);
  const folded = fold(after);
  const marker = [...markers].sort((a, b) => b.length - a.length).find((k) => folded.startsWith(fold(k)) && (k.endsWith("'") || /\s/.test(after[k.length] ?? '')));
  if (!marker) return null;
  const body = after.slice(marker.length).replace(/^\s+/, '');
  const stop = body.search(/,\s+(?:un|une|la|le|les|l'|a|an|the|additionnel|additional|adopted|adoptée|which|qui)\b|\.(?:\s|$)/i);
  const subject = (stop >= 0 ? body.slice(0, stop) : body).trim();
  return subject.length >= 3 && subject.length <= 300 ? subject : null;
}
