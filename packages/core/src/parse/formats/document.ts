// A document's paragraphs and tables (from any file format) → a responsibility table: the first
// table with a header row is read cell by cell; without one, the document's text is read in
// whatever layout it holds, exactly as if it had been pasted as text.
import type { ResponsibilityTable } from '../../types.js';
import { DiagnosticSink } from '../errors.js';
import { interpretGrid, type GridRow } from '../grid.js';
import { parseTable, type ParseTableOptions } from '../table.js';
import type { Block, Sheet } from './blocks.js';
import { joinCellLines } from './xml-scan.js';

const sameRow = (a: readonly string[], b: readonly string[]): boolean => {
  const trim = (r: readonly string[]) => {
    const cells = r.map((c) => c.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  };
  const x = trim(a);
  const y = trim(b);
  return x.length === y.length && x.every((c, i) => c === y[i]);
};

/** Lines of the document's text: a paragraph's lines, a table row as one cell per tab-indented line. */
export function documentText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') for (const line of block.text.split('\n')) lines.push(line);
    else {
      lines.push('');
      for (const row of block.rows) {
        const filled = row.filter((c) => c.trim() !== '');
        if (filled.length === 1 && row.length > 1) lines.push(joinCellLines(filled[0] as string), '');
        else lines.push(...row.map((c) => `\t${joinCellLines(c)}`), '');
      }
    }
  }
  return lines.join('\n');
}

/**
 * Reads a document given as blocks. The first table whose rows hold a header (序号 / 重点任务 /
 * 责任单位 …) is read by {@link interpretGrid}, with the paragraphs before it as preamble; tables
 * right after it whose first row repeats the header (a table continued on the next page, 续表)
 * continue it. Paragraphs and other tables after it are kept as notes, each with a warning.
 * Without such a table the text of the whole document (see {@link documentText}) is read by
 * `parseTable`, in any text layout (prose, labelled lines, a table flattened to lines …).
 * In messages, "line" counts paragraphs and table rows from the start of the document.
 */
export function readDocument(blocks: readonly Block[], options: ParseTableOptions = {}): ResponsibilityTable {
  const paragraphs: GridRow[] = [];
  let line = 1;
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'paragraph') {
      paragraphs.push({ cells: [block.text.replace(/\n+/gu, ' ')], line });
      line += 1;
      continue;
    }
    const rows: GridRow[] = block.rows.map((cells, i) => ({ cells, line: line + i }));
    line += rows.length;
    const probe = new DiagnosticSink(options.file);
    // Continuation tables: the next tables (with nothing but empty paragraphs or a 续表 line between) that start with this table's header.
    let next = index + 1;
    const header = block.rows.find((r) => r.filter((c) => c.trim() !== '').length >= 3);
    const continued: GridRow[] = [];
    let scanLine = line;
    while (header !== undefined && next < blocks.length) {
      const b = blocks[next] as Block;
      if (b.kind === 'paragraph' && /^\s*(续表\s*\d*|\(续\)|（续）)?\s*$/u.test(b.text)) {
        next += 1;
        scanLine += 1;
        continue;
      }
      if (b.kind !== 'table' || b.rows.length === 0 || !sameRow(b.rows[0] as string[], header)) break;
      for (const [i, cells] of b.rows.entries()) if (i > 0) continued.push({ cells, line: scanLine + i });
      scanLine += b.rows.length;
      next += 1;
    }
    const table = interpretGrid([...paragraphs, ...rows, ...continued], 'grid', options, probe);
    if (table === undefined && !probe.items.some((d) => d.code !== 'missing-header')) continue;
    probe.throwIfErrors();
    const found = table as ResponsibilityTable;
    let after = scanLine;
    for (const rest of blocks.slice(next)) {
      const texts = rest.kind === 'paragraph' ? [rest.text] : rest.rows.map((r) => r.filter((c) => c.trim() !== '').join(' | '));
      for (const text of texts.map((t) => t.trim())) {
        if (text !== '') {
          found.notes.push(text);
          const d =
            rest.kind === 'paragraph'
              ? { severity: 'warning' as const, code: 'text-after-table' as const, message: `text “${text.slice(0, 40)}” after the table is not a task; kept as a note`, line: after }
              : { severity: 'warning' as const, code: 'unread-table' as const, message: `a row of a second table (“${text.slice(0, 40)}”) is not read as tasks; kept as a note`, line: after };
          found.diagnostics.push(options.file === undefined ? d : { ...d, file: options.file });
        }
        after += 1;
      }
    }
    const tables = blocks.filter((b) => b.kind === 'table').length;
    const ordinal = blocks.slice(0, index + 1).filter((b) => b.kind === 'table').length;
    found.evidence = [
      `table ${ordinal} of the document's ${tables} has a header row (${found.columns.join(' / ')}): read cell by cell`,
      ...(continued.length > 0 ? [`tables after it repeating its header (续表) continue it: ${continued.length} more rows`] : []),
    ];
    return found;
  }
  const text = parseTable(documentText(blocks), options);
  return { ...text, evidence: ['no table of the document has a header row: its text is read', ...(text.evidence ?? [])] };
}

/**
 * Reads a workbook: the first sheet whose rows hold a header row is read by {@link interpretGrid}
 * ("line" is the spreadsheet row); other sheets with cells get a warning naming them, so no sheet
 * is dropped unsaid. Without a header on any sheet, the error of the first sheet is thrown.
 */
export function readWorkbook(sheets: readonly Sheet[], options: ParseTableOptions = {}): ResponsibilityTable {
  let firstFailure: DiagnosticSink | undefined;
  for (const [index, sheet] of sheets.entries()) {
    const sink = new DiagnosticSink(options.file);
    const table = interpretGrid(
      sheet.rows.map((cells, i) => ({ cells, line: i + 1 })),
      'grid',
      options,
      sink,
    );
    if (table === undefined) {
      if (sink.items.some((d) => d.code !== 'missing-header')) sink.throwIfErrors();
      firstFailure ??= sink;
      continue;
    }
    sink.throwIfErrors();
    const others = sheets.filter((s, i) => i !== index && s.rows.some((r) => r.some((c) => c.trim() !== '')));
    for (const other of others) {
      const d = { severity: 'warning' as const, code: 'unread-table' as const, message: `sheet “${other.name}” is not read (the table is on sheet “${sheet.name}”)`, line: 1 };
      table.diagnostics.push(options.file === undefined ? d : { ...d, file: options.file });
    }
    table.evidence = [`sheet “${sheet.name}” (${index + 1} of ${sheets.length}) has a header row (${table.columns.join(' / ')}): read cell by cell`];
    return table;
  }
  if (firstFailure === undefined) {
    const sink = new DiagnosticSink(options.file);
    sink.error('no-rows', 1, 'the workbook has no cells');
    firstFailure = sink;
  }
  firstFailure.throwIfErrors();
  throw new Error('unreachable');
}
