// PDFs written by hand for the tests: fonts not embedded, using the predefined CMaps most Chinese
// PDFs use, which pdf.js can read only with the CMaps pdfjs-dist ships.

/**
 * A minimal PDF written by hand: one page per content stream, with fonts F1 and F2 that are not
 * embedded and use the predefined CMaps UniGB-UCS2-H and GBK-EUC-H, as many Chinese PDFs do;
 * pdf.js needs `pdfjs-dist/cmaps/` to read them.
 */
export function handmadePdf(contents: readonly string[]): Uint8Array {
  const font = (encoding: string) =>
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ` +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 ' +
    '/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>';
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${contents.map((_, i) => `${5 + 2 * i} 0 R`).join(' ')}] /Count ${contents.length} >>`, font('UniGB-UCS2-H'), font('GBK-EUC-H')];
  for (const [i, content] of contents.entries()) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (ch) => ch.charCodeAt(0));
}

/** Text as the hex string of its UCS-2 code units, for a `<…> Tj` with the UniGB-UCS2-H font F1. */
export const ucs2 = (text: string): string => `<${[...text].map((ch) => (ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')).join('')}>`;
