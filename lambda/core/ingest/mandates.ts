import type { Instrument, Lang, Vocabulary } from '../model';
import { fold } from '../question/normalize';
import type { BodyNameFinder } from './body-names';
import type { Paragraph } from './note-text';
import type { MandateRecord } from './result';

const INSTRUMENT = /\b(d[ée]cision|r[ée]solution)s?\s+(\d{1,2}\/\d{1,2})\b/gi;

/**
 * Decisions and resolutions that established a working group, made it permanent or
 * encouraged it to meet yearly: the paragraph's first instrument, when the paragraph
 * says what it did and names the group; plus the instruments themselves with their
 * subject. Only instruments given a role are returned.
 */
export function readMandates(
  paragraphs: Paragraph[],
  c: { lang: Lang; v: Vocabulary; sourceId: string; findBodies: BodyNameFinder; sectionBody: (p: Paragraph) => string | null; bodyOfSymbol: (s: string) => string | null; conference?: string | null },
): { mandates: MandateRecord[]; instruments: Instrument[] } {
  const { lang, v, sourceId } = c;
  const has = (s: string, phrases: string[]) => phrases.some((w) => fold(s).includes(fold(w)));
  const mandates: MandateRecord[] = [];
  const instruments = new Map<string, Instrument>();
  for (const p of paragraphs) {
    const symbol = p.text.match(/\b[A-Z]{2,6}(?:\/[A-Z0-9.]+)+\/\d{4}\/\d+\b/)?.[0];
    const body = c.sectionBody(p) ?? c.findBodies(p.text).find((b) => b.id !== c.conference)?.id ?? (symbol ? c.bodyOfSymbol(symbol) : null);
    const cited = [...p.text.matchAll(INSTRUMENT)];
    const first = cited[0];
    if (first && body && body !== c.conference) {
      const kind = fold(first[1] ?? '').startsWith('d') ? 'decision' : 'resolution';
      const number = first[2] ?? '';
      const encouraged = has(p.text, v.ingest.encouraged[lang]);
      const permanent = has(p.text, v.ingest.permanent[lang]);
      const established = has(p.text, v.ingest.established[lang]);
      const effect = encouraged ? 'encouraged-annual-back-to-back-meetings' : established && permanent ? 'established-as-permanent' : permanent ? 'made-permanent' : established ? 'established' : null;
      if (effect) mandates.push({ body, instrument: kind, number, effect, source: { document: sourceId, paragraph: p.number } });
    }
    for (const ci of cited) {
      const kind = fold(ci[1] ?? '').startsWith('d') ? 'decision' : 'resolution';
      const id = `${kind}-${ci[2]}`;
      const subject = subjectAfter(p.text.slice((ci.index ?? 0) + ci[0].length), v.ingest.subjectMarkers[lang]);
      const known = instruments.get(id);
      if (!known) instruments.set(id, { id, instrument: kind, number: ci[2] ?? '', subject: subject ? { [lang]: subject } : {}, source: { document: sourceId, paragraph: p.number } });
      else if (subject && !known.subject[lang]) instruments.set(id, { ...known, subject: { [lang]: subject }, source: { document: sourceId, paragraph: p.number } });
    }
  }
  const used = [...instruments.values()].filter((i) => mandates.some((m) => `${m.instrument}-${m.number}` === i.id));
  return {
    mandates: mandates.sort((a, b) => a.body.localeCompare(b.body) || (a.source.paragraph ?? 0) - (b.source.paragraph ?? 0)),
    instruments: used.sort((a, b) => a.id.localeCompare(b.id)),
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
