// One worksheet substream of a BIFF8 Workbook stream ([MS-XLS] Worksheet Substream):
// its cell records read into a SheetGrid. Records of substreams nested inside it (an embedded
// chart's BOF … EOF) are skipped.
import { ContinuedData, readUnicodeString } from './xls-strings.js';
import { SheetGrid, type CellBudget } from './xls-grid.js';
import { f64, need, recordAt, RT, type BiffRecord } from './xls-records.js';
import { fail, i32, u16, u32 } from './binary.js';

/** BOF dt of a worksheet or dialog sheet ([MS-XLS] 2.4.21 BOF); charts are 0x0020, macro sheets 0x0040. */
const BOF_WORKSHEET = 0x0010;

/** Error codes of a BOOLERR or a formula's error result ([MS-XLS] 2.5.10 Bes). */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const scratch = new DataView(new ArrayBuffer(8));

/**
 * [MS-XLS] 2.5.217 RkNumber: bit 0 fX100 (divide by 100), bit 1 fInt (the upper 30 bits are a
 * signed integer; otherwise they are the upper 30 bits of an IEEE double whose other bits are 0).
 */
export function decodeRk(rk: number): number {
  let value: number;
  if (rk & 0x02) value = rk >> 2;
  else {
    scratch.setUint32(0, 0, true);
    scratch.setUint32(4, (rk & ~0x03) >>> 0, true);
    value = scratch.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}

/**
 * A number as cell text: integers without a decimal point ("1"), others in JavaScript's shortest
 * round-trip form ("1.5", "0.1"). Number formats are not applied, so a date is its serial number.
 */
export const numberText = (n: number): string => String(n);

/** Where the Workbook stream's sheets have been read, so sheets that overlap cannot multiply the work. */
export interface ScanBudget {
  bytes: number;
}

const boolText = (b: number): string => (b === 0 ? 'FALSE' : 'TRUE');
const errorText = (code: number): string => ERRORS[code] ?? '#N/A';

/**
 * Reads the worksheet whose BOF is at `offset`, or returns undefined for a chart, macro or dialog
 * sheet. Cells: LABELSST, LABEL, RSTRING, NUMBER, RK, MULRK, BOOLERR, FORMULA (its cached
 * result; a string result comes in the STRING record after it); BLANK and MULBLANK hold nothing;
 * MERGECELLS ranges are applied by the grid.
 */
export function readSheet(
  stream: Uint8Array,
  offset: number,
  name: string,
  sst: readonly string[],
  cells: CellBudget,
  scanned: ScanBudget,
): string[][] | undefined {
  const where = `sheet "${name}"`;
  if (offset >= stream.length) fail(`${where} starts at byte ${offset}, past the end of the Workbook stream: the file is damaged`);
  const bof = recordAt(stream, offset, where);
  if (bof.type !== RT.BOF) fail(`${where} does not start with a BOF record at byte ${offset}: the file is damaged`);
  need(bof, 4, 'BOF');
  if (u16(bof.data, 2) !== BOF_WORKSHEET) return undefined;

  const grid = new SheetGrid(name, cells);
  let formulaString: [number, number] | undefined;
  let dialog = false;
  let depth = 1;
  let pos = bof.next;
  const count = (record: BiffRecord): void => {
    scanned.bytes += record.next - record.offset;
    if (scanned.bytes > stream.length) fail(`the sheets overlap in the Workbook stream (at ${where}): the file is damaged`);
  };
  count(bof);
  while (depth > 0) {
    const record = recordAt(stream, pos, where);
    pos = record.next;
    count(record);
    const { type, data } = record;
    if (type === RT.BOF) depth += 1;
    else if (type === RT.EOF) depth -= 1;
    else if (depth > 1) continue;
    else if (type === RT.LABELSST) {
      need(record, 10, 'LABELSST');
      const index = u32(data, 6);
      const text = sst[index];
      if (text === undefined) fail(`${where}: a cell refers to shared string ${index}, but the table holds ${sst.length}: the file is damaged`);
      grid.set(u16(data, 0), u16(data, 2), text);
    } else if (type === RT.LABEL || type === RT.RSTRING) {
      need(record, 9, type === RT.LABEL ? 'LABEL' : 'RSTRING');
      grid.set(u16(data, 0), u16(data, 2), readUnicodeString(new ContinuedData([data.subarray(6)], `a text cell in ${where}`)));
    } else if (type === RT.NUMBER) {
      need(record, 14, 'NUMBER');
      grid.set(u16(data, 0), u16(data, 2), numberText(f64(data, 6)));
    } else if (type === RT.RK) {
      need(record, 10, 'RK');
      grid.set(u16(data, 0), u16(data, 2), numberText(decodeRk(i32(data, 6))));
    } else if (type === RT.MULRK) {
      // rw, colFirst, (ixfe, RkNumber) × n, colLast ([MS-XLS] 2.4.175 MulRk).
      const n = (data.length - 6) / 6;
      const first = u16(data, 2);
      if (!Number.isInteger(n) || n < 1 || u16(data, data.length - 2) !== first + n - 1) {
        fail(`the MULRK record at byte ${record.offset} of the Workbook stream is damaged`);
      }
      for (let k = 0; k < n; k += 1) grid.set(u16(data, 0), first + k, numberText(decodeRk(i32(data, 6 + 6 * k))));
    } else if (type === RT.BOOLERR) {
      need(record, 8, 'BOOLERR');
      grid.set(u16(data, 0), u16(data, 2), data[7] === 0 ? boolText(data[6] as number) : errorText(data[6] as number));
    } else if (type === RT.FORMULA) {
      // [MS-XLS] FormulaValue: a double, unless its last two bytes are 0xFFFF; then byte 0
      // says string (in the next STRING record), boolean or error (byte 2), or empty string.
      need(record, 14, 'FORMULA');
      const row = u16(data, 0);
      const col = u16(data, 2);
      formulaString = undefined;
      if (u16(data, 12) !== 0xffff) grid.set(row, col, numberText(f64(data, 6)));
      else if (data[6] === 0x00) {
        grid.set(row, col, '');
        formulaString = [row, col];
      } else if (data[6] === 0x01) grid.set(row, col, boolText(data[8] as number));
      else if (data[6] === 0x02) grid.set(row, col, errorText(data[8] as number));
      else grid.set(row, col, '');
    } else if (type === RT.STRING) {
      const parts = [data];
      while (pos + 4 <= stream.length && u16(stream, pos) === RT.CONTINUE) {
        const more = recordAt(stream, pos, where);
        parts.push(more.data);
        pos = more.next;
        count(more);
      }
      if (formulaString !== undefined) {
        grid.set(formulaString[0], formulaString[1], readUnicodeString(new ContinuedData(parts, `a formula's text in ${where}`)));
      }
      formulaString = undefined;
    } else if (type === RT.MERGECELLS) {
      need(record, 2, 'MERGECELLS');
      const ranges = u16(data, 0);
      need(record, 2 + 8 * ranges, 'MERGECELLS');
      for (let k = 0; k < ranges; k += 1) {
        const at = 2 + 8 * k;
        grid.merge(u16(data, at), u16(data, at + 2), u16(data, at + 4), u16(data, at + 6));
      }
    } else if (type === RT.WSBOOL) {
      // [MS-XLS] WsBool: fDialog (bit 4) marks a dialog sheet, which holds no cells.
      dialog = data.length >= 1 && ((data[0] as number) & 0x10) !== 0;
    }
  }
  return dialog ? undefined : grid.rows();
}
