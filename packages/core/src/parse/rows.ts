// Interprets rows of cells — from a pasted Word table, CSV, Markdown, XLSX or DOCX — as tasks:
// header mapping, merged category cells, task numbers, unit lists with roles.
import type { Layout, ResponsibilityTable, TaskRecord, UnitMention } from '../types.js';
import { looksLikeHeader, mapColumns, POSITIONAL_COLUMNS, type ColumnRole } from './columns.js';
import type { DiagnosticSink } from './errors.js';
import { MAIN_UNIT_LABEL } from './labels.js';
import { mergedColumns, paddedToWidth } from './merged-cells.js';
import type { HeaderKind } from './header-kind.js';
import { parentNumber, parseTaskNumber, subNumber } from './numbering.js';
import { isNoteLine } from './table-notes.js';
import { quote } from './text.js';
import { parseUnitPhrase, type PhraseUnit } from './unit-phrase.js';
import { isEmptyCellMark } from './unit-phrase-checks.js';
import { mergedHeaderRows } from './sub-header.js';

export interface Cell {
  text: string;
  line: number;
}

/** A row of cells, or a line of free text between rows. */
export type Item = { kind: 'row'; line: number; cells: Cell[] } | { kind: 'text'; line: number; text: string };

export interface RowOptions {
  layout: Layout;
  file?: string;
  /** Where no lead is marked, take the first listed unit as lead. Default `true` for tables. */
  firstListedLeads?: boolean;
  /** A row that cannot be read fails the whole parse (default: a warning on its line, the rest is read). */
  strict?: boolean;
  /**
   * The 类别 column was added by the reader (the table has none; heading rows give the
   * categories): a row before any heading simply has no category, with no warning.
   */
  addedCategory?: boolean;
}

const LABEL: Record<ColumnRole, string> = {
  number: '序号 (number)',
  category: '类别 (category)',
  title: '重点任务 (task)',
  units: '责任单位 (responsible units)',
  lead: '牵头单位 (lead)',
  co: '配合单位 (co-operating)',
};

/** Finds the header row (or infers positional columns) and returns the column map. */
function findHeader(items: readonly Item[], sink: DiagnosticSink) {
  const rows = items.filter((it): it is Extract<Item, { kind: 'row' }> => it.kind === 'row');
  const at = items.findIndex((it) => it.kind === 'row' && looksLikeHeader(it.cells.map((c) => c.text)));
  if (at >= 0) {
    const header = items[at] as Extract<Item, { kind: 'row' }>;
    // A header in two rows (责任单位 over 牵头单位 / 配合单位) is read as one; the body starts after both.
    const next = items[at + 1];
    const merged = next?.kind === 'row' ? mergedHeaderRows(header.cells.map((c) => c.text), next.cells.map((c) => c.text)) : undefined;
    const columns = merged ?? header.cells.map((c) => c.text);
    const map = mapColumns(columns);
    const hasUnits = map.index.units !== undefined || map.index.lead !== undefined;
    if (map.index.title === undefined || !hasUnits) {
      const missing = [map.index.title === undefined ? LABEL.title : undefined, hasUnits ? undefined : `${LABEL.units} or ${LABEL.lead}`].filter(Boolean);
      sink.error('missing-column', header.line, `header row has no ${missing.join(', ')} column (found: ${columns.map((c) => quote(c)).join(' / ')})`);
      return undefined;
    }
    return { at, end: merged === undefined ? at : at + 1, columns, ...map };
  }
  const first = rows[0];
  const positional = first === undefined ? undefined : POSITIONAL_COLUMNS[first.cells.length];
  if (first !== undefined && positional !== undefined && parseTaskNumber(first.cells[0]?.text ?? '') !== undefined) {
    sink.warn('missing-header', first.line, `no header row: columns read by position as ${positional.map((r) => LABEL[r]).join(' / ')}`);
    const index: Partial<Record<ColumnRole, number>> = {};
    positional.forEach((role, i) => (index[role] = i));
    const before = items.indexOf(first) - 1;
    return { at: before, end: before, columns: positional.map((r) => LABEL[r]), index, extra: [] as [number, string][] };
  }
  sink.error(
    'missing-header',
    first?.line ?? 1,
    'no header row found: expected a row of cells naming the columns, such as 序号 / 类别 / 重点任务 / 责任单位 (or 牵头单位 / 配合单位)',
  );
  return undefined;
}

/**
 * Reads tasks from rows of cells. See {@link parseWordTable} for the rules; every layout made of
 * rows (Word table as text, CSV/TSV, Markdown, XLSX, DOCX tables) goes through here.
 */
export function interpretRows(items: readonly Item[], options: RowOptions, sink: DiagnosticSink): ResponsibilityTable | undefined {
  const header = findHeader(items, sink);
  if (header === undefined) return undefined;
  const { at, end, columns, index, extra } = header;
  const convention = options.firstListedLeads === false ? 'marked-only' : 'first-listed';

  const preamble: string[] = [];
  for (const it of items.slice(0, Math.max(at, 0))) {
    if (it.kind === 'text') preamble.push(it.text);
    else {
      preamble.push(...it.cells.map((c) => c.text));
      sink.warn('text-inside-table', it.line, 'cells before the header row are not read as a task; kept as preamble');
    }
  }

  // A row of one cell opening 注：/备注：/说明： is a note under the table (or between its rows), not a
  // task whose other cells were merged from the row above.
  const body = items.slice(end + 1).map((it): Item => {
    if (it.kind !== 'row') return it;
    const filled = it.cells.filter((c) => c.text !== '');
    return filled.length === 1 && isNoteLine((filled[0] as Cell).text) ? { kind: 'text', text: (filled[0] as Cell).text, line: it.line } : it;
  });
  const lastRow = body.map((it) => it.kind).lastIndexOf('row');
  const notes: string[] = [];
  const tasks: TaskRecord[] = [];
  const categories: string[] = [];
  const seenCategories = new Set<string>();
  const seen = new Map<string, number>();
  let category: string | null = null;
  let previousNumber: number | undefined;

  const strict = options.strict === true;
  // A row that cannot be read: an error in strict mode, otherwise a warning on its line (the row is kept as a note).
  const problem = (code: Parameters<DiagnosticSink['error']>[0], line: number, message: string): void => {
    if (strict) sink.error(code, line, message);
    else sink.warn(code, line, `${message}; the row is skipped`);
  };
  // A row short of cells where they fit with the merged columns left out (a table copied from a
  // page leaves out vertically merged cells): those columns take the cells of the row above.
  const kindAt: HeaderKind[] = columns.map(() => 'extra');
  for (const [role, c] of Object.entries(index)) if (c !== undefined) kindAt[c] = role as HeaderKind;
  let above: Cell[] | undefined;
  // Rows that keep their empty last cell (a trailing tab or comma) keep empty cells: a row short of
  // cells there left merged cells out; elsewhere its trailing empty cells were only trimmed.
  const keepsEmpties = body.some((it) => it.kind === 'row' && it.cells.length === columns.length && it.cells[it.cells.length - 1]?.text === '');
  const withMerged = (it: Extract<Item, { kind: 'row' }>): Extract<Item, { kind: 'row' }> => {
    // (A pasted Word table keeps an empty cell as a line, and strict reading refuses a short row.)
    if (it.cells.length >= columns.length || above === undefined || strict || options.layout === 'word-table') return it;
    const texts = it.cells.map((c) => c.text);
    // Trailing empty cells trimmed away (配合单位, 完成时限 left blank): the row padded, nothing merged.
    if (!keepsEmpties && paddedToWidth(texts, kindAt) !== undefined) return { ...it, cells: [...it.cells, ...columns.slice(it.cells.length).map(() => ({ text: '', line: it.line }))] };
    const merged = mergedColumns(texts, kindAt);
    if (merged === undefined) return it;
    const own = [...it.cells];
    const cells = columns.map((_, c) => (merged.includes(c) ? { text: kindAt[c] === 'category' ? '' : ((above as Cell[])[c]?.text ?? ''), line: it.line } : (own.shift() as Cell)));
    const carried = merged.filter((c) => kindAt[c] !== 'category').map((c) => columns[c]);
    if (carried.length > 0) sink.warn('missing-cells', it.line, `row has ${it.cells.length} cells, expected ${columns.length}: read with its ${carried.join(' / ')} merged from the row above`);
    return { ...it, cells };
  };
  // A parent row of number and title alone over rows numbered below it (1 | 经济发展 / 1.1 | … / 1.2 | …):
  // the category of those rows, not a task short of its units (and no row for merged cells to fill).
  let parent: { number: string; title: string } | undefined;
  const numberAt = index.number;
  const titleAt = index.title;
  const parentOf = (it: Item, next: Item | undefined): { number: string; title: string } | undefined => {
    if (it.kind !== 'row' || next?.kind !== 'row' || numberAt === undefined || titleAt === undefined) return undefined;
    const title = it.cells[titleAt]?.text ?? '';
    if (title === '' || it.cells.some((c, k) => k !== numberAt && k !== titleAt && c.text !== '')) return undefined;
    const number = parentNumber(it.cells[numberAt]?.text ?? '', next.cells[numberAt]?.text ?? '');
    return number === undefined ? undefined : { number, title: title.replace(/。$/u, '') };
  };
  body.forEach((raw, i) => {
    const heads = parentOf(raw, body[i + 1]);
    if (heads !== undefined) {
      parent = heads;
      return;
    }
    const it = raw.kind === 'row' ? withMerged(raw) : raw;
    if (it.kind === 'row' && it.cells.length === columns.length) above = it.cells;
    if (it.kind === 'text') {
      if (i < lastRow) {
        if (strict) sink.error('text-inside-table', it.line, `text ${quote(it.text)} between table rows: every cell must be part of a row`);
        else {
          notes.push(it.text);
          sink.warn('text-inside-table', it.line, `text ${quote(it.text)} between table rows is not part of a row; kept as a note`);
        }
      } else {
        notes.push(it.text);
        sink.warn('text-after-table', it.line, `text ${quote(it.text)} after the table is not a task; kept as a note`);
      }
      return;
    }
    if (it.cells.length !== columns.length) {
      const few = it.cells.length < columns.length;
      problem(
        few ? 'missing-cells' : 'extra-cells',
        it.line,
        `row has ${it.cells.length} cell${it.cells.length === 1 ? '' : 's'}, expected ${columns.length} (${columns.join(' / ')})${few && options.layout === 'word-table' ? '; an empty cell must still be a tab-indented line' : ''}`,
      );
      if (!strict) notes.push(it.cells.map((c) => c.text).join(' / '));
      return;
    }
    const cell = (role: ColumnRole): Cell | undefined => {
      const c = index[role];
      return c === undefined ? undefined : it.cells[c];
    };
    const numberCell = cell('number');
    const titleCell = cell('title') as Cell;
    const categoryCell = cell('category');

    let ok = true;
    let number = tasks.length + 1;
    // A number below its parent's (1.1, 2.3.1): the task's id as written, its last part its number.
    const sub = numberCell === undefined ? undefined : subNumber(numberCell.text);
    if (parent !== undefined && !sub?.startsWith(`${parent.number}.`)) parent = undefined;
    let id: string | undefined;
    if (numberCell !== undefined && sub !== undefined) {
      if (seen.has(sub)) {
        problem('duplicate-task-number', numberCell.line, `task number ${sub} is used twice (first on line ${seen.get(sub)})`);
        ok = false;
      } else {
        id = sub;
        number = Number(sub.slice(sub.lastIndexOf('.') + 1));
      }
    } else if (numberCell !== undefined) {
      const parsed = parseTaskNumber(numberCell.text);
      if (numberCell.text === '') {
        problem('bad-task-number', numberCell.line, 'task number (序号) is empty');
        ok = false;
      } else if (parsed === undefined) {
        problem('bad-task-number', numberCell.line, `task number ${quote(numberCell.text)} is not a number (expected 1, 2, 3 … or 一, 二, 三 …)`);
        ok = false;
      } else if (seen.has(String(parsed))) {
        problem('duplicate-task-number', numberCell.line, `task number ${parsed} is used twice (first on line ${seen.get(String(parsed))})`);
        ok = false;
      } else number = parsed;
    }
    if (categoryCell !== undefined) {
      if (categoryCell.text !== '') {
        category = categoryCell.text;
        if (!seenCategories.has(category)) {
          seenCategories.add(category);
          categories.push(category);
        }
      } else if (category === null && options.addedCategory !== true) {
        sink.warn('missing-category', categoryCell.line, 'category (类别) is empty on the first row, so there is no category above to continue; the row is read without one');
      }
    }
    if (titleCell.text === '') {
      problem('empty-title', titleCell.line, 'task (重点任务) cell is empty');
      ok = false;
    }

    // Units: a 责任单位 cell (roles marked in it, or the first-listed convention), and/or 牵头单位 and 配合单位 cells.
    const found: { unit: PhraseUnit; line: number }[] = [];
    const attributes: Record<string, string> = {};
    let dutyClause = false;
    let leadSource: TaskRecord['leadSource'] = 'none';
    const hasLeadColumn = index.lead !== undefined;
    const hasCoColumn = index.co !== undefined;
    // Beside a 牵头单位 column, the units of a 责任单位 column (主要责任单位 beside 第一责任单位) co-operate;
    // beside a 配合单位 column alone, a 主要责任单位 column leads and a plain 责任单位 one is responsible
    // (as `X负责，Y配合` in prose), unless the document states the first-listed rule.
    const mainUnits = index.units !== undefined && MAIN_UNIT_LABEL.test((columns[index.units] ?? '').replace(/\s/gu, ''));
    const unitsRole = hasLeadColumn ? 'co' : hasCoColumn && mainUnits ? 'lead' : undefined;
    const unitCells: [Cell | undefined, 'lead' | 'co' | undefined][] = [
      [cell('lead'), 'lead'],
      [cell('units'), unitsRole],
      [cell('co'), 'co'],
    ];
    for (const [c, role] of unitCells) {
      if (c === undefined || c.text === '' || isEmptyCellMark(c.text)) continue;
      const phrase = parseUnitPhrase(c.text, hasLeadColumn || (hasCoColumn && options.firstListedLeads !== true) ? 'marked-only' : convention, role);
      dutyClause ||= phrase.dutyClause;
      if (phrase.leadSource !== 'none' && leadSource !== 'marked') leadSource = phrase.leadSource;
      for (const u of phrase.units) found.push({ unit: u, line: c.line });
      for (const o of [...phrase.officials, ...phrase.attributes]) attributes[o.label] = o.text;
      if (phrase.emptyPieces > 0) {
        sink.warn('empty-unit', c.line, `${phrase.emptyPieces} empty name${phrase.emptyPieces === 1 ? '' : 's'} between separators (nothing to read there)`);
      }
      for (const d of phrase.duplicates) sink.warn('duplicate-unit', c.line, `${quote(d)} is listed twice on task ${number}; counted once, at its first position`);
    }
    if (found.length === 0) {
      const where = cell('units') ?? cell('lead') ?? titleCell;
      const text = unitCells.map(([c]) => c?.text ?? '').join('');
      problem('empty-units', where.line, `no responsible unit listed${text === '' ? '' : ` in ${quote(text)}`}`);
      ok = false;
    }
    if (!ok) {
      if (!strict) notes.push(it.cells.map((c) => c.text).join(' / '));
      return;
    }

    seen.set(id ?? String(number), numberCell?.line ?? it.line);
    // (Sub-numbers restart under each parent: no gap to tell; the next top-level row follows the last one.)
    if (id === undefined && numberCell !== undefined && previousNumber !== undefined && number !== previousNumber + 1) {
      sink.warn('numbering-gap', numberCell.line, `task number ${number} follows ${previousNumber}`);
    }
    if (id === undefined) previousNumber = number;
    else if (parent !== undefined) previousNumber = Number(parent.number);

    const units: UnitMention[] = [];
    const listed = new Set<string>();
    for (const { unit, line } of found) {
      if (listed.has(unit.name)) {
        sink.warn('duplicate-unit', line, `${quote(unit.name)} is listed twice on task ${number}; counted once, at its first position`);
        continue;
      }
      listed.add(unit.name);
      units.push({ name: unit.name, canonical: unit.name, role: unit.role, position: units.length, line });
    }
    for (const [c, name] of extra) attributes[name] = it.cells[c]?.text ?? '';

    tasks.push({
      id: id ?? String(number),
      number,
      category: parent !== undefined ? parent.title : categoryCell === undefined ? null : category,
      title: titleCell.text.endsWith('。') ? titleCell.text.slice(0, -1) : titleCell.text,
      units,
      dutyClause,
      leadSource,
      extra: attributes,
      line: it.line,
    });
  });

  const headerLine = items[at]?.line ?? items[0]?.line ?? 1;
  // No row could be read: every problem found is an error, so the message shows them all.
  if (tasks.length === 0 && !strict) for (const d of sink.warnings.filter((w) => w.code !== 'missing-header')) sink.error(d.code, d.line, d.message.replace(/; the row is skipped$/u, ''));
  if (tasks.length === 0 && !sink.hasErrors) sink.error('no-rows', headerLine, 'the header row is not followed by any task row');
  if (sink.hasErrors) return undefined;

  const table: ResponsibilityTable = { layout: options.layout, preamble, notes, columns, categories, tasks, diagnostics: sink.warnings };
  if (options.file !== undefined) table.file = options.file;
  return table;
}
