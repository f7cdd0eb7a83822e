// The ruling lines a PDF page draws (table borders): horizontal and vertical segments, from the
// page's drawing operators as pdf.js lists them (`page.getOperatorList()`).
import type { PdfJsOps } from './pdf-engine.js';
import { largest, smallest } from '../../largest.js';

/** An axis-parallel segment in page space (points, y growing downward): `x1 <= x2`, `y1 <= y2`, one of the two pairs equal. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The operator codes read (pdf.js's `OPS`). */
export interface RulingOps extends Pick<PdfJsOps, 'save' | 'restore' | 'transform' | 'constructPath' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd'> {
  /** Painting operators that stroke the path (`S`, `s`, `B` …). */
  stroke: readonly number[];
  /** Painting operators that fill it (`f`, `f*`, `B` …). */
  fill: readonly number[];
}

// pdf.js v5 path data: a flat list of drawing commands, each a code and its coordinates.
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` then `n` (PDF's row-vector convention: a point is transformed by `m` first). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const asMatrix = (v: unknown): Matrix | undefined => {
  if (v === null || typeof v !== 'object' || !('length' in v)) return undefined;
  const a = Array.from(v as ArrayLike<unknown>);
  return a.length === 6 && a.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (a as Matrix) : undefined;
};

const asNumbers = (v: unknown): ArrayLike<number> | undefined => {
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return v as unknown as ArrayLike<number>;
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v;
  return undefined;
};

/** The path data of a `constructPath` operator: `[paintOp, [data], minMax]` in pdf.js v5. */
function pathData(args: unknown): { paint: number; data: ArrayLike<number> } | undefined {
  if (!Array.isArray(args) || typeof args[0] !== 'number') return undefined;
  const holder: unknown = args[1];
  const data = asNumbers(holder) ?? (Array.isArray(holder) ? asNumbers(holder[0]) : undefined);
  return data === undefined ? undefined : { paint: args[0], data };
}

type Point = [number, number];

/** Subpaths of straight pieces; a curve ends the current run (it is not a ruling). */
function subpaths(data: ArrayLike<number>, m: Matrix): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean }[] = [];
  let current: { points: Point[]; closed: boolean } | undefined;
  const at = (x: number, y: number): Point => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  let i = 0;
  while (i < data.length) {
    const op = data[i] as number;
    if (op === MOVE || op === LINE) {
      const p = at(data[i + 1] as number, data[i + 2] as number);
      if (op === MOVE || current === undefined) out.push((current = { points: [p], closed: false }));
      else current.points.push(p);
      i += 3;
    } else if (op === CURVE || op === QUAD) {
      const n = op === CURVE ? 6 : 4;
      const end = at(data[i + n - 1] as number, data[i + n] as number);
      out.push((current = { points: [end], closed: false }));
      i += n + 1;
    } else if (op === CLOSE) {
      if (current !== undefined) {
        current.closed = true;
        const start = current.points[0] as Point;
        out.push((current = { points: [start], closed: false }));
      }
      i += 1;
    } else break;
  }
  return out.filter((s) => s.points.length > 1);
}

const EPSILON = 0.5;

/** The axis-parallel segment from `a` to `b`, or undefined for a slanted or empty one. */
function axisSegment(a: Point, b: Point): Segment | undefined {
  const [x1, x2] = a[0] <= b[0] ? [a[0], b[0]] : [b[0], a[0]];
  const [y1, y2] = a[1] <= b[1] ? [a[1], b[1]] : [b[1], a[1]];
  if (Math.abs(x2 - x1) <= EPSILON && y2 - y1 > EPSILON) return { x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 };
  if (Math.abs(y2 - y1) <= EPSILON && x2 - x1 > EPSILON) return { x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 };
  return undefined;
}

/** The largest thickness of a filled rectangle read as a line (borders are often drawn as thin filled boxes). */
export const MAX_RULE_THICKNESS = 3;

/** The segments a filled subpath draws: a thin axis-parallel rectangle is a line along its middle. */
function filledRule(points: readonly Point[]): Segment | undefined {
  const ring = points.length === 5 && Math.hypot((points[0] as Point)[0] - (points[4] as Point)[0], (points[0] as Point)[1] - (points[4] as Point)[1]) < EPSILON ? points.slice(0, 4) : points;
  if (ring.length !== 4) return undefined;
  for (let k = 0; k < 4; k += 1) {
    const [a, b] = [ring[k] as Point, ring[(k + 1) % 4] as Point];
    if (Math.abs(a[0] - b[0]) > EPSILON / 10 && Math.abs(a[1] - b[1]) > EPSILON / 10) return undefined;
  }
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x1, x2, y1, y2] = [smallest(xs), largest(xs), smallest(ys), largest(ys)];
  const w = x2 - x1;
  const h = y2 - y1;
  if (h <= MAX_RULE_THICKNESS && w > 2 * h) return { x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 };
  if (w <= MAX_RULE_THICKNESS && h > 2 * w) return { x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 };
  return undefined;
}

/**
 * The horizontal and vertical lines a page's operators draw, in page space with y flipped
 * (`pageTop` − y, so y grows downward from the top of the page): the straight pieces of stroked
 * paths (rectangles give their four sides) and thin filled rectangles, each placed through the
 * current transformation (`cm`, `q`/`Q`, form XObjects). Curves, slanted lines, clipping paths and
 * larger filled areas (cell shading, backgrounds) are not rulings.
 */
export function rulings(fnArray: readonly number[], argsArray: readonly unknown[], ops: RulingOps, pageTop: number): Segment[] {
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < fnArray.length; i += 1) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m !== undefined) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = Array.isArray(args) ? asMatrix(args[0]) : undefined;
      if (m !== undefined) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath) {
      const path = pathData(args);
      if (path === undefined) continue;
      const stroked = ops.stroke.includes(path.paint);
      const filled = ops.fill.includes(path.paint);
      if (!stroked && !filled) continue;
      for (const sub of subpaths(path.data, ctm)) {
        const points = sub.points;
        if (stroked) {
          const n = points.length;
          for (let k = 0; k + 1 < n || (sub.closed && k < n); k += 1) {
            const s = axisSegment(points[k] as Point, points[(k + 1) % n] as Point);
            if (s !== undefined) out.push(s);
          }
        } else {
          const s = filledRule(points);
          if (s !== undefined) out.push(s);
        }
      }
    }
  }
  return out.map((s) => ({ x1: s.x1, x2: s.x2, y1: pageTop - s.y2, y2: pageTop - s.y1 }));
}
