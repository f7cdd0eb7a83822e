// Reader for a Word table pasted as text: one cell per tab-indented line, a blank line between rows.
import type { ResponsibilityTable, TaskRecord, UnitMention } from '../types.js';
import { looksLikeHeader, mapColumns, type ColumnRole } from './columns.js';
import { DiagnosticSink } from './errors.js';
import { asciiDigits, quote, splitLines } from './text.js';
import { splitUnits } from './units.js';

export interface ParseOptions {
  /** File name used in diagnostics and error messages. */
  file?: string;
}

interface Cell {
  text: string;
  line: number;
}

type Item = { kind: 'row'; line: number; cells: Cell[] } | { kind: 'text'; line: number; text: string };

/** Groups lines into rows of cells (tab-indented lines) and free text lines; blank lines end a row. */
function scan(text: string): Item[] {
  const items: Item[] = [];
  let row: Extract<Item, { kind: 'row' }> | null = null;
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('\t')) {
      if (row === null) {
        row = { kind: 'row', line, cells: [] };
        items.push(row);
      }
      row.cells.push({ text: raw.trim(), line });
    } else {
      row = null;
      const trimmed = raw.trim();
      if (trimmed !== '') items.push({ kind: 'text', line, text: trimmed });
    }
  });
  return items;
}

const REQUIRED: readonly ColumnRole[] = ['number', 'title', 'units'];
const ROLE_LABEL: Record<ColumnRole, string> = {
  number: '序号 (number)',
  category: '类别 (category)',
  title: '重点任务 (task)',
  units: '责任单位 (responsible units)',
};

/**
 * Parses the "Word table pasted as text" layout of a responsibility-division table: an optional
 * preamble, a header row (序号 / 类别 / 重点任务 / 责任单位, in any order; 类别 optional; other
 * columns kept as `extra`), then one row per task. A category cell left empty inherits the category
 * above (vertically merged in the original). Units are split on 、 (and ，,；;); the first listed is
 * the lead, the others co-operate; a trailing 按职责分工负责 is recorded, not kept as a name.
 *
 * @throws {TableParseError} listing every error with its line when the text is not such a table,
 *   a row is missing cells, a task number is missing, repeated or not a number, or a task lists no unit.
 */
export function parseWordTable(text: string, options: ParseOptions = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  const items = scan(text);
  const rows = items.filter((it) => it.kind === 'row');
  if (rows.length === 0) {
    sink.error(
      'not-a-table',
      items[0]?.line ?? 1,
      'not a table: no tab-indented cells found (expected a Word table pasted as text: one cell per tab-indented line, a blank line between rows)',
    );
    sink.throwIfErrors();
  }

  const headerIndex = items.findIndex((it) => it.kind === 'row' && looksLikeHeader(it.cells.map((c) => c.text)));
  if (headerIndex < 0) {
    sink.error(
      'missing-header',
      rows[0]?.line ?? 1,
      'no header row found: expected a row of cells naming the columns, such as 序号 / 类别 / 重点任务 / 责任单位',
    );
    sink.throwIfErrors();
  }
  const header = items[headerIndex] as Extract<Item, { kind: 'row' }>;
  const columns = header.cells.map((c) => c.text);
  const { index, extra } = mapColumns(columns);
  const missing = REQUIRED.filter((role) => index[role] === undefined);
  if (missing.length > 0) {
    sink.error(
      'missing-column',
      header.line,
      `header row has no ${missing.map((r) => ROLE_LABEL[r]).join(', ')} column (found: ${columns.map((c) => quote(c)).join(' / ')})`,
    );
    sink.throwIfErrors();
  }

  const preamble: string[] = [];
  for (const it of items.slice(0, headerIndex)) {
    if (it.kind === 'text') preamble.push(it.text);
    else {
      preamble.push(...it.cells.map((c) => c.text));
      sink.warn('text-inside-table', it.line, 'cells before the header row are not read as a task; kept as preamble');
    }
  }

  const body = items.slice(headerIndex + 1);
  const lastRow = body.map((it) => it.kind).lastIndexOf('row');
  const notes: string[] = [];
  const tasks: TaskRecord[] = [];
  const categories: string[] = [];
  const seen = new Map<string, number>();
  let category: string | null = null;
  let previousNumber: number | undefined;

  body.forEach((it, i) => {
    if (it.kind === 'text') {
      if (i < lastRow) {
        sink.error('text-inside-table', it.line, `text ${quote(it.text)} between table rows: every cell must be a tab-indented line`);
      } else {
        notes.push(it.text);
        sink.warn('text-after-table', it.line, `text ${quote(it.text)} after the table is not a task; kept as a note`);
      }
      return;
    }
    if (it.cells.length !== columns.length) {
      const few = it.cells.length < columns.length;
      sink.error(
        few ? 'missing-cells' : 'extra-cells',
        it.line,
        `row has ${it.cells.length} cell${it.cells.length === 1 ? '' : 's'}, expected ${columns.length} (${columns.join(' / ')})${few ? '; an empty cell must still be a tab-indented line' : ''}`,
      );
      return;
    }
    const cell = (role: ColumnRole): Cell | undefined => {
      const at = index[role];
      return at === undefined ? undefined : it.cells[at];
    };
    const numberCell = cell('number') as Cell;
    const titleCell = cell('title') as Cell;
    const unitsCell = cell('units') as Cell;
    const categoryCell = cell('category');

    let ok = true;
    const id = asciiDigits(numberCell.text).replace(/[.．、。]$/u, '');
    if (id === '') {
      sink.error('bad-task-number', numberCell.line, 'task number (序号) is empty');
      ok = false;
    } else if (!/^\d+$/u.test(id)) {
      sink.error('bad-task-number', numberCell.line, `task number ${quote(numberCell.text)} is not a whole number`);
      ok = false;
    } else if (seen.has(String(Number(id)))) {
      sink.error('duplicate-task-number', numberCell.line, `task number ${id} is used twice (first on line ${seen.get(String(Number(id)))})`);
      ok = false;
    }

    if (categoryCell !== undefined) {
      if (categoryCell.text !== '') {
        category = categoryCell.text;
        if (!categories.includes(category)) categories.push(category);
      } else if (category === null) {
        sink.error('missing-category', categoryCell.line, 'category (类别) is empty on the first row, so there is no category above to continue');
        ok = false;
      }
    }
    if (titleCell.text === '') {
      sink.error('empty-title', titleCell.line, 'task (重点任务) cell is empty');
      ok = false;
    }

    const split = splitUnits(unitsCell.text);
    if (split.names.length === 0) {
      sink.error('empty-units', unitsCell.line, `no responsible unit listed${unitsCell.text === '' ? '' : ` in ${quote(unitsCell.text)}`}`);
      ok = false;
    }
    if (split.emptyPieces > 0) {
      sink.warn('empty-unit', unitsCell.line, `${split.emptyPieces} empty name${split.emptyPieces === 1 ? '' : 's'} between separators in the units cell (nothing to read there)`);
    }
    if (!ok) return;

    const number = Number(id);
    seen.set(String(number), numberCell.line);
    if (previousNumber !== undefined && number !== previousNumber + 1) {
      sink.warn('numbering-gap', numberCell.line, `task number ${number} follows ${previousNumber}`);
    }
    previousNumber = number;

    const units: UnitMention[] = [];
    const listed = new Set<string>();
    for (const name of split.names) {
      if (listed.has(name)) {
        sink.warn('duplicate-unit', unitsCell.line, `${quote(name)} is listed twice on task ${number}; counted once, at its first position`);
        continue;
      }
      listed.add(name);
      units.push({ name, role: units.length === 0 ? 'lead' : 'co', position: units.length, line: unitsCell.line });
    }
    const extraCells: Record<string, string> = {};
    for (const [at, name] of extra) extraCells[name] = it.cells[at]?.text ?? '';

    tasks.push({
      id: String(number),
      number,
      category: categoryCell === undefined ? null : category,
      title: titleCell.text,
      units,
      dutyClause: split.dutyClause,
      extra: extraCells,
      line: it.line,
    });
  });

  if (tasks.length === 0 && !sink.hasErrors) {
    sink.error('no-rows', header.line, 'the header row is not followed by any task row');
  }
  sink.throwIfErrors();

  const table: ResponsibilityTable = {
    layout: 'word-table',
    preamble,
    notes,
    columns,
    categories,
    tasks,
    diagnostics: sink.warnings,
  };
  if (options.file !== undefined) table.file = options.file;
  return table;
}
