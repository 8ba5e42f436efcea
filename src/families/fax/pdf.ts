// A tiny PDF writer and page counter, no dependency: a fax's document is a PDF
// ("file_id: The fax PDF file ID") of as many pages as its log counts, each page
// a line of Helvetica naming the fax and the page. Enough for any PDF reader.

/** A valid PDF of `captions.length` US Letter pages, each showing its caption. */
export function faxPdf(title: string, captions: string[]): Buffer {
  const pages = captions.length;
  // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
  const objects: string[] = [];
  const pageIds = captions.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  captions.forEach((caption, i) => {
    const stream = `BT /F1 14 Tf 72 720 Td (${escape(title)}) Tj 0 -24 Td (${escape(caption)}) Tj ET`;
    objects[pageIds[i]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Text in a PDF string: its delimiters escaped, anything beyond printable ASCII shown as '?'. */
const escape = (text: string): string => text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);

/** How many pages a PDF holds: its page objects (`/Type /Page`, not the `/Pages` tree); at least one. */
export function pdfPageCount(pdf: Buffer): number {
  const found = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g);
  return Math.max(1, found?.length ?? 0);
}

/** Whether the bytes start as a PDF does. */
export const isPdf = (bytes: Buffer): boolean => bytes.subarray(0, 5).toString('latin1') === '%PDF-';
