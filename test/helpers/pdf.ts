/** WinAnsi codes of the characters above Latin-1 that notes use */
const WIN_ANSI: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '…': 0x85, '€': 0x80 };

function pdfString(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${(code > 0xff ? 0x3f : code).toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `(${out})`;
}

/**
 * A small, valid PDF written by hand: each line of text at its own baseline in
 * Helvetica (long lines wrapped, a blank line leaves a gap), pages of 50 lines. With no lines it is a page
 * with no text layer, as a scan is.
 */
export function textPdf(text: string[]): Buffer {
  // lines wrap at 95 characters, as printed text does
  const lines = text.flatMap((l) => {
    const out: string[] = [];
    let cur = '';
    for (const w of l.split(' ')) {
      if (cur && `${cur} ${w}`.length > 95) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
    return out;
  });
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += 50) pages.push(lines.slice(i, i + 50));
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((page, i) => {
    const id = pageIds[i] as number;
    const ops = page.filter((l) => l.trim()).length ? ['BT', '/F1 9 Tf', '40 800 Td', ...page.map((l) => `${pdfString(l)} Tj 0 -14 Td`), 'ET'] : [];
    const stream = ops.join('\n');
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
