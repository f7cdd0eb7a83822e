// Excel workbooks (.xlsx), read with read-excel-file: the first sheet whose rows hold a header.
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import type { ResponsibilityTable } from '../types.js';
import { DiagnosticSink } from './errors.js';
import { interpretGrid } from './grid.js';
import type { ParseOptions } from './word-table.js';

/** `C4` → [row 3, column 2] (0-based). */
function cellRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/u.exec(ref);
  if (m === null) return [0, 0];
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/** Merged ranges of the workbook's first sheet, as [top, left, bottom, right] (0-based), read from its XML. */
function mergedRanges(bytes: Uint8Array): [number, number, number, number][] {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name.startsWith('xl/worksheets/') });
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
    const id = /<sheet\b[^>]*\br:id="([^"]+)"/u.exec(workbook)?.[1];
    const target = id === undefined ? undefined : new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1];
    const path = target === undefined ? 'xl/worksheets/sheet1.xml' : `xl/${target.replace(/^\/?xl\//u, '')}`;
    const sheet = strFromU8(files[path] ?? new Uint8Array());
    return [...sheet.matchAll(/<mergeCell\b[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/gu)].map((m) => {
      const [top, left] = cellRef(m[1] as string);
      const [bottom, right] = cellRef(m[2] as string);
      return [top, left, bottom, right];
    });
  } catch {
    return [];
  }
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/**
 * Parses the first sheet of an .xlsx workbook as a table (see `interpretGrid`): header row,
 * one row per task, a row with a single filled cell as a category heading. Cells merged
 * vertically keep their value in the top cell only, so a merged 类别 cell continues downwards.
 * In messages, "line" is the spreadsheet row number.
 */
export async function parseXlsx(bytes: Uint8Array, options: ParseOptions = {}): Promise<ResponsibilityTable> {
  const sink = new DiagnosticSink(options.file);
  let data: unknown[][] = [];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    data = (await readSheet(buffer));
  } catch (error) {
    sink.error('not-a-table', 1, `not a readable .xlsx workbook: ${(error as Error).message}`);
    sink.throwIfErrors();
  }
  const grid = data.map((row) => row.map(cellText));
  for (const [top, left, bottom, right] of mergedRanges(bytes)) {
    const value = grid[top]?.[left] ?? '';
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) {
        const row = (grid[r] ??= []);
        while (row.length <= c) row.push('');
        // A vertical merge repeats its value down; a horizontal one (a heading row) stays in its first cell.
        if (c === left && r !== top) row[c] = value;
      }
    }
  }
  const table = interpretGrid(
    grid.map((cells, i) => ({ cells, line: i + 1 })),
    'xlsx',
    options,
    sink,
  );
  sink.throwIfErrors();
  return table as ResponsibilityTable;
}
