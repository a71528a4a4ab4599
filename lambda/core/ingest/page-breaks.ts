/** what cleanDocumentText leaves where it dropped a page's furniture (job number, bar code, page number, running header) */
export const PAGE_BREAK = '\u0000page-break';

/** a line that is only print furniture: job number, bar code, page number, recycling mark */
export const NOISE_LINE = [
  /^[A-Z]\.\d{2}-\d{4,6}\s*\([A-Z]\)(?:\s+\d{6}){0,2}\s*$/,
  /^\*\d{6,}\*$/,
  /^\d{6}(?:\s+\d{6})?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(?:page\s+)?\d{1,3}$/i,
  /^(?:please recycle|merci de recycler)\b/i,
];
/** a page header: the symbol on a line of its own, with the page's number or not */
export const RUNNING_HEADER = /^(?:\d{1,3}\s+)?[A-Z]{2,6}(?:\/[A-Za-z0-9.]+)+(?:\s+\d{1,3})?$/;
/** a line of a page's furniture: job number, bar code, page number, running header */
export const isPageFurniture = (line: string) => {
  if (line === PAGE_BREAK) return true;
  const l = line.replace(/\s{2,}/g, ' ').trim();
  return NOISE_LINE.some((re) => re.test(l)) || RUNNING_HEADER.test(l);
};

const RULE = /^\s*[_=─-]{8,}\s*$/;
/** a footnote at the foot of a page: "* CTOC/COP/2016/1.", "1 See …", "a Ibid." (a footnote going on over lines starts in lower case) */
const FOOTNOTE = /^(?:\*+|\d{1,2}\s|[a-z]\s)|^\p{Ll}/u;
/** a line that ends a sentence, a heading's number or a list's lead-in */
const ENDED = /[.:;!?][”"')\]]?$/;
/** a line that opens a paragraph, a heading or a list item of its own ("4. …", "II. …", "B. …", "(a) …") */
const OPENS = /^(?:\d{1,3}\.|[IVXLC]{1,6}\.|[A-Z]\.|\(?[a-z]{1,3}\))\s/;

/**
 * Lines with the page breaks a PDF's text left (marked by PAGE_BREAK) taken out: a
 * sentence cut by a page break ("… the Working Group of Government Experts on Technical"
 * / job number, page number, running header / "Assistance on 13 and 14 October") goes on
 * over the break as one paragraph, the footnotes at the foot of the page (after their rule
 * of underscores) put after the paragraph they interrupted; a footnote cut goes on the same
 * way, and so does a list whose next item opens the next page. A line that ends a sentence,
 * or a next line that opens a paragraph or a heading, keeps the break as a blank line.
 */
export function joinPageBreaks(lines: string[]): string[] {
  const out: string[] = [];
  let deferred: string[] = [];
  let pending = false;
  let pageStart = 0;
  for (const line of lines) {
    if (line === PAGE_BREAK) {
      pending = true;
      continue;
    }
    if (pending && !line.trim()) continue;
    if (pending) {
      pending = false;
      // the page's footnotes: a rule since the page began with only footnotes under it
      let rule = -1;
      for (let k = out.length - 1; k >= pageStart; k--) {
        if (RULE.test(out[k] ?? '')) {
          rule = out.slice(k + 1).every((l) => !l.trim() || FOOTNOTE.test(l.trim())) ? k : -1;
          break;
        }
      }
      let last = (rule >= 0 ? rule : out.length) - 1;
      while (last >= 0 && !(out[last] ?? '').trim()) last--;
      // (or a list whose items go on over the break: "a) …;" / "b) …")
      const listGoesOn = last >= 0 && /[;:]$/.test((out[last] ?? '').trim()) && /^\(?[a-z]{1,3}\)\s/.test(line.trim());
      const cut = last >= 0 && ((!ENDED.test((out[last] ?? '').trim()) && !OPENS.test(line.trim())) || listGoesOn);
      // (a footnote the break cut goes on at the foot of the next page: "1 CTOC/… (report on the meeting of the" / "Smuggling of Migrants, …)")
      let lastNote = out.length - 1;
      while (lastNote > rule && !(out[lastNote] ?? '').trim()) lastNote--;
      const noteCut = !cut && rule >= 0 && lastNote > rule && !ENDED.test((out[lastNote] ?? '').trim()) && !OPENS.test(line.trim());
      if (cut) {
        deferred = [...deferred, ...(rule >= 0 ? out.slice(rule) : [])];
        out.length = last + 1;
      } else if (noteCut) out.length = lastNote + 1;
      else out.push('');
      pageStart = out.length;
    }
    // the footnotes set aside go after the paragraph they interrupted
    if (!line.trim() && deferred.length) {
      out.push('', ...deferred);
      deferred = [];
    }
    out.push(line);
  }
  if (deferred.length) out.push('', ...deferred);
  return out;
}
