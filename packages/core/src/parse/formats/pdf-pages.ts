// Pages → blocks: on each page the text inside a ruled table goes into its cells and the rest into
// lines, in reading order; across pages a paragraph wrapped onto the next page joins, and a table
// continued on the next page (its header row repeated or not) becomes one table.
import type { Block } from './blocks.js';
import { bounds, fillGrid, findGrids, inside, type FilledGrid, type Grid } from './pdf-grid.js';
import { continues, groupLines, joinWrapped, linePitch, margins, paragraphLines, paragraphText, type Margins, type TextLine, type TextPiece } from './pdf-lines.js';
import type { Segment } from './pdf-rulings.js';

/** One part of a page, top to bottom: running text, or a table. */
export type PagePart = { kind: 'lines'; lines: TextLine[] } | { kind: 'table'; grid: Grid; table: FilledGrid };

/** A page laid out: its parts, and the margins and line pitch of its running text. */
export interface PageLayout {
  parts: PagePart[];
  margins: Margins;
  pitch: number | undefined;
}

// A page number printed as the page's first or last line: 3, - 3 -, — 3 —, 第3页, 3/10, 第 3 页 共 10 页 …
const PAGE_NUMBER = /^[-—–－~·\s]*(?:第\s*)?\d{1,4}\s*页?\s*(?:(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–－~·\s]*$/u;

/**
 * Lays out one page: the tables its ruling lines form (the `grids` given, or found from the
 * segments by {@link findGrids}) take the text pieces inside them; the other pieces form lines. A page
 * number on the first or last line is dropped. Parts are ordered by their top; a line beside a
 * table comes after it.
 */
export function layoutPage(pieces: readonly TextPiece[], rulings: readonly Segment[] | { grids: readonly Grid[] }): PageLayout {
  const grids = 'grids' in rulings ? rulings.grids : findGrids(rulings);
  const inGrid = grids.map((): TextPiece[] => []);
  const free: TextPiece[] = [];
  for (const piece of pieces) {
    const k = grids.findIndex((g) => inside(g, piece));
    if (k >= 0) (inGrid[k] as TextPiece[]).push(piece);
    else free.push(piece);
  }
  const lines = groupLines(free);
  const others = () => lines.length > 1 || grids.length > 0;
  if (others() && PAGE_NUMBER.test(lines[lines.length - 1]?.text ?? '')) lines.pop();
  if (others() && PAGE_NUMBER.test(lines[0]?.text ?? '')) lines.shift();
  const parts: PagePart[] = [];
  let next = 0;
  const flush = (until: number) => {
    const run: TextLine[] = [];
    while (next < lines.length && (lines[next] as TextLine).y - 0.3 * (lines[next] as TextLine).size < until) run.push(lines[next++] as TextLine);
    if (run.length > 0) parts.push({ kind: 'lines', lines: run });
  };
  for (const [k, grid] of grids.entries()) {
    flush(bounds(grid).top);
    parts.push({ kind: 'table', grid, table: fillGrid(grid, inGrid[k] as TextPiece[]) });
  }
  flush(Number.POSITIVE_INFINITY);
  return { parts, margins: margins(lines), pitch: linePitch(lines) };
}

const sameRow = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c.replace(/\s+/gu, '') === (b[i] as string).replace(/\s+/gu, ''));

/** A table being assembled, possibly over several pages. */
interface OpenTable {
  block: { kind: 'table'; rows: string[][] };
  /** Column boundaries on the last page, relative to the table's left edge. */
  widths: number[];
  /** For each column, whether the last row's cell is part of a merged cell spanning several rows. */
  mergedDown: boolean[];
}

const widthsOf = (grid: Grid) => grid.xs.map((x) => x - (grid.xs[0] as number));

/** Whether two column layouts match (same count, boundaries within 3 points). */
const sameColumns = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] as number)) <= 3);

/** Row spans of each cell's merged cell: how many rows share its anchor. */
function spans(table: FilledGrid): number[][] {
  const count = new Map<string, number>();
  for (const row of table.anchors) for (const [r, c] of row) count.set(`${r},${c}`, (count.get(`${r},${c}`) ?? 0) + 1);
  return table.anchors.map((row) => row.map(([r, c]) => count.get(`${r},${c}`) ?? 1));
}

/**
 * The table on the next page continuing `open`. Its first rows repeating the header (the first
 * rows of the table) are dropped. An empty cell at its top under a merged cell that ran to the
 * bottom of the previous page (or that is itself merged down) continues that cell's text. A row
 * broken by the page (its first row has an empty cell in a column no other row leaves empty,
 * such as 序号) is joined to the row it continues, cell by cell.
 */
function continueTable(open: OpenTable, grid: Grid, table: FilledGrid): void {
  const rows = open.block.rows;
  let skip = 0;
  for (let k = Math.min(3, table.rows.length, rows.length); k > 0; k -= 1) {
    if (table.rows.slice(0, k).every((r, i) => sameRow(r, rows[i] as string[]))) {
      skip = k;
      break;
    }
  }
  const body = table.rows.slice(skip).map((r) => [...r]);
  const anchors = table.anchors.slice(skip);
  const span = spans(table).slice(skip);
  const last = rows[rows.length - 1];
  const first = anchors[0];
  const filled = new Set<number>();
  if (last !== undefined && first !== undefined) {
    for (let c = 0; c < first.length; c += 1) {
      const [ar, ac] = first[c] as [number, number];
      const above = last[c] ?? '';
      if (ac !== c || above === '' || (body[0] as string[])[c] !== '' || !(open.mergedDown[c] === true || ((span[0] as number[])[c] as number) > 1)) continue;
      filled.add(c);
      for (const [r, row] of anchors.entries()) {
        const [br, bc] = row[c] as [number, number];
        if (br === ar && bc === ac) (body[r] as string[])[c] = above;
      }
    }
  }
  const head = body[0];
  if (last !== undefined && head !== undefined && rows.length > 1 && head.length === last.length) {
    const alwaysFilled = head.map((_, c) => rows.slice(1).every((r) => (r[c] ?? '').trim() !== ''));
    const broken = head.some((cell, c) => alwaysFilled[c] === true && !filled.has(c) && cell.trim() === '') && head.some((cell, c) => !filled.has(c) && cell.trim() !== '');
    if (broken) {
      for (const [c, cell] of head.entries()) if (!filled.has(c) && cell !== '') last[c] = joinWrapped(last[c] ?? '', cell);
      body.shift();
      anchors.shift();
    }
  }
  rows.push(...body);
  open.widths = widthsOf(grid);
  open.mergedDown = (spans(table).at(-1) ?? []).map((n) => n > 1);
}

/**
 * The blocks of a document from its pages: running text as paragraphs (see
 * {@link paragraphLines}; a paragraph wrapped onto the next page joins), tables as table blocks.
 * A table that ends its page and one with the same columns that starts the next are one table,
 * the repeated header rows dropped.
 */
export function assemble(pages: readonly PageLayout[]): Block[] {
  // Pages share a layout: where a page has too few full lines to tell its right margin, the
  // document's margins stand in.
  const all = margins(pages.flatMap((p) => p.parts.flatMap((part) => (part.kind === 'lines' ? part.lines : []))));
  const marginsOf = (page: PageLayout): Margins => (Number.isFinite(page.margins.right) ? page.margins : { left: page.margins.left, right: all.right });
  const blocks: Block[] = [];
  let open: OpenTable | undefined;
  let tail: { line: TextLine; margins: Margins; block: { kind: 'paragraph'; text: string } } | undefined;
  for (const page of pages) {
    for (const [i, part] of page.parts.entries()) {
      const atTop = i === 0;
      if (part.kind === 'table') {
        tail = undefined;
        if (atTop && open !== undefined && sameColumns(open.widths, widthsOf(part.grid))) continueTable(open, part.grid, part.table);
        else {
          const block = { kind: 'table' as const, rows: part.table.rows.map((r) => [...r]) };
          blocks.push(block);
          open = { block, widths: widthsOf(part.grid), mergedDown: (spans(part.table).at(-1) ?? []).map((n) => n > 1) };
        }
        continue;
      }
      open = undefined;
      const at = marginsOf(page);
      const groups = paragraphLines(part.lines, at, page.pitch);
      for (const [g, group] of groups.entries()) {
        const firstLine = group[0] as TextLine;
        if (g === 0 && atTop && tail !== undefined && continues(tail.line, firstLine, tail.margins, undefined, at)) {
          tail.block.text = joinWrapped(tail.block.text, paragraphText(group));
        } else {
          const text = paragraphText(group);
          if (text === '') continue;
          blocks.push({ kind: 'paragraph', text });
        }
        const block = blocks[blocks.length - 1];
        tail = block?.kind === 'paragraph' ? { line: group[group.length - 1] as TextLine, margins: at, block } : undefined;
      }
    }
    // Only what ends a page continues on the next: anything after a table closes it.
    const lastPart = page.parts[page.parts.length - 1];
    if (lastPart?.kind !== 'table') open = undefined;
    if (lastPart?.kind !== 'lines') tail = undefined;
  }
  return blocks;
}
