import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';

/** A piece of text at a place on a page (points from the bottom left, as PDF counts). */
export interface Placed {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/**
 * A PDF made the way UN documents are laid out: each page a list of placed texts, drawn
 * in the given order (so two columns drawn line by line come out interleaved, as they
 * do from real documents).
 */
export async function makePdf(pages: Placed[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const items of pages) {
    const page = doc.addPage([595, 842]);
    for (const it of items) page.drawText(it.text, { x: it.x, y: it.y, size: it.size ?? 10, font });
  }
  return doc.save();
}

/** Lines of running text from y downwards, at the left margin. */
export const column = (lines: string[], y: number, x = 60, size = 10): Placed[] => lines.map((text, i) => ({ text, x, y: y - i * (size + 4), size }));

/** A page that is only a picture: no text layer, as a scan. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 495, height: 742 });
  return doc.save();
}

/** A PDF whose trailer asks for a password nobody gives. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Restricted', { x: 50, y: 700, font: await doc.embedFont(StandardFonts.Helvetica) });
  doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('00'.repeat(32)), U: PDFHexString.of('11'.repeat(32)), P: -4 });
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
  return doc.save({ useObjectStreams: false });
}
