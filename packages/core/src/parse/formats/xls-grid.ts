// The cells of one worksheet as they are read, then as rows of text: merged ranges applied (within
// the used range only), trailing empty cells and rows dropped, and the cell limits checked before
// any row is allocated.
import { MAX_CELLS, MAX_COLUMNS } from './limits.js';
import { cellName } from './xls-records.js';
import { fail } from './binary.js';

/** Columns of a BIFF8 sheet (A–IV); rows are 16-bit, so at most 65536 by construction. */
export const BIFF8_COLUMNS = 256;

/** Cells materialised so far across the workbook (every sheet counts towards {@link MAX_CELLS}). */
export interface CellBudget {
  cells: number;
}

type Range = [top: number, bottom: number, left: number, right: number];

/** Non-empty cells of a sheet, keyed `row * 256 + column`, and its merged ranges. */
export class SheetGrid {
  private readonly cells = new Map<number, string>();
  private readonly merges: Range[] = [];

  constructor(
    private readonly sheet: string,
    private readonly budget: CellBudget,
  ) {}

  private checkColumn(row: number, col: number): void {
    if (col >= BIFF8_COLUMNS) {
      fail(`sheet "${this.sheet}": cell ${cellName(row, col)} lies beyond column IV, the last of an Excel 97–2003 sheet: the file is damaged`);
    }
  }

  /** Sets a cell's text ('' clears it). */
  set(row: number, col: number, text: string): void {
    this.checkColumn(row, col);
    const key = row * BIFF8_COLUMNS + col;
    if (text === '') {
      this.cells.delete(key);
      return;
    }
    if (!this.cells.has(key) && this.cells.size + this.budget.cells >= MAX_CELLS) {
      fail(`sheet "${this.sheet}" holds more than ${MAX_CELLS} cells`, 'too-large');
    }
    this.cells.set(key, text);
  }

  /** Records a merged range ([MS-XLS] Ref8: first/last row, first/last column, 0-based). */
  merge(top: number, bottom: number, left: number, right: number): void {
    this.checkColumn(top, right);
    if (bottom < top || right < left) {
      fail(`sheet "${this.sheet}": the merged range ${cellName(top, left)}:${cellName(bottom, right)} ends before it starts: the file is damaged`);
    }
    this.merges.push([top, bottom, left, right]);
  }

  /**
   * Applies the merged ranges, clipped to the used range (the rows and columns holding text), so a
   * range of A1:IV65536 costs no more than the cells it covers there: below the top-left cell the
   * range's first column repeats its text, every other covered cell is ''.
   */
  private applyMerges(lastRow: number, lastCol: number): void {
    let covered = 0;
    for (const [top, bottom, left, right] of this.merges) {
      if (top > lastRow || left > lastCol) continue;
      const last = Math.min(bottom, lastRow);
      const end = Math.min(right, lastCol);
      covered += (last - top + 1) * (end - left + 1);
      if (covered > MAX_CELLS) fail(`sheet "${this.sheet}": merged ranges cover more than ${MAX_CELLS} cells`, 'too-large');
      const text = this.cells.get(top * BIFF8_COLUMNS + left) ?? '';
      for (let r = top; r <= last; r += 1) {
        for (let c = left; c <= end; c += 1) {
          if (r === top && c === left) continue;
          const key = r * BIFF8_COLUMNS + c;
          if (c === left && text !== '') this.cells.set(key, text);
          else this.cells.delete(key);
        }
      }
    }
  }

  /** Rows of text: row i is spreadsheet row i + 1; empty rows inside are [], trailing ones dropped. */
  rows(): string[][] {
    let lastRow = -1;
    let lastCol = -1;
    for (const key of this.cells.keys()) {
      lastRow = Math.max(lastRow, Math.floor(key / BIFF8_COLUMNS));
      lastCol = Math.max(lastCol, key % BIFF8_COLUMNS);
    }
    if (lastRow < 0) return [];
    this.applyMerges(lastRow, lastCol);

    const widths = new Int32Array(lastRow + 1);
    for (const key of this.cells.keys()) {
      const r = Math.floor(key / BIFF8_COLUMNS);
      widths[r] = Math.max(widths[r] as number, (key % BIFF8_COLUMNS) + 1);
    }
    let total = 0;
    for (const w of widths) total += w;
    if (this.budget.cells + total > MAX_CELLS) fail(`the workbook holds more than ${MAX_CELLS} cells`, 'too-large');
    if (lastCol + 1 > MAX_COLUMNS) fail(`sheet "${this.sheet}" has more than ${MAX_COLUMNS} columns`, 'too-large');
    this.budget.cells += total;

    const rows: string[][] = [];
    for (const w of widths) rows.push(new Array<string>(w).fill(''));
    for (const [key, text] of this.cells) {
      (rows[Math.floor(key / BIFF8_COLUMNS)] as string[])[key % BIFF8_COLUMNS] = text;
    }
    // Trailing rows emptied by merges go too.
    while (rows.length > 0 && (rows[rows.length - 1] as string[]).length === 0) rows.pop();
    return rows;
  }
}
