/** what cleanDocumentText leaves where it dropped a page's furniture (job number, bar code, page number, running header) */
export const PAGE_BREAK = '\u0000page-break';

const RULE = /^\s*[_=─-]{8,}\s*$/;
/** a line that ends a sentence, a heading's number or a list's lead-in */
const ENDED = /[.:;!?][”"')\]]?$/;
/** a line that opens a paragraph, a heading or a list item of its own ("4. …", "II. …", "B. …", "(a) …") */
const OPENS = /^(?:\d{1,3}\.|[IVXLC]{1,6}\.|[A-Z]\.|\(?[a-z]{1,3}\))\s/;

/**
 * Lines with the page breaks a PDF's text left (marked by PAGE_BREAK) taken out: a
 * sentence cut by a page break ("… the Working Group of Government Experts on Technical"
 * / job number, page number, running header / "Assistance on 13 and 14 October") goes on
 * over the break as one paragraph, the footnotes at the foot of the page (after their rule
 * of underscores) put after the paragraph they interrupted. A line that ends a sentence,
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
      // the page's footnotes, from the last rule since the page began
      let rule = -1;
      for (let k = out.length - 1; k >= pageStart; k--) if (RULE.test(out[k] ?? '')) { rule = k; break; }
      let last = (rule >= 0 ? rule : out.length) - 1;
      while (last >= 0 && !(out[last] ?? '').trim()) last--;
      const cut = last >= 0 && !ENDED.test((out[last] ?? '').trim()) && !OPENS.test(line.trim());
      if (cut) {
        deferred = [...deferred, ...(rule >= 0 ? out.slice(rule) : [])];
        out.length = last + 1;
      } else out.push('');
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
