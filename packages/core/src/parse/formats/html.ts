// Web pages (.html, .htm): paragraphs and tables in reading order, read with htmlparser2.
// `rowspan` repeats a cell's text down, `colspan` leaves the covered cells empty; a table holding
// other tables is a layout table, read as the paragraphs and tables inside it. Scripts, styles,
// navigation, forms and hidden elements are not text.
import { Parser } from 'htmlparser2';
import { DiagnosticSink } from '../errors.js';
import type { Block } from './blocks.js';
import { MAX_CELLS, MAX_COLUMNS, MAX_NESTING } from './limits.js';

/** Elements whose content is never document text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'select', 'button', 'iframe', 'object', 'svg', 'math', 'textarea', 'map']);

/** Elements that end a paragraph where they open and where they close. */
const BREAKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'main',
  'aside', 'blockquote', 'pre', 'center', 'form', 'hr', 'address', 'figure', 'figcaption', 'caption', 'tr', 'body', 'fieldset', 'details', 'summary',
]);

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr']);

interface Cell {
  parts: Block[];
  buffer: string;
  rowspan: number;
  colspan: number;
  /** The table the cell belongs to. */
  table: Table;
}

interface Table {
  rows: Cell[][];
  /** True once a table was found inside one of its cells. */
  nested: boolean;
}

/** Where text goes: the document or a table cell. */
interface Container {
  parts: Block[];
  buffer: string;
  table?: Table;
}

const isHidden = (attribs: Record<string, string>): boolean =>
  'hidden' in attribs || /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(attribs.style ?? '') || attribs['aria-hidden'] === 'true' || attribs.role === 'navigation';

const span = (value: string | undefined): number => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
};

const cellText = (cell: Cell): string =>
  cell.parts
    .map((p) => (p.kind === 'paragraph' ? p.text : ''))
    .filter((t) => t !== '')
    .join('\n');

/** A table without tables inside it → rows of a grid, with row and column spans laid out. */
function gridOf(table: Table, sink: DiagnosticSink, budget: { cells: number }): string[][] | undefined {
  const grid: (string | undefined)[][] = table.rows.map(() => []);
  for (const [r, row] of table.rows.entries()) {
    for (const cell of row) {
      const line = grid[r] as (string | undefined)[];
      let c = 0;
      while (line[c] !== undefined) c += 1;
      if (c + cell.colspan > MAX_COLUMNS) {
        sink.error('too-large', 1, `a table row spans more than ${MAX_COLUMNS} columns (colspan ${cell.colspan})`);
        return undefined;
      }
      const text = cellText(cell);
      const down = Math.min(cell.rowspan, table.rows.length - r);
      budget.cells -= down * cell.colspan;
      if (budget.cells < 0) {
        sink.error('too-large', 1, `the page's tables have more than ${MAX_CELLS} cells`);
        return undefined;
      }
      for (let dr = 0; dr < down; dr += 1) {
        const target = grid[r + dr] as (string | undefined)[];
        // A cell covered by a row span repeats the text; one covered by a column span is empty.
        for (let dc = 0; dc < cell.colspan; dc += 1) target[c + dc] = dc === 0 ? text : '';
      }
    }
  }
  return grid.map((row) => Array.from(row, (c) => c ?? ''));
}

/** Reads decoded HTML into blocks. */
export function htmlBlocks(html: string, file?: string): Block[] {
  const sink = new DiagnosticSink(file);
  const budget = { cells: MAX_CELLS };
  const document: Container = { parts: [], buffer: '' };
  const containers: Container[] = [document];
  const tables: Table[] = [];
  let skipDepth = 0;
  const skipStack: string[] = [];
  let pre = 0;
  // Elements open at once, as the parser counts them (it reports the ones it closes implicitly too).
  let depth = 0;
  const tooDeep = new Error('too deep');
  const top = (): Container => containers[containers.length - 1] as Container;
  const flush = (): void => {
    const container = top();
    for (const text of container.buffer.split('\n')) {
      const trimmed = text.trim();
      if (trimmed !== '') container.parts.push({ kind: 'paragraph', text: trimmed });
    }
    container.buffer = '';
  };
  const closeCell = (): void => {
    if (tables.length > 0 && top().table === tables.at(-1)) {
      flush();
      containers.pop();
    }
  };
  const closeTable = (): void => {
    closeCell();
    const table = tables.pop() as Table;
    let blocks: Block[];
    if (table.nested) {
      blocks = table.rows.flatMap((row) => row.flatMap((cell) => cell.parts));
    } else {
      const rows = gridOf(table, sink, budget);
      blocks = rows === undefined || rows.length === 0 ? [] : [{ kind: 'table', rows }];
    }
    flush();
    const parts = top().parts;
    for (const block of blocks) parts.push(block);
    if (containers.length > 1 && tables.length > 0) (tables.at(-1) as Table).nested = true;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!VOID.has(name)) depth += 1;
        if (depth > MAX_NESTING) throw tooDeep;
        if (skipDepth > 0 || SKIPPED.has(name) || isHidden(attribs)) {
          if (!VOID.has(name)) {
            skipDepth += 1;
            skipStack.push(name);
          }
          return;
        }
        if (name === 'table') {
          flush();
          tables.push({ rows: [], nested: false });
        } else if (name === 'tr') {
          closeCell();
          tables.at(-1)?.rows.push([]);
        } else if (name === 'td' || name === 'th') {
          const table = tables.at(-1);
          if (table === undefined) return;
          closeCell();
          if (table.rows.length === 0) table.rows.push([]);
          const cell: Cell = { parts: [], buffer: '', rowspan: span(attribs.rowspan), colspan: Math.min(span(attribs.colspan), MAX_COLUMNS + 1), table };
          (table.rows.at(-1) as Cell[]).push(cell);
          containers.push(cell);
        } else if (name === 'pre') {
          pre += 1;
          flush();
        } else if (BREAKS.has(name)) flush();
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const clean = text.replace(/\u00a0/gu, ' ');
        top().buffer += pre > 0 ? clean : clean.replace(/[\t\n\r\f ]+/gu, ' ');
      },
      onclosetag(name) {
        if (!VOID.has(name)) depth -= 1;
        if (skipDepth > 0) {
          if (skipStack.at(-1) === name) {
            skipStack.pop();
            skipDepth -= 1;
          }
          return;
        }
        if (name === 'table' && tables.length > 0) closeTable();
        else if ((name === 'td' || name === 'th') && tables.length > 0) closeCell();
        else if (name === 'pre') {
          flush();
          pre = Math.max(0, pre - 1);
        } else if (BREAKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (error !== tooDeep) throw error;
    sink.error('too-large', 1, `the page nests its elements more than ${MAX_NESTING} deep (real pages nest a few dozen): not read`);
    sink.throwIfErrors();
  }
  while (tables.length > 0) closeTable();
  flush();
  sink.throwIfErrors();
  return document.parts;
}

/** The charset a page declares (`<meta charset>`, `http-equiv` Content-Type, or an XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 8192)));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/iu.exec(head) ?? /<\?xml\b[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.-]+)/iu.exec(head);
  return m?.[1]?.toLowerCase();
}

