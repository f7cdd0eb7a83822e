// Files of every format at k times the rows of a committed fixture, for the growth benchmark
// (scripts/parse-growth-formats.mjs, docs/parse-growth.md). Each maker takes the real table of
// test/fixtures/formats/hunan-gba-2020 (30 tasks under a header, category cells merged down) and
// repeats its body rows k times inside the container, so the file is what the reader meets in a
// real plan, only longer:
//   text (the Word table pasted, one cell per tab-indented line), CSV (the same rows), .docx
//   (`<w:tr>` in word/document.xml), .xlsx (`<row>` renumbered, merges shifted), .odt / .ods
//   (`<table:table-row>` in content.xml), HTML (`<tr>`: the hand-written page and LibreOffice's),
//   RTF (`\trowd … \row`).
// .doc, .xls and PDF cannot be scaled by hand (piece tables, BIFF offsets, xref tables): with
// LibreOffice installed (`soffice`), `officeConverted` converts the scaled .docx / .xlsx into them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const fixtures = fileURLToPath(new URL('../../test/fixtures/formats/hunan-gba-2020/', import.meta.url));
const fixture = (name) => readFileSync(join(fixtures, name));

/** Spans [start, end) of the elements matched by `pattern` (global, non-nested rows). */
function spans(text, pattern) {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * `text` with the rows after the header (`rows[header]`) up to the last repeated k times; in copy
 * j, `number` (the first task number of a row: prefix, digits) is raised by j times the rows, so
 * every task keeps a number of its own (a repeated number would be read as a duplicate and dropped).
 */
function repeatBody(text, rows, header, k, number) {
  const body = rows.slice(header + 1).map(([s], i, all) => text.slice(s, i + 1 < all.length ? all[i + 1][0] : rows[rows.length - 1][1]));
  const start = rows[header + 1][0];
  const end = rows[rows.length - 1][1];
  const renumber = (row, by) => row.replace(number, (_, before, n) => `${before}${Number(n) + by}`);
  const copies = Array.from({ length: k }, (_, j) => body.map((row) => (j === 0 ? row : renumber(row, j * body.length))).join(''));
  // Between copies, what separates the header from the first row (a blank line in text).
  return text.slice(0, start) + copies.join(text.slice(rows[header][1], start)) + text.slice(end);
}

/** A zip container with one XML entry rewritten (entries stored in their original order). */
function rezip(bytes, entry, rewrite) {
  const files = unzipSync(bytes);
  const out = {};
  for (const [name, data] of Object.entries(files)) {
    // OpenDocument wants `mimetype` first and uncompressed.
    out[name] = name === entry ? strToU8(rewrite(strFromU8(data))) : name === 'mimetype' ? [data, { level: 0 }] : data;
  }
  return zipSync(out);
}

/** The Word table pasted as text: blocks of tab-indented cells, blank lines between rows. */
function textRows() {
  const text = fixture('text.txt').toString('utf8');
  const blocks = spans(text, /(?:^\t[^\n]*\n?)+/gm);
  return { text, blocks };
}

/** An OpenDocument cell's number: its paragraph (a spreadsheet's float cells also carry office:value). */
const ODF_NUMBER = /(<text:p[^>]*>)(\d+)(?=<\/text:p>)/;

export const makers = {
  text: (k) => {
    const { text, blocks } = textRows();
    return strToU8(repeatBody(text, blocks, 0, k, /^(\t)(\d+)/m));
  },
  csv: (k) => {
    const { text, blocks } = textRows();
    const quote = (cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const rows = blocks.map(([s, e]) => text.slice(s, e).split('\n').filter((l) => l.startsWith('\t')).map((l) => quote(l.slice(1))).join(','));
    const body = rows.slice(1);
    const copies = Array.from({ length: k }, (_, j) => body.map((row) => row.replace(/^\d+/, (n) => String(Number(n) + j * body.length)))).flat();
    return strToU8([rows[0], ...copies].join('\n') + '\n');
  },
  docx: (k) => rezip(fixture('document.docx'), 'word/document.xml', (xml) => repeatBody(xml, spans(xml, /<w:tr[ >][\s\S]*?<\/w:tr>/g), 0, k, /(<w:t(?: [^>]*)?>)(\d+)(?=<\/w:t>)/)),
  xlsx: (k) => rezip(fixture('document.xlsx'), 'xl/worksheets/sheet1.xml', (xml) => scaleSheet(xml, k)),
  odt: (k) => rezip(fixture('document.odt'), 'content.xml', (xml) => repeatBody(xml, spans(xml, /<table:table-row[ >][\s\S]*?<\/table:table-row>/g), 0, k, ODF_NUMBER)),
  ods: (k) => rezip(fixture('document.ods'), 'content.xml', (xml) => scaleOdsSheet(xml, k)),
  html: (k) => {
    const html = fixture('page.html').toString('utf8');
    return strToU8(repeatBody(html, spans(html, /<tr[ >][\s\S]*?<\/tr>/g), 0, k, /(<td[^>]*>(?:\s*<p>)?\s*)(\d+)(?=\s*<)/));
  },
  'html (LibreOffice)': (k) => {
    const html = fixture('libreoffice.html').toString('utf8');
    return strToU8(repeatBody(html, spans(html, /<tr[ >][\s\S]*?<\/tr>/g), 0, k, /(<td[^>]*>(?:\s*<p>)?\s*)(\d+)(?=\s*<)/));
  },
  rtf: (k) => {
    const rtf = fixture('document.rtf').toString('latin1');
    return Uint8Array.from(Buffer.from(repeatBody(rtf, spans(rtf, /\\trowd[\s\S]*?\\row(?![a-z])/g), 0, k, /(\{\\loch\s)(\d+)(?=\})/), 'latin1'));
  },
};

/** An .ods sheet's body rows repeated: the rows with text after the header (trailing empty rows kept once). */
function scaleOdsSheet(xml, k) {
  const rows = spans(xml, /<table:table-row[ >][\s\S]*?<\/table:table-row>/g);
  const header = rows.findIndex(([s, e]) => xml.slice(s, e).includes('序号'));
  let last = rows.length - 1;
  while (last > header && !xml.slice(...rows[last]).includes('<text:p>')) last -= 1;
  return repeatBody(xml, rows.slice(0, last + 1), header, k, ODF_NUMBER);
}

/** An .xlsx sheet's body rows repeated k times, each copy renumbered (rows, cells, merges, dimension). */
function scaleSheet(xml, k) {
  const rows = spans(xml, /<row [^>]*>[\s\S]*?<\/row>/g);
  const rowNumber = (i) => Number(/ r="(\d+)"/.exec(xml.slice(...rows[i]))[1]);
  // The header: the first row of more than two cells (above it, the title).
  const header = rows.findIndex(([s, e]) => (xml.slice(s, e).match(/<c /g) ?? []).length > 2);
  const first = rowNumber(header + 1);
  const lastRow = rowNumber(rows.length - 1);
  const count = lastRow - first + 1;
  const body = xml.slice(rows[header + 1][0], rows[rows.length - 1][1]);
  // Each copy's task numbers (column A, shared strings in the fixture) become numbers of their own.
  const number = (row) => row.replace(/<c r="A(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, (_, n) => `<c r="A${n}"><v>${Number(n) - first + 1}</v></c>`);
  const shift = (by) => body.replace(/(<row\b[^>]*?\sr="|<c r="[A-Z]+)(\d+)"/g, (_, p, n) => `${p}${Number(n) + by}"`).replace(/<row [^>]*>[\s\S]*?<\/row>/g, by === 0 ? (row) => row : number);
  const copies = Array.from({ length: k }, (_, j) => shift(j * count)).join('');
  const merges = [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g)];
  const shifted = merges
    .flatMap((m) => Array.from({ length: Number(m[2]) >= first ? k : 1 }, (_, j) => `<mergeCell ref="${m[1]}${Number(m[2]) + j * count}:${m[3]}${Number(m[4]) + j * count}"/>`));
  return (
    xml.slice(0, rows[header + 1][0]).replace(/<dimension ref="([A-Z]+\d+):([A-Z]+)\d+"\/>/, (_, a, c) => `<dimension ref="${a}:${c}${lastRow + (k - 1) * count}"/>`) +
    copies +
    xml.slice(rows[rows.length - 1][1]).replace(/<mergeCells count="\d+">[\s\S]*?<\/mergeCells>/, `<mergeCells count="${shifted.length}">${shifted.join('')}</mergeCells>`)
  );
}

/** Whether LibreOffice is on PATH (for the .doc, .xls and PDF rows). */
export function hasOffice() {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * `bytes` (a .docx or .xlsx) converted by LibreOffice headless into `format` (doc, pdf, xls):
 * the same table, written by the office software that writes most of these files.
 */
export function officeConverted(bytes, from, format) {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-growth-'));
  try {
    writeFileSync(join(dir, `table.${from}`), bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', format, '--outdir', dir, join(dir, `table.${from}`)], { stdio: 'ignore', timeout: 600_000 });
    return new Uint8Array(readFileSync(join(dir, `table.${format}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
