import type { BodyNameFinder } from './body-names';

const escapeMark = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The working group a footnote speaks of when it says only "the Working Group": the one
 * named last before the footnote's call in the text ("… adopted by the Working Group on
 * Firearms at its second meeting,¹ …" / "¹ The report of the Working Group on its meeting
 * held …"), in the call's sentence. Null when the marker is called from no text, or from
 * more than one place, or when no working group is named before the call.
 */
export function groupCallingNote(texts: string[], mark: string, findBodies: BodyNameFinder, conference: string | null): string | null {
  if (!mark) return null;
  // (the call stands right after a word or a stop, not at the start of a line as the note itself)
  const call = new RegExp(`(?<=[\\p{L}\\d,.;:)])${escapeMark(mark)}(?![\\d\\u00B9\\u00B2\\u00B3\\u2070\\u2074-\\u2079])`, 'gu');
  const calls = texts.flatMap((t) => [...t.matchAll(call)].map((m) => ({ t, at: m.index ?? 0 })));
  const only = calls.length === 1 ? calls[0] : undefined;
  if (!only) return null;
  const before = only.t.slice(0, only.at);
  const s0 = Math.max(0, ...[...before.matchAll(/[.;]\s+(?=\p{Lu})/gu)].map((m) => (m.index ?? 0) + 1));
  const groups = findBodies(before.slice(s0)).filter((n) => n.id !== conference);
  return groups[groups.length - 1]?.id ?? null;
}
