// Tables rebuilt from ruling lines: the column and row boundaries the lines form, merged cells
// where an inner line is missing, and the text placed into the cells. Coordinates in points, y
// growing downward.
import type { Segment } from './pdf-rulings.js';
import { groupLines, ITEM_START, joinWrapped, type TextLine, type TextPiece } from './pdf-lines.js';
import { lastAtOrBefore } from '../text.js';
import { largest, smallest } from '../../largest.js';

/** How close two lines (or a line and a crossing) must be to count as the same (points). */
export const TOLERANCE = 2;

/** Rulings beyond this many on a page are not read as tables (a drawing, or a hostile file). */
export const MAX_RULINGS = 5_000;

/**
 * A table's grid: column boundaries `xs` (left to right) and row boundaries `ys` (top to bottom),
 * and for each grid cell the merged cell it belongs to.
 */
export interface Grid {
  xs: number[];
  ys: number[];
  /** `cell[r][c]`: index into `merged` of the cell covering grid cell (r, c). */
  cell: number[][];
  /** The merged cells: first and last grid row and column each covers. */
  merged: { top: number; left: number; bottom: number; right: number }[];
}

/** Positions within `tolerance` of the one before, chained, as one: their mean. */
function clusterPositions(values: readonly number[], tolerance = TOLERANCE): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - (group[group.length - 1] as number) > tolerance) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** A line of the grid: its position across, and the stretches it covers along. */
interface Rule {
  at: number;
  from: number;
  to: number;
}

/** Segments at (about) the same position joined where they touch or overlap. */
function joinRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const byPosition: Rule[][] = [];
  for (const r of sorted) {
    const last = byPosition[byPosition.length - 1];
    if (last !== undefined && r.at - (last[last.length - 1] as Rule).at <= TOLERANCE) last.push(r);
    else byPosition.push([r]);
  }
  const out: Rule[] = [];
  for (const group of byPosition) {
    const at = group.reduce((s, r) => s + r.at, 0) / group.length;
    const spans = [...group].sort((a, b) => a.from - b.from);
    let current: Rule | undefined;
    for (const r of spans) {
      if (current !== undefined && r.from <= current.to + TOLERANCE) current.to = Math.max(current.to, r.to);
      else out.push((current = { at, from: r.from, to: r.to }));
    }
  }
  return out;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let k = i;
    while (this.parent[k] !== root) [this.parent[k], k] = [root, this.parent[k] as number];
    return root;
  }
  union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

/** The fraction of [from, to] that the rules at `at` cover. */
function coverage(rules: readonly Rule[], at: number, from: number, to: number): number {
  let covered = 0;
  let reach = from;
  for (const r of rules) {
    if (Math.abs(r.at - at) > TOLERANCE || r.to <= reach || r.from >= to) continue;
    const start = Math.max(r.from, reach);
    const end = Math.min(r.to, to);
    if (end > start) covered += end - start;
    reach = Math.max(reach, end);
  }
  return to > from ? covered / (to - from) : 1;
}

/** The grid one set of connected rules forms, or undefined when it has fewer than two cells. */
function gridOf(horizontal: readonly Rule[], vertical: readonly Rule[]): Grid | undefined {
  const xs = clusterPositions([...vertical.map((v) => v.at), smallest(horizontal.map((h) => h.from)), largest(horizontal.map((h) => h.to))]);
  const ys = clusterPositions([...horizontal.map((h) => h.at), smallest(vertical.map((v) => v.from)), largest(vertical.map((v) => v.to))]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2) return undefined;
  const byFrom = (list: readonly Rule[]) => [...list].sort((a, b) => a.from - b.from);
  const hs = byFrom(horizontal);
  const vs = byFrom(vertical);
  const uf = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const [top, bottom, left, right] = [ys[r] as number, ys[r + 1] as number, xs[c] as number, xs[c + 1] as number];
      if (c + 1 < cols && coverage(vs, right, top, bottom) < 0.5) uf.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && coverage(hs, bottom, left, right) < 0.5) uf.union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const index = new Map<number, number>();
  const merged: Grid['merged'] = [];
  const cell = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const root = uf.find(r * cols + c);
      let k = index.get(root);
      if (k === undefined) {
        k = merged.length;
        index.set(root, k);
        merged.push({ top: r, left: c, bottom: r, right: c });
      }
      const m = merged[k] as Grid['merged'][number];
      m.top = Math.min(m.top, r);
      m.left = Math.min(m.left, c);
      m.bottom = Math.max(m.bottom, r);
      m.right = Math.max(m.right, c);
      return k;
    }),
  );
  return { xs, ys, cell, merged };
}

/**
 * The tables the ruling lines of a page form: lines touching or crossing each other (within
 * {@link TOLERANCE}) make one table, whose column boundaries are its vertical lines and row
 * boundaries its horizontal lines (the outer edge added where a side has no line). A grid cell
 * whose border with its neighbour is (mostly) not drawn is merged with it. A lone line, or a
 * single framed box, is no table. Tables top to bottom.
 */
export function findGrids(segments: readonly Segment[]): Grid[] {
  const horizontal = joinRules(segments.filter((s) => s.y1 === s.y2).map((s) => ({ at: s.y1, from: s.x1, to: s.x2 })));
  const vertical = joinRules(segments.filter((s) => s.x1 === s.x2 && s.y1 !== s.y2).map((s) => ({ at: s.x1, from: s.y1, to: s.y2 })));
  if (horizontal.length === 0 || vertical.length === 0 || horizontal.length + vertical.length > MAX_RULINGS) return [];
  const uf = new UnionFind(horizontal.length + vertical.length);
  for (const [i, h] of horizontal.entries()) {
    for (const [j, v] of vertical.entries()) {
      if (v.at >= h.from - TOLERANCE && v.at <= h.to + TOLERANCE && h.at >= v.from - TOLERANCE && h.at <= v.to + TOLERANCE) uf.union(i, horizontal.length + j);
    }
  }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  const group = (k: number) => {
    const root = uf.find(k);
    let g = groups.get(root);
    if (g === undefined) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  horizontal.forEach((h, i) => group(i).h.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).v.push(v));
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const grid = gridOf(g.h, g.v);
    if (grid !== undefined) grids.push(grid);
  }
  return grids.sort((a, b) => (a.ys[0] as number) - (b.ys[0] as number));
}

/** The grid's outer box. */
export const bounds = (grid: Grid) => ({ left: grid.xs[0] as number, right: grid.xs[grid.xs.length - 1] as number, top: grid.ys[0] as number, bottom: grid.ys[grid.ys.length - 1] as number });

/** Index of the band of `edges` (ascending) holding `v`, or -1 outside. */
function band(edges: readonly number[], v: number): number {
  if (v < (edges[0] as number) || v > (edges[edges.length - 1] as number)) return -1;
  // On the last edge: the last band.
  return Math.min(lastAtOrBefore(edges, v), Math.max(edges.length - 2, 0));
}

/** Whether a piece lies inside the grid's box (its middle, with a little slack). */
export function inside(grid: Grid, piece: TextPiece): boolean {
  const b = bounds(grid);
  const x = piece.x + piece.width / 2;
  const y = piece.y - 0.3 * piece.size;
  return x >= b.left - TOLERANCE && x <= b.right + TOLERANCE && y >= b.top - TOLERANCE && y <= b.bottom + TOLERANCE;
}

/** A piece crossing column boundaries split into its characters, spread evenly over its width. */
function splitAcross(grid: Grid, piece: TextPiece): TextPiece[] {
  const crosses = grid.xs.some((x) => x > piece.x + TOLERANCE && x < piece.x + piece.width - TOLERANCE);
  const chars = Array.from(piece.text);
  if (!crosses || chars.length < 2) return [piece];
  const w = piece.width / chars.length;
  return chars.map((ch, i) => ({ ...piece, text: ch, x: piece.x + i * w, width: w }));
}

/**
 * The text of one cell from its lines: a line that runs to the cell's right edge (less the
 * cell's padding and two characters: line breaking pushes a character or two on) continues on
 * the next line, and the two join (no space between CJK text, see {@link joinWrapped}); lines
 * ending earlier, or followed by a line starting like a list item, are separate paragraphs,
 * joined by '\n'.
 */
export function cellText(lines: readonly TextLine[], left: number, right: number): string {
  if (lines.length === 0) return '';
  const padding = Math.max(0, smallest(lines.map((l) => l.left)) - left);
  const limit = right - padding;
  let text = (lines[0] as TextLine).text;
  for (let i = 1; i < lines.length; i += 1) {
    const prev = lines[i - 1] as TextLine;
    const line = lines[i] as TextLine;
    const wrapped = prev.right >= limit - 2 * prev.size && !ITEM_START.test(line.text);
    text = wrapped ? joinWrapped(text, line.text) : `${text}\n${line.text}`;
  }
  return text;
}

/** A table read from a grid: rows of cell text (see {@link Block}), and for each cell its merged cell. */
export interface FilledGrid {
  rows: string[][];
  /** `merged[r][c]`: the merged cell's first row and column (the cell holding its text). */
  anchors: [number, number][][];
}

/**
 * Puts text pieces into the grid's cells (by the middle of each piece; a piece crossing a column
 * boundary by its characters) and reads each merged cell's text ({@link cellText}). A merged
 * cell's text is in its top-left grid cell; the grid cells below it in that column repeat it
 * (a vertical merge), the others covered by it are '' (a horizontal span).
 */
export function fillGrid(grid: Grid, pieces: readonly TextPiece[]): FilledGrid {
  const inCell = grid.merged.map((): TextPiece[] => []);
  for (const whole of pieces) {
    for (const piece of splitAcross(grid, whole)) {
      const c = band(grid.xs, piece.x + piece.width / 2);
      const r = band(grid.ys, piece.y - 0.3 * piece.size);
      if (r < 0 || c < 0) continue;
      inCell[(grid.cell[r] as number[])[c] as number]?.push(piece);
    }
  }
  const texts = grid.merged.map((m, k) => cellText(groupLines(inCell[k] as TextPiece[]), grid.xs[m.left] as number, grid.xs[m.right + 1] as number));
  const rows = grid.cell.map((row, r) =>
    row.map((k, c) => {
      const m = grid.merged[k] as Grid['merged'][number];
      return c === m.left && r >= m.top ? (texts[k] as string) : '';
    }),
  );
  const anchors = grid.cell.map((row) => row.map((k): [number, number] => [(grid.merged[k] as Grid['merged'][number]).top, (grid.merged[k] as Grid['merged'][number]).left]));
  return { rows, anchors };
}
