import { fold } from '../question/normalize';

/** columns of a line: runs of text parted by two spaces or more */
const columnsOf = (line: string) => line.trim().split(/\s{2,}/).filter(Boolean);
/** the same runs with where each starts in the line */
const cellsOf = (line: string) => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
const RULE = /^\s*[_=─-]{8,}\s*$/;
/** a first cell stopping on a word that needs more ("Working Group on", "Groupe de travail sur la") */
const NAME_OPEN = /(?<![\p{L}])(?:of|on|in|the|and|for|to|against|de|des|du|sur|la|le|les|à|et|contre|d['’]|l['’])$/iu;
/** a line heading the rows under it with their year: "2023", "Meetings held in 2019", "Réunions prévues en 2020" */
const YEAR_LINE = /^\s*(?:\p{L}[\p{L}'’ ]*\s)?((?:19|20)\d{2})\s*:?\s*$/u;

/**
 * A language's words for a table of meetings: the names of its columns of dates, places
 * and statuses ("Dates", "Venue", "Status" / "Dates", "Lieu", "Statut"), the words of a
 * status cell ("held", "planned" / "tenue", "prévue"), and what a row's line says for each
 * status ("was held", "will be held"), in words the sentence readers know.
 */
export interface TableLanguage {
  meetingWord: string;
  dates: string[];
  venue: string[];
  status: string[];
  /** a first column naming the groups ("Working group"), whose cells may give only their subjects */
  body: string[];
  held: string[];
  scheduled: string[];
  say: { held: string; scheduled: string };
}

/**
 * A table as a PDF's text gives it (a header row of column names, rows whose columns are
 * parted by runs of spaces, rules of underscores or dashes, a cell wrapped onto an
 * indented line of its own, or cells wrapped onto a line under their own, that line's first
 * cell empty or going on in lower case, or a line that is only the first cell's next words,
 * within the first column and opening with no name a row starts with (`opensRow`: "Cooperation
 * (10th meeting)" under "Working Group on International") turned into one line per row, each a paragraph of its own:
 * "Working Group on Firearms, Seventh meeting, 16–17 July 2020, CTOC/COP/WG.6/2020/1-3." A
 * piece wrapped under a cell joins it by `joinPiece` (a word the cell's end hyphenated made whole). A
 * cell under a column named by a word of meeting ("Meeting", "Réunion", "Session") gets
 * that word, so the row reads as a list item ("<body>, <ordinal> meeting, <dates>").
 *
 * A table of meetings with no such column — one with a column of dates and a column of
 * places or of statuses ("Body | Dates | Venue | Status") — is read the same way, in the
 * language of its column names: "<body>, <ordinal> meeting, <was held | will be held>,
 * <venue>, <dates>." (an ordinal wrapped in brackets under the body's name, "(fifth
 * meeting)", is the meeting's; the status cell says held or scheduled, and a row whose
 * status is neither, "postponed", is left as it is). A page break inside the table (the lines
 * `isFurniture` tells, blank lines, the header row repeated) does not end it. Other lines are left as they are.
 * The lines made of rows are added to `rowLines`.
 */
export function tableRowsAsLines(
  lines: string[],
  meetingWords: string[],
  languages: TableLanguage[] = [],
  isFurniture: (line: string) => boolean = () => false,
  opensRow: (cell: string) => boolean = () => false,
  joinPiece: (head: string, piece: string) => string = (h, p) => `${h} ${p}`.trim(),
  fullName: (subject: string) => string | null = () => null,
  rowLines: Set<string> = new Set(),
): string[] {
  const words = new Set(meetingWords.map(fold));
  // biome-ignore lint/style/noParameterAssign: the lines with a grouped first column written out row by row
  lines = spreadGroupedNames(lines);
  // the notes under tables, by their letters: "a   To be held online only."
  // (a row's is the first such note under it: each table has its own "a")
  const footnotes = lines.flatMap((l, k) => {
    const m = /^\s*([a-f])\s{2,}(\p{Lu}.*\S)\s*$/u.exec(l);
    return m ? [{ k, letter: m[1] ?? '', note: m[2] ?? '' }] : [];
  });
  let rowLine = 0;
  const out: string[] = [];
  let header: string[] | null = null;
  let meetingsTable: { lang: TableLanguage; dates: number; venue: number; status: number } | null = null;
  let row: string[] | null = null;
  // a year standing alone on a line of the table ("2023"): the year of the days in the rows under it that state none
  let tableYear: string | null = null;
  // where the row's cells start on its first line
  let rowAt: number[] = [];
  /**
   * the row's cells a line goes on with: each of its cells starting where one of the row's starts, the row's first
   * cell going on in lower case or not at all ("personnes, douzième réunion      avril 2022" under "Groupe de travail
   * sur la traite des      Vienne, du 19 au 21      CTOC/…"), or the row left open (`rowOpen`); null when the line is a row of its own
   */
  const wrappedInto = (line: string): number[] | null => {
    if (!row) return null;
    const cells = cellsOf(line);
    if (cells.length === 0 || cells.length > row.length) return null;
    const at = cells.map((c) => rowAt.findIndex((x) => Math.abs(x - c.at) <= 2));
    if (at.some((k, i) => k < 0 || (i > 0 && k <= (at[i - 1] ?? -1)))) return null;
    // (a line with a cell in every column, the first in capitals, is a row of its own)
    // (unless the row above cannot end there: "Working Group on" / "Firearms   meeting   November   (hybrid)")
    if (at[0] === 0 && /^\p{Lu}/u.test(cells[0]?.text ?? '') && cells.length >= (header?.length ?? Number.POSITIVE_INFINITY) && !NAME_OPEN.test(row[0] ?? '')) return null;
    // (a line of one cell within the first column, opening with no name a row starts with: "Cooperation (10th meeting)", "(7th meeting)")
    const first = cells[0];
    const inFirstColumn = cells.length === 1 && first !== undefined && at[0] === 0 && first.at + first.text.length < (rowAt[1] ?? 0) - 1 && !/^\d{1,3}\.\s/.test(first.text) && !opensRow(first.text);
    return at[0] !== 0 || /^\p{Ll}/u.test(first?.text ?? '') || rowOpen(row) || inFirstColumn ? at : null;
  };
  const asMeeting = (cells: string[], t: NonNullable<typeof meetingsTable>): string | null => {
    const cell = (k: number) => (k >= 0 ? (cells[k] ?? '') : '');
    const status = fold(cell(t.status));
    const said = t.status < 0 ? null : t.lang.held.some((w) => fold(w) === status) ? t.lang.say.held : t.lang.scheduled.some((w) => fold(w) === status) ? t.lang.say.scheduled : undefined;
    if (said === undefined || !/\d/.test(cell(t.dates))) return null;
    const body = cells[0] ?? '';
    // "Working Group on Firearms (fifth meeting)": the ordinal in brackets is the meeting's
    const bracket = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(body);
    const inBracket = bracket && words.has(fold(bracket[2]?.split(/\s+/).pop() ?? '')) ? bracket : null;
    const name = inBracket ? (inBracket[1] ?? body) : body;
    // (a cell naming its meeting already, "Working Group on Firearms, tenth meeting", takes no other word)
    const named = body.split(/[\s,]+/).some((w) => words.has(fold(w)));
    const meeting = inBracket ? (inBracket[2] ?? '') : named ? '' : t.lang.meetingWord;
    const dates = tableYear && !/\d{4}/.test(cell(t.dates)) ? `${cell(t.dates)} ${tableYear}` : cell(t.dates);
    return `${[name, meeting, ...(said ? [said] : []), ...(t.venue >= 0 ? [cell(t.venue)] : []), dates].filter(Boolean).join(', ')}.`;
  };
  const flush = () => {
    if (row && header) {
      // (a footnote's letter after a cell's dates, "7–9 July a": the note under the table, "a   To be held online only.", is the row's)
      const notes: string[] = [];
      for (const [k, raw] of row.entries()) {
        const called = /^(.*\d.*?)\s+([a-f])$/u.exec(raw);
        const note = called ? footnotes.find((f) => f.k > rowLine && f.letter === called[2])?.note : undefined;
        if (called) row[k] = called[1] ?? raw;
        if (note) notes.push(note.replace(/[.\s]+$/, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
      }
      // ("Trafficking in Persons" under "Working group": the group whose name ends so, "Working Group on Trafficking in Persons")
      const groupColumn = languages.some((l) => l.body.some((b) => fold(b) === fold(header?.[0] ?? '')));
      const full = groupColumn ? fullName(row[0] ?? '') : null;
      if (full) row[0] = full;
      const noted = (l: string) => (notes.length ? l.replace(/\.$/, ` (${notes.join('; ')}).`) : l);
      const line = meetingsTable && row.length === header.length ? asMeeting(row, meetingsTable) : null;
      const cells = row.map((raw, k) => {
        // (a footnote's letter run onto the cell's last word: "Seventh meetinga")
        const called = /^(.*\s)?(\p{L}{4,})([a-f])$/u.exec(raw);
        const cell = called && words.has(fold(called[2] ?? '')) && !words.has(fold(`${called[2]}${called[3]}`)) ? `${called[1] ?? ''}${called[2]}` : raw;
        const name = header?.[row?.length === header?.length ? k : -1];
        // (days with no year under a line giving it: "9 and 10 September" under "Meetings held in 2019")
        if (tableYear && k > 0 && /(?<![\d/])\d{1,2}(?![\d/])/.test(cell) && !/\d{4}/.test(cell) && /\p{L}{3,}/u.test(cell)) return `${cell} ${tableYear}`;
        // ("Ninth" -> "Ninth meeting"; a cell naming its body, "Working Group on Firearms", -> "Working Group on Firearms, meeting"; one with its word stays)
        if (!name || !words.has(fold(name)) || cell.split(/\s+/).some((w) => words.has(fold(w.replace(/[^\p{L}]/gu, ''))))) return cell;
        return /\s/.test(cell) ? `${cell}, ${name.toLowerCase()}` : `${cell} ${name.toLowerCase()}`;
      });
      const made = noted(line ?? `${cells.join(', ')}.`);
      rowLines.add(made);
      out.push('', made, '');
    }
    row = null;
  };
  // where the header's first column starts: a line of words heading rows with their year stands there, not under a later column ("September 2033" is a wrapped date)
  let headerAt = 0;
  const yearHeading = (line: string) => {
    const m = YEAR_LINE.exec(line);
    return m && (/^\s*\d{4}/.test(line) || (cellsOf(line)[0]?.at ?? 0) <= headerAt + 2) ? m : null;
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? '';
    const cols = columnsOf(line);
    if (header) {
      // (a rule ends the row above it: "Note: All the meetings listed were held …" under the closing rule is no wrapped cell)
      if (RULE.test(line)) {
        flush();
        continue;
      }
      // a year on a line of its own heads the rows under it ("2023" / "Working Group on …   12 and 13 June")
      // (or a line of words ending in it, "Meetings held in 2019", "Réunions prévues en 2020")
      const year = yearHeading(line);
      if (year && (meetingsTable || cols.length === 1)) {
        flush();
        tableYear = year[1] ?? null;
        continue;
      }
      // a page break in the table (job number, page number, running header, the header row repeated): the table goes on under it
      if (!line.trim() || isFurniture(line)) {
        let j = k;
        let furniture = false;
        for (; j < lines.length && j < k + 12; j++) {
          const l = lines[j] ?? '';
          if (isFurniture(l)) furniture = true;
          else if (l.trim() && !RULE.test(l) && columnsOf(l).join('|') !== header.join('|')) break;
        }
        const next = lines[j] ?? '';
        // (or blank lines between rows: the table goes on with a row of three columns or more, or as many as its header's, or a line wrapped into the row)
        // (a table of two columns, "Meeting | Dates", may part every row by a blank line)
        const rowNext = columnsOf(next).length >= (furniture ? 2 : Math.min(3, header.length));
        if (!/^\s*\d{1,3}\.\s/.test(next) && ((rowNext && (/\d/.test(next) || opensRow(columnsOf(next)[0] ?? ''))) || wrappedInto(next) || yearHeading(next))) {
          k = j - 1;
          continue;
        }
      }
      // a wrapped cell: an indented line of one column, going on with the row above's first cell
      // (not one standing under a later cell of the row: "la septième" under "7 et 8 octobre / 2014 (pendant")
      const under = row ? rowAt.findIndex((x) => Math.abs(x - (cellsOf(line)[0]?.at ?? -9)) <= 2) : -1;
      if (row && cols.length === 1 && under <= 0 && /^\s{2,}\S/.test(line) && !/\d/.test(line)) {
        row[0] = joinPiece(row[0] ?? '', cols[0] ?? '');
        continue;
      }
      const wrapped = wrappedInto(line);
      if (row && wrapped) {
        const cells = cellsOf(line);
        wrapped.forEach((k, i) => {
          if (row) row[k] = joinPiece(row[k] ?? '', cells[i]?.text ?? '');
        });
        continue;
      }
      // (a row with no digit, "Working Group on Firearms, twelfth meeting   To be determined", opens with a body's name)
      if (cols.length >= 2 && (/\d/.test(line) || (cols.length === header.length && opensRow(cols[0] ?? '')))) {
        flush();
        row = cols;
        rowAt = cellsOf(line).map((c) => c.at);
        rowLine = k;
        continue;
      }
      flush();
      header = null;
    }
    // a header row: two columns or more of short names with no digit, a rule or a row of three columns with digits under it
    // (not a masthead's two columns: "Conference of the Parties to the     Distr.: General")
    // (the rows may start on the next page: past its furniture)
    let n = k + 1;
    while (n < k + 12 && n < lines.length && (!(lines[n] ?? '').trim() || isFurniture(lines[n] ?? ''))) n++;
    const furnitureAfter = lines.slice(k + 1, n).some(isFurniture);
    // (a blank line may stand between the header and its first row)
    let next = lines[furnitureAfter || !(lines[k + 1] ?? '').trim() ? n : k + 1] ?? '';
    // (a header's names may wrap onto a line of their own, each piece under its column: "Venue and" / "format", then the rule)
    const wrappedHeader = cols.length >= 2 && !/\d/.test(line) && next.trim() && !/\d/.test(next) && !RULE.test(next) && cellsOf(next).every((c) => cellsOf(line).some((h) => Math.abs(h.at - c.at) <= 2)) && RULE.test(lines[k + 2] ?? '');
    if (wrappedHeader) next = lines[k + 2] ?? '';
    if (cols.length >= 2 && !/\d/.test(line) && cols.every((c) => c.length <= 40) && (RULE.test(next) || (columnsOf(next).length >= 3 && /\d/.test(next)))) {
      if (wrappedHeader) k++;
      header = cols;
      headerAt = cellsOf(line)[0]?.at ?? 0;
      // (a table's title ending in its year, on one of the lines above its header: "Projet de calendrier pour 2019")
      const title = lines.slice(Math.max(0, k - 3), k).filter((l) => l.trim()).pop() ?? '';
      tableYear = YEAR_LINE.exec(title)?.[1] ?? null;
      meetingsTable = meetingsTableOf(cols, words, languages);
      continue;
    }
    out.push(line);
  }
  flush();
  return out;
}

/**
 * a row that cannot end where its line does: a cell of days with no year yet ("Vienna, 8 and 9"), or a first cell
 * stopping on a word that needs more ("Working Group on Trafficking in", "Groupe de travail sur la"; not a comma, which a name may end on)
 */
function rowOpen(row: string[]): boolean {
  // (a cell after the first: the first names the body, and a footnote's marker may stand in it)
  return row.slice(1).some((c) => /(?<![\d/.])\d{1,2}(?![\d/.])/.test(c) && !/\d{4}/.test(c) && !/\//.test(c)) || NAME_OPEN.test(row[0] ?? '');
}

/** a header with a column of dates and one of places or statuses, and none named by a word of meeting: a table of meetings, in the language its names are in */
function meetingsTableOf(cols: string[], meetingWords: Set<string>, languages: TableLanguage[]) {
  if (cols.some((c) => meetingWords.has(fold(c)))) return null;
  for (const lang of languages) {
    // a column named by the word or starting with it: "Dates", "Date(s)", "Dates of meeting"
    const at = (names: string[]) => cols.findIndex((c) => names.some((n) => fold(c) === fold(n) || new RegExp(`^${fold(n)}(?![\\p{L}])`, 'u').test(fold(c))));
    const dates = at(lang.dates);
    const venue = at(lang.venue);
    const status = at(lang.status);
    // (or a column of dates beside one naming the groups and their meetings: "Working group and meeting | Dates")
    const meetingsNamed = cols[0] !== undefined && fold(cols[0]).split(/\s+/).some((w) => meetingWords.has(w));
    if (dates > 0 && (venue > 0 || status > 0 || meetingsNamed)) return { lang, dates, venue, status };
  }
  return null;
}

/**
 * A first column naming one body over several rows, a piece of its name on each
 * ("Working Group on   Tenth      28 and 29 May 2018 …" / "Technical   Eleventh   27 and 28
 * May 2019 …" / "Assistance   Twelfth …" / "            Thirteenth …"): each row written
 * with the whole name. A run of lines with dates in their later cells, the first's first cell
 * left open ("… on", NAME_OPEN), the others' first cells short pieces with no digit, or none.
 */
function spreadGroupedNames(lines: string[]): string[] {
  const out = [...lines];
  for (let k = 0; k < lines.length; k++) {
    const head = cellsOf(lines[k] ?? '');
    const first = head[0];
    if (!first || head.length < 3 || !NAME_OPEN.test(first.text) || /\d/.test(first.text) || !/\d/.test(lines[k] ?? '')) continue;
    const second = head[1]?.at ?? 0;
    // (a cell run up to the next column's start with one space, "Thirteenth 5 and 6 June 2023": parted there)
    const starts = head.slice(2).map((c) => c.at);
    const parted = (line: string) => starts.reduceRight((l, x) => (l[x - 1] === ' ' && l[x - 2] !== ' ' && l[x - 2] !== undefined && (l[x] ?? ' ') !== ' ' ? `${l.slice(0, x)} ${l.slice(x)}` : l), line);
    const run = [k];
    for (let j = k + 1; j < lines.length; j++) {
      const cells = cellsOf(parted(lines[j] ?? ''));
      if (cells.length < 2 || !/\d/.test(lines[j] ?? '')) break;
      const own = cells[0] && cells[0].at < second - 1 ? cells[0] : undefined;
      if (own && (Math.abs(own.at - first.at) > 2 || /\d/.test(own.text) || own.text.split(/\s+/).length > 3 || own.at + own.text.length >= second - 1)) break;
      if (own && !/^\p{L}/u.test(own.text)) break;
      // (a row of its own in every later column, opening in capitals or digits: not the row above's cells wrapped, "meeting   November (hybrid)")
      const later = cells.filter((c) => c.at >= second - 1);
      if (later.length < head.length - 1 || !/^[\p{Lu}\d]/u.test(later[0]?.text ?? '')) break;
      run.push(j);
    }
    if (run.length < 2) continue;
    const pieces = run.map((j) => {
      const c = cellsOf(lines[j] ?? '')[0];
      return c && c.at < second - 1 ? c.text : '';
    });
    // (the name's last pieces may stand on lines of their own under the rows: "Cooperation")
    for (let j = (run[run.length - 1] ?? k) + 1; j < lines.length; j++) {
      const cells = cellsOf(lines[j] ?? '');
      const only = cells.length === 1 ? cells[0] : undefined;
      if (!only || Math.abs(only.at - first.at) > 2 || /\d/.test(only.text) || only.at + only.text.length >= second - 1 || !/^\p{L}/u.test(only.text)) break;
      pieces.push(only.text);
      out[j] = '';
    }
    // (the name ends where the pieces end: the rows after them, with no piece, are the same body's)
    const name = pieces.filter(Boolean).join(' ');
    if (NAME_OPEN.test(name)) continue;
    for (const j of run) out[j] = `${' '.repeat(first.at)}${name}  ${parted(lines[j] ?? '').slice(second)}`;
    k = run[run.length - 1] ?? k;
  }
  return out;
}
