import { extractTextItems, getDocumentProxy } from 'unpdf';

/** Why a PDF gives no text: said once, in words a person can act on. */
export class PdfTextError extends Error {}

/** the most pages read from one PDF (a CTOC/COP document has tens; a bound is a bound) */
const MAX_PAGES = 400;

/**
 * The text layer of a PDF, page by page, one line per line of print (items joined in
 * the order the PDF gives them, a new line where the PDF ends one or the baseline
 * moves), a form feed between pages. Uses unpdf (PDF.js built for servers, no native code).
 * @throws PdfTextError for an encrypted, damaged or text-less (scanned) PDF
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  let pages: Array<Array<{ str: string; y: number; fontSize: number; hasEOL: boolean }>>;
  try {
    const doc = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true, verbosity: 0 });
    if (doc.numPages > MAX_PAGES) throw new PdfTextError(`a PDF of ${doc.numPages} pages (more than ${MAX_PAGES})`);
    pages = (await extractTextItems(doc)).items;
  } catch (e) {
    if (e instanceof PdfTextError) throw e;
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new PdfTextError('an encrypted PDF (it needs a password); save an unprotected copy');
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') throw new PdfTextError('a damaged or invalid PDF');
    throw new PdfTextError(`a PDF that cannot be read (${(e as Error).message})`);
  }
  const out: string[] = [];
  for (const items of pages) {
    let line = '';
    let y: number | null = null;
    for (const it of items) {
      if (y !== null && Math.abs(it.y - y) > Math.max(2, it.fontSize / 2) && line.trim()) {
        out.push(line.trim());
        line = '';
      }
      line += line && !line.endsWith(' ') && it.str && !it.str.startsWith(' ') ? ` ${it.str}` : it.str;
      y = it.y;
      if (it.hasEOL && line.trim()) {
        out.push(line.trim());
        line = '';
      }
    }
    if (line.trim()) out.push(line.trim());
    // a form feed where the page ends: the reader joins a sentence the page cut
    out.push('\f');
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!/\p{L}{3,}/u.test(text)) throw new PdfTextError('a PDF with no text layer (a scan?); run OCR on it first, or give its text');
  return text;
}
