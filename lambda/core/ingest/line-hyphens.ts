import { fold } from '../question/normalize';

/** a paragraph's number or a list's letter opening a line, which spaces may follow ("6.    Several …", "(a)   …") */
const OPENING_MARK = /^\s*(?:\d{1,3}\.|\(?[a-z]\)|[IVX]{1,5}\.)\s+/;
/** a line of one column (a table's rows and a masthead's two columns are left alone; the spaces after a paragraph's number part none) */
const oneColumn = (line: string) => !/\S\s{2,}\S/.test(line.replace(OPENING_MARK, '').trim());
/** a word cut by a hyphen at the line's end: two letters at least before it, none after */
const CUT = /(?<![\p{L}\d-])(\p{L}{2,})-$/u;
/** the rest of the word opening the next line: lower-case letters, then punctuation or the line's end */
const REST = /^(\p{Ll}+)([,.;:)]*)(?=\s|$)/u;

/** the words known whole: those the lines write unbroken and those of `known` (places, names, ordinals) */
const wordsOf = (lines: string[], known: string[]) => new Set([...known, ...lines].flatMap((l) => l.split(/[^\p{L}]+/u)).filter(Boolean).map(fold));
/** the word cut and its rest as one: without the hyphen when the whole word is known, else a compound's ("follow-up") */
const rejoin = (words: Set<string>, cut: string, rest: string) => (words.has(fold(`${cut}${rest}`)) ? `${cut}${rest}` : `${cut}-${rest}`);

/**
 * Words a PDF's line ends hyphenated, joined again: "… had taken place in Vien-" / "na
 * from 10 to 12 October" -> "… in Vienna" / "from 10 to 12 October". The hyphen goes when
 * the whole word is one the document writes elsewhere unbroken or one of `known` (places,
 * body names, ordinals); otherwise it is a compound's and stays ("follow-" / "up" -> "follow-up").
 * A line of several columns (a paragraph's number and the spaces after it aside), or a next
 * line opening with a capital or a digit ("2-" / "4 May"), is left as it is.
 */
export function joinHyphenatedWords(lines: string[], known: string[] = []): string[] {
  const words = wordsOf(lines, known);
  const out = [...lines];
  for (let k = 0; k + 1 < out.length; k++) {
    const line = (out[k] ?? '').trimEnd();
    const next = out[k + 1] ?? '';
    const cut = CUT.exec(line);
    const rest = cut ? REST.exec(next.trimStart()) : null;
    if (!cut || !rest || !oneColumn(line) || !oneColumn(next)) continue;
    out[k] = `${line.slice(0, line.length - (cut[0]?.length ?? 0))}${rejoin(words, cut[1] ?? '', rest[1] ?? '')}${rest[2] ?? ''}`;
    const left = next.trimStart().slice(rest[0].length).trimStart();
    // (a line that was only the word's end goes with it: a blank line would end the paragraph)
    if (left) out[k + 1] = left;
    else out.splice(k + 1, 1);
  }
  return out;
}

/**
 * For a table's cells, which the lines' joining leaves alone: a cell's text and the piece
 * wrapped under it as one, a word the cell's end hyphenated joined again by the same rule
 * ("… sur l'assis-" + "tance technique" -> "… sur l'assistance technique").
 */
export function createPieceJoiner(lines: string[], known: string[] = []): (head: string, piece: string) => string {
  const words = wordsOf(lines, known);
  return (head, piece) => {
    const h = head.trimEnd();
    // a symbol wrapped at a slash ("CTOC/COP/WG.3/" / "2019/4") is one symbol
    if (/[A-Z]\/(?:[A-Z.\d]+\/)*$/.test(h) && /^\d{4}\//.test(piece)) return `${h}${piece}`;
    const cut = CUT.exec(h);
    const rest = cut ? /^\p{Ll}+/u.exec(piece) : null;
    if (!cut || !rest) return `${h} ${piece}`.trim();
    return `${h.slice(0, h.length - cut[0].length)}${rejoin(words, cut[1] ?? '', rest[0])}${piece.slice(rest[0].length)}`;
  };
}
