import { fold } from '../question/normalize';

/** columns of a line: runs of text parted by two spaces or more */
const columnsOf = (line: string) => line.trim().split(/\s{2,}/).filter(Boolean);
const RULE = /^\s*[_=─-]{8,}\s*$/;

/**
 * A table as a PDF's text gives it (a header row of column names, rows whose columns are
 * parted by runs of spaces, rules of underscores, a cell wrapped onto an indented line of
 * its own) turned into one line per row, each a paragraph of its own: "Working Group on
 * Firearms, Seventh meeting, 16–17 July 2020, CTOC/COP/WG.6/2020/1-3." A cell under a
 * column named by a word of meeting ("Meeting", "Réunion", "Session") gets that word, so
 * the row reads as a list item ("<body>, <ordinal> meeting, <dates>"). Other lines are
 * left as they are.
 */
export function tableRowsAsLines(lines: string[], meetingWords: string[]): string[] {
  const words = new Set(meetingWords.map(fold));
  const out: string[] = [];
  let header: string[] | null = null;
  let row: string[] | null = null;
  const flush = () => {
    if (row && header) {
      const cells = row.map((cell, k) => {
        const name = header?.[row?.length === header?.length ? k : -1];
        return name && words.has(fold(name)) && !words.has(fold(cell.split(/\s+/).pop() ?? '')) ? `${cell} ${name.toLowerCase()}` : cell;
      });
      out.push('', `${cells.join(', ')}.`, '');
    }
    row = null;
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? '';
    const cols = columnsOf(line);
    if (header) {
      if (RULE.test(line)) continue;
      // a wrapped cell: an indented line of one column, going on with the row above's first cell
      if (row && cols.length === 1 && /^\s{2,}\S/.test(line) && !/\d/.test(line)) {
        row[0] = `${row[0]} ${cols[0]}`;
        continue;
      }
      if (cols.length >= 2 && /\d/.test(line)) {
        flush();
        row = cols;
        continue;
      }
      flush();
      header = null;
    }
    // a header row: two columns or more of short names with no digit, a rule or a row of three columns with digits under it
    // (not a masthead's two columns: "Conference of the Parties to the     Distr.: General")
    const next = lines[k + 1] ?? '';
    if (cols.length >= 2 && !/\d/.test(line) && cols.every((c) => c.length <= 40) && (RULE.test(next) || (columnsOf(next).length >= 3 && /\d/.test(next)))) {
      header = cols;
      continue;
    }
    out.push(line);
  }
  flush();
  return out;
}
