// Reader for a Word table pasted as text: one cell per tab-indented line, a blank line between rows.
import type { ResponsibilityTable } from '../types.js';
import { DiagnosticSink } from './errors.js';
import { interpretRows, type Item } from './rows.js';
import { splitLines } from './text.js';

export interface ParseOptions {
  /** File name used in diagnostics and error messages. */
  file?: string;
  /**
   * Where the text marks no lead, take the first listed unit as the lead (the convention of
   * responsibility tables). Default: `true` for table layouts, `false` for prose layouts
   * (责任单位：X、Y alone records every unit as `responsible`).
   */
  firstListedLeads?: boolean;
  /**
   * Fail on any row or task that cannot be read (a `TableParseError` listing them all). Default
   * `false`: each such row is a warning on its line, kept in `notes`, and the rest is read.
   */
  strict?: boolean;
}

/** Groups lines into rows of cells (tab-indented lines) and free text lines; blank lines end a row. */
export function scanWordTable(text: string): Item[] {
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

/**
 * Parses the "Word table pasted as text" layout: an optional preamble, a header row naming the
 * columns (序号 / 类别 / 重点任务 / 责任单位, or 牵头单位 / 配合单位, in any order, in Chinese or
 * English; 类别 and 序号 optional; other columns kept as `extra`) — or, without a header, 3–5
 * cells read by position — then one row per task. A category cell left empty continues the
 * category above (vertically merged in the original). Units are read by {@link parseUnitPhrase}:
 * explicit 牵头 / 配合 marks and 牵头单位 / 配合单位 columns decide roles; otherwise the first
 * listed unit leads (unless `firstListedLeads: false`). Task numbers may be 1, 1., （一）, 一 ….
 *
 * @throws {TableParseError} listing every error with its line.
 */
export function parseWordTable(text: string, options: ParseOptions = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  const items = scanWordTable(text);
  if (!items.some((it) => it.kind === 'row')) {
    sink.error(
      'not-a-table',
      items[0]?.line ?? 1,
      'not a table: no tab-indented cells found (expected a Word table pasted as text: one cell per tab-indented line, a blank line between rows)',
    );
  }
  const table = sink.hasErrors ? undefined : interpretRows(items, { ...options, layout: 'word-table' }, sink);
  sink.throwIfErrors();
  return table as ResponsibilityTable;
}
