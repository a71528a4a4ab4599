import { fold } from '../question/normalize';
import { createPieceJoiner, joinHyphenatedWords } from './line-hyphens';
import { plainNoteText } from './note-text';
import { NOISE_LINE, PAGE_BREAK, RUNNING_HEADER, isPageFurniture, joinPageBreaks } from './page-breaks';
import { type TableLanguage, tableRowsAsLines } from './table-rows';

/** the same furniture inside a line (when a PDF's columns come out on one line) */
const NOISE_INLINE = [/\b[A-Z]\.\d{2}-\d{4,6}\s*\([A-Z]\)(?:\s+\d{6}){0,2}/g, /\*\d{6,}\*/g];

/**
 * Text extracted from a UN document, made readable line by line: print furniture (job
 * numbers such as "V.18-00932 (E)", bar codes, page numbers, page headers repeating the
 * symbol) removed and the sentences a page break cut joined again (`joinPageBreaks`),
 * footnote markers glued to words ("Crime,1") or to a date's year after one of `months`
 * ("mai 20121") dropped, an ordinal's letters set apart from its day ("1 er décembre") put back, and numbered
 * paragraphs that a PDF extraction ran together put back on lines of their own, and a
 * table's rows made lines of their own (`tableRowsAsLines`, with the words of meeting and of
 * tables of meetings given), and words a line end hyphenated joined again (`joinHyphenatedWords`,
 * with the `known` words: places, names).
 */
export function cleanDocumentText(raw: string, meetingWords: string[] = [], tables: TableLanguage[] = [], months: string[] = [], known: string[] = [], rows: Set<string> = new Set()): string {
  // a footnote marker glued to a date's year ("22 mai 20121", "May 22, 20123"): the year, then the marker
  const gluedToYear = months.length ? new RegExp(`(?<![\\p{L}])((?:${[...months].sort((a, b) => b.length - a.length).join('|')})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)((?:19|20)\\d{2})\\d{1,2}(?=[\\s,.;:)]|$)`, 'giu') : null;
  const spacedOrdinal = months.length ? new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s(er|re|st|nd|rd|th)(?=(?:\\s*(?:et|and|au|to|[-–])\\s*\\d{1,2}(?:\\s?(?:er|re|st|nd|rd|th))?)?\\s+(?:${months.join('|')})(?![\\p{L}]))`, 'giu') : null;
  // hyphens of other code points (the non-breaking one PDFs use in "2‑4 September", the minus sign) are hyphens
  const text = plainNoteText(raw).replace(/\f/g, `\n${PAGE_BREAK}\n`).replace(/\t/g, '    ').replace(/[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/g, '-');
  const out: string[] = [];
  const seen = new Map<string, number>();
  // (a page's furniture dropped: the next text may go on with the sentence it cut)
  let afterBreak = false;
  // (a table's cell opening with a known name opens a row of its own)
  // (folded once: the first three words of each name, and each whole name with its original spelling)
  const multiWord = known.filter((n) => /\s/.test(n)).map((n) => ({ n, folded: fold(n) }));
  const openings = multiWord.map((x) => x.folded.split(/\s+/).slice(0, 3).join(' '));
  const opensRow = (cell: string) => {
    const c = fold(cell);
    return openings.some((o) => c.startsWith(o));
  };
  const lines = joinHyphenatedWords(text.split('\n'), known);
  // (an ordinal, `known` as a single word in lower case (places are capitalised), and a word of meeting, then a dash, comma or colon and a date's digit)
  const single = new Set(known.filter((n) => !/\s/.test(n) && /^\p{Ll}/u.test(n)).map(fold));
  const meetingSet = new Set(meetingWords.map(fold));
  const listsMeeting = (line: string) => {
    const m = /^(\p{Lu}\p{L}*)\s+(\p{L}+)\s*[,:–—-]\s*(?=.*\d)/u.exec(line);
    return Boolean(m && single.has(fold(m[1] ?? '')) && meetingSet.has(fold(m[2] ?? '')));
  };
  // (a cell giving only a name's last words, "Firearms" under "Working group": the one name ending so)
  const fullName = (cell: string) => {
    const tail = ` ${fold(cell.trim())}`;
    const ends = multiWord.filter((x) => x.folded.endsWith(tail));
    return cell.trim() && ends.length === 1 ? (ends[0]?.n ?? null) : null;
  };
  const rowLines = new Set<string>();
  for (const rawLine of tableRowsAsLines(lines, meetingWords, tables, isPageFurniture, opensRow, createPieceJoiner(lines, known), fullName, rowLines)) {
    let line = rawLine.replace(/ {2,}/g, ' ').trim();
    // (a form feed, where a PDF's page ends, is a page break too)
    if (rawLine === PAGE_BREAK || NOISE_LINE.some((re) => re.test(line))) {
      out.push(PAGE_BREAK);
      afterBreak = true;
      continue;
    }
    for (const re of NOISE_INLINE) line = line.replace(re, ' ').replace(/ {2,}/g, ' ').trim();
    // footnote markers: a word ending in lower case followed by 1–2 digits ("Crime1", "Protocol,2")
    line = line.replace(/(\p{Ll}{3,}[,;:]?)\d{1,2}(?=[\s,.;:)]|$)/gu, '$1');
    if (gluedToYear) line = line.replace(gluedToYear, '$1$2');
    // an ordinal's superscript letters the extraction set apart from the day, before a month or a day and its month ("1 er décembre", "les 1 er et 2 juin"): one day again
    if (spacedOrdinal) line = line.replace(spacedOrdinal, '$1$2');
    // (or after the punctuation that ends a word or a year: "Protocol.1 The", "2012.1 Il", "2031,2 and")
    // (a whole word, not a symbol's "/Corr.1", "/Rev.2")
    line = line.replace(/((?<![\p{L}/])\p{L}\p{Ll}{2,}|(?<![\d/.])(?:19|20)\d{2})([.,;:])\d{1,2}(?=\s|$)/gu, '$1$2');
    // a page header repeats the symbol (or symbol and page) on a line of its own
    if (RUNNING_HEADER.test(line)) {
      const key = line.replace(/^\d+\s+|\s+\d+$/g, '');
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      // (the first time on a line of its own too, right after a page's job number or page number, when the masthead gave it already)
      if (n > 0 || (afterBreak && out.some((l) => l.includes(key)))) {
        out.push(PAGE_BREAK);
        continue;
      }
    }
    if (line) afterBreak = false;
    // a line listing one meeting ("Thirteenth meeting – 2 and 3 October 2023 – Report"): an item of its own, not a piece of the sentence above
    // (a table's row made a line: `rows` says which, as cleaned)
    if (rowLines.has(rawLine)) rows.add(line);
    // (after a line that ended its sentence, or a blank one: "… of its" / "Vienna meeting, held on …" goes on)
    const above = out[out.length - 1] ?? '';
    if (listsMeeting(line) && (!above.trim() || /[.:;!?)]$/.test(above) || listsMeeting(above))) out.push('', line, '');
    else out.push(line);
  }
  return splitRunTogetherParagraphs(joinPageBreaks(out)).join('\n');
}

/** "… end of paragraph. 2. Next paragraph …" on one long line -> two lines, when numbers follow on */
function splitRunTogetherParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let expected = 1;
  for (const line of lines) {
    const own = /^(\d{1,3})\.\s/.exec(line);
    if (own) expected = Number(own[1]) + 1;
    if (line.length < 300) {
      out.push(line);
      continue;
    }
    let rest = line;
    for (let guard = 0; guard < 500; guard++) {
      const re = new RegExp(`\\s(${expected})\\.\\s+(?=\\p{Lu})`, 'u');
      const m = re.exec(rest);
      if (!m || m.index === undefined) break;
      out.push(rest.slice(0, m.index).trim());
      rest = rest.slice(m.index + 1);
      expected++;
    }
    out.push(rest.trim());
  }
  return out;
}
