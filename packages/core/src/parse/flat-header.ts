// The header row of a flattened table: where it is among the pieces (known header names, cells
// the reader does not know between them, a cell wrapped over two lines, a header row wrapped onto a
// second line), or, for `|` rows with none, the columns inferred from the cells.
import type { Piece } from './flat-align.js';
import { isAgencyName } from './agency-name.js';
import { DUTIES_COLUMN, HEADER_NAMES } from './columns.js';
import type { DiagnosticSink } from './errors.js';
import { headerKind, type HeaderKind as Kind } from './header-kind.js';
import { inferHeader } from './inferred-header.js';
import { numberedLine } from './numbering.js';

interface Cell {
  text: string;
  line: number;
}

/** The header's kinds; without a task column, the first text column (内容与要求, 考核指标) holds the task. */
export function headerKinds(cells: readonly string[]): (Kind | undefined)[] {
  const kinds = cells.map(headerKind);
  // (A column of each unit's duties, 职责分工, is the units column when no other names them.)
  if (!kinds.some((k) => k === 'units' || k === 'lead')) {
    const duties = cells.findIndex((c) => DUTIES_COLUMN.test(c.replace(/[\s\u3000]/gu, '')));
    if (duties >= 0 && kinds.filter((k) => k === 'title').length >= 2) kinds[duties] = 'units';
  }
  const units = kinds.findIndex((k) => k === 'units' || k === 'lead');
  if (!kinds.includes('title') && units >= 0) {
    const text = kinds.findIndex((k) => k === 'extra');
    if (text >= 0) kinds[text] = 'title';
  }
  return kinds;
}

const isHeaderRow = (cells: readonly string[]): boolean => {
  const kinds = headerKinds(cells);
  return kinds.filter((k) => k !== undefined).length >= 2 && kinds.includes('title') && (kinds.includes('units') || kinds.includes('lead'));
};

export const isRowBreak = (p: Piece): boolean => p.before === 'row' || p.before === 'line-row';

/** A piece that can be a header cell the reader does not know (建设地点, 监督方式): short, no figure, no sentence, no unit's name. */
const headerLike = (t: string): boolean => {
  const c = t.replace(/[\s\u3000]/gu, '');
  return shortPhrase(c) && !isAgencyName(c);
};

/** Short, no figure, no sentence: a header cell or one half of one wrapped over two lines (市政府 / 分管领导). */
const shortPhrase = (t: string): boolean => {
  const c = t.replace(/[\s\u3000]/gu, '');
  return c.length >= 2 && c.length <= 10 && !/\d{2,}|[。；;，,、：:]/u.test(c);
};

/**
 * Finds the header in a run of pieces: a run of short cells opening with a header name, with ≥ 2
 * header names among them (a task and a units column), header cells the reader does not know
 * between them (建设地点), and a header cell wrapped over two pieces joined.
 */
export function findHeader(pieces: Piece[]): [number, number] | undefined {
  for (let i = 0; i < pieces.length; i += 1) {
    if (headerKind((pieces[i] as Piece).text) === undefined) continue;
    let j = i;
    let lastKnown = i;
    while (j < pieces.length && j - i < 14 && (j === i || !isRowBreak(pieces[j] as Piece))) {
      const here = pieces[j] as Piece;
      const after = pieces[j + 1];
      // A header cell wrapped over two lines (市政府 / 分管领导) is one cell; cells a `|` separates are not joined.
      const gloss = after !== undefined && /^[（(][^（()）]{1,6}[）)]$/u.test(after.text);
      // (A unit's name joins only a 领导 cell: 市政府 / 分管领导, never a row's task after its units.)
      const joinable = shortPhrase(here.text) && (!isAgencyName(here.text.replace(/[\s\u3000]/gu, '')) || gloss || (after !== undefined && headerKind(here.text + after.text) === 'official'));
      if ((headerKind(here.text) === undefined || gloss) && joinable && after !== undefined && j > i && (after.before === 'wrap' || after.before === 'line') && headerKind(here.text + after.text) !== undefined) {
        pieces.splice(j, 2, { ...here, text: here.text + after.text });
      }
      const text = (pieces[j] as Piece).text;
      if (headerKind(text) !== undefined) lastKnown = j;
      else if (!headerLike(text) || j - lastKnown > 2) break;
      j += 1;
    }
    j = lastKnown + 1;
    // 备注 is the last column: a header-like cell after it (主要发展指标) is the first row's.
    const remark = pieces.slice(i, j).findIndex((c) => /^(备注|備註|备注栏)$/u.test(c.text.replace(/[\s\u3000]/gu, '')));
    if (remark >= 0 && i + remark + 1 < j) j = i + remark + 1;
    // The first row's merged category cell (分类 / 序号 / 事项 / … / 发展目标 / 1): a second task-like
    // name right before the first row's number, in a header that has a category column.
    const kinds = pieces.slice(i, j).map((c) => headerKind(c.text));
    if (j - i >= 4 && kinds[kinds.length - 1] === 'title' && kinds.slice(0, -1).includes('title') && kinds.includes('category') && /^\d{1,4}$/u.test(pieces[j]?.text ?? '')) j -= 1;
    // The first row's task cell taken for a header cell (重点工作 / 责任部门 / 完成某项指标 / 市甲局、…):
    // a units cell right after the header, where the header does not open with units, means the
    // cell before it is the row's task.
    while (j - i > 2 && !['units', 'lead', 'co'].includes(kinds[0] ?? '') && ['extra', 'title'].includes(kinds[j - i - 1] ?? '') && kinds.slice(0, j - i - 1).includes('title') && unitsLike(pieces[j]?.text ?? '')) {
      j -= 1;
      kinds.pop();
    }
    // The first row's merged category cell (类别 / 工作任务 / 责任部门 / 发展目标 / 某项任务): a task-like
    // cell after the units column, in a header with a category column and its task column
    // already named, and not itself a header the reader knows by name.
    const last = kinds[j - i - 1];
    const unitsAt = kinds.findIndex((k) => k === 'units' || k === 'lead' || k === 'co');
    if (j - i >= 4 && last === 'title' && kinds.includes('category') && unitsAt >= 0 && kinds.indexOf('title') < unitsAt && unitsAt < j - i - 1) {
      const known = HEADER_NAMES.title.includes((pieces[j - 1] as Piece).text.replace(/[\s\u3000]/gu, ''));
      if (!known) {
        j -= 1;
        kinds.pop();
      }
    }
    const cells = pieces.slice(i, j).map((c) => c.text);
    // Two columns (重点工作 / 责任部门) are a header only as a task and a units column.
    // (Or the units first, 相关部门 / 职责分工: what each body does.)
    const pair = j - i === 2 && ((kinds[0] === 'title' && ['units', 'lead'].includes(kinds[1] ?? '')) || (['units', 'lead'].includes(kinds[0] ?? '') && kinds[1] === 'title'));
    if ((j - i >= 3 || pair) && cells.filter((c) => headerKind(c) !== undefined).length >= 2 && isHeaderRow(cells)) {
      // Short cells up to the end of the header row are header cells the reader does not know (监督电话).
      let k = j;
      while (k < pieces.length && k - j < 4 && !isRowBreak(pieces[k] as Piece) && (pieces[k] as Piece).text.length <= 16 && !/^\d+$/u.test((pieces[k] as Piece).text)) k += 1;
      if (k < pieces.length && k > j && isRowBreak(pieces[k] as Piece)) j = k;
      return [i, continuedHeader(pieces, j)];
    }
  }
  return undefined;
}

/** A cell of unit names (市甲局、市乙局): its first name is an agency's. */
const unitsLike = (t: string): boolean => {
  const first = t.split(/[、，,；;\s]/u)[0] ?? '';
  return first.length >= 2 && isAgencyName(first);
};

/**
 * The end of a header row wrapped onto a second line (`序号 | 项目名称 | 责任单位 |` /
 * `任务完成率 | 备注 |`): a short run of header-like cells on a row of their own, right before a
 * row that opens with a number, still belongs to the header.
 */
function continuedHeader(pieces: readonly Piece[], end: number): number {
  const first = pieces[end];
  if (first === undefined || !isRowBreak(first)) return end;
  let k = end + 1;
  while (k < pieces.length && !isRowBreak(pieces[k] as Piece)) k += 1;
  const run = pieces.slice(end, k);
  const next = pieces[k];
  const headerCells = run.every((p) => headerLike(p.text) && numberedLine(p.text) === undefined && !isAgencyName(p.text));
  return run.length <= 4 && headerCells && next !== undefined && /^\d{1,4}$/u.test(next.text) ? k : end;
}

/**
 * For rows of `|` cells with no header row: infers the columns from the cells (see
 * {@link inferHeader}), puts a header of the reader's words before the first row, and says so.
 */
export function inferredHeader(pieces: Piece[], lines: readonly Cell[], sink: DiagnosticSink): [number, number] | undefined {
  const rows = lines.map((l) => ({ line: l.line, cells: l.text.split('|').map((c) => c.trim()) })).filter((r) => r.cells.filter((c) => c !== '').length >= 2);
  // Trailing empty cells are the closing `|`, not columns.
  const cells = rows.map((r) => {
    const out = [...r.cells];
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    if (out[0] === '') out.shift();
    return out;
  });
  const names = inferHeader(cells);
  const first = rows[0];
  if (names === undefined || first === undefined) return undefined;
  const at = pieces.findIndex((p) => p.line === first.line);
  if (at < 0) return undefined;
  pieces.splice(at, 0, ...names.map((text, i): Piece => ({ text, line: first.line, before: i === 0 ? 'row' : 'cell' })));
  (pieces[at + names.length] as Piece).before = 'row';
  sink.warn('missing-header', first.line, `no header row: columns inferred from their cells as ${names.join(' / ')}`);
  return [at, at + names.length];
}
