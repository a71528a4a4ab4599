/** A note as plain text: markdown links and emphasis removed, line ends and spaces normalised. */
export function plainNoteText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-');
}

export interface Paragraph {
  number: number;
  text: string;
  /** the last heading above it that names a body (its section) */
  heading: string | null;
}

export interface NoteLayout {
  /** lines before the first numbered paragraph */
  header: string[];
  paragraphs: Paragraph[];
  /** unnumbered text after the first numbered paragraph (agenda annotations, headed sections), one entry per block */
  blocks: Array<{ text: string; heading: string | null }>;
  /** footnotes: lines starting with one or more asterisks or a superscript number ("¹ See …"), with the lines they wrap onto */
  footnotes: string[];
  /** each footnote's marker ("*", "¹"), by the same index */
  footnoteMarks: string[];
}

/** a footnote's line: its marker, asterisks or a superscript number, then its text */
const FOOTNOTE = /^(\*+|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)\s*(?=\S)/u;

/** Splits a note into its header, numbered paragraphs (with their section headings) and footnotes. */
export function layoutOf(text: string, isSectionHeading: (line: string) => boolean): NoteLayout {
  const lines = text.split('\n').map((l) => l.trim());
  const header: string[] = [];
  const paragraphs: Paragraph[] = [];
  const footnotes: string[] = [];
  const footnoteMarks: string[] = [];
  // the footnote a line may go on with (up to a blank line)
  let note = -1;
  const blocks: Array<{ text: string; heading: string | null }> = [];
  let block: { text: string; heading: string | null } | null = null;
  let heading: string | null = null;
  let current: Paragraph | null = null;
  let list: Paragraph | null = null;
  let headingInText = false;
  for (const line of lines) {
    if (!line) {
      note = -1;
      // a paragraph ending in a colon goes on with the list under it ("… were held in Vienna: (a) …; (b) …")
      if (current?.text.trimEnd().endsWith(':')) list = current;
      current = null;
      block = null;
      continue;
    }
    if (list && !current && /^(?:\(?[a-z]{1,3}\)|[-•])\s/.test(line)) current = list;
    else if (!current) list = null;
    const mark = FOOTNOTE.exec(line);
    if (mark) {
      footnotes.push(line.slice(mark[0].length));
      footnoteMarks.push(mark[1] ?? '');
      note = footnotes.length - 1;
      current = null;
      continue;
    }
    const m = /^(\d{1,3})\.\s+(.*)$/.exec(line);
    // (a footnote wraps onto the lines under it while its sentence goes on: "¹ The report of … on 26" / "and 27 May 2014 …")
    if (!m && note >= 0 && !/[.;:!?]["”')\]]?$/.test(footnotes[note] ?? '')) {
      footnotes[note] = `${footnotes[note]} ${line}`;
      continue;
    }
    note = -1;
    if (m) {
      current = { number: Number(m[1]), text: m[2] ?? '', heading };
      paragraphs.push(current);
      continue;
    }
    if (current) {
      // a paragraph may wrap over several lines
      current.text += ` ${line}`;
      continue;
    }
    // a line going on with the text above (a block's next line, or one starting in lower case) is no heading
    const continued = (paragraphs.length > 0 && block !== null) || /^\p{Ll}/u.test(line);
    if (paragraphs.length === 0) header.push(line);
    else if (block) block.text += ` ${line}`;
    else {
      // a section heading, not the header's names (which name the Conference above every document)
      block = { text: line, heading: headingInText ? heading : null };
      blocks.push(block);
    }
    if (!continued && isSectionHeading(line)) {
      heading = line;
      headingInText = paragraphs.length > 0;
    }
  }
  return { header, paragraphs, blocks, footnotes, footnoteMarks };
}
