// Borgatti & Everett's core–periphery models: planted structures whose answer is known by
// construction, a worked example by hand, and the discrete search against every possible core on
// small perturbed matrices (NetworkX and igraph have no core–periphery model to check against).
import { buildResponsibilityGraph, corePeriphery, parseTable, twoModeCorePeriphery } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { continuousCoreness, type CellModel } from '../../../../packages/core/src/kernels/core-periphery.js';
import { discreteCorePeriphery } from '../../../../packages/core/src/kernels/core-periphery-discrete.js';
import { corePeripheryOfCsr } from '../../../../packages/core/src/structure/core-periphery.js';
import { pairsToCsr, type WeightedCsr } from '../../../../packages/core/src/structure/louvain.js';
import { seededRandom } from '../../../../packages/core/src/structure/random.js';
import { wordTable } from '../../../helpers/tables.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows)));

/** A symmetric CSR from a weight function on pairs i < j (0: no link). */
function oneMode(n: number, weight: (i: number, j: number) => number): WeightedCsr {
  const us: number[] = [];
  const vs: number[] = [];
  const ws: number[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const w = weight(i, j);
      if (w !== 0) {
        us.push(i);
        vs.push(j);
        ws.push(w);
      }
    }
  }
  return pairsToCsr(n, 0, Int32Array.from(us), Int32Array.from(vs), ws);
}

/** A bipartite CSR (rows 0 … r − 1, columns r … r + c − 1) from a weight function on cells. */
function twoMode(r: number, c: number, weight: (a: number, t: number) => number): WeightedCsr {
  return oneMode(r + c, (i, j) => (i < r && j >= r ? weight(i, j - r) : 0));
}

/** Pearson correlation of two equal-length lists. */
function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += ((x[i] as number) - mx) * ((y[i] as number) - my);
    sxx += ((x[i] as number) - mx) ** 2;
    syy += ((y[i] as number) - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** The cells of a model as lists: data a and ideal δ for a core (by definition, from scratch). */
function cellsOf(graph: WeightedCsr, model: CellModel, core: ArrayLike<number>): { a: number[]; ideal: number[] } {
  const w = new Map<string, number>();
  for (let i = 0; i < graph.n; i += 1) {
    for (let e = graph.offsets[i] as number; e < (graph.offsets[i + 1] as number); e += 1) w.set(`${i},${graph.targets[e]}`, graph.weights[e] as number);
  }
  const a: number[] = [];
  const ideal: number[] = [];
  for (let i = 0; i < graph.n; i += 1) {
    for (let j = i + 1; j < graph.n; j += 1) {
      if (model.mode === 'two-mode' && !(i < model.rows && j >= model.rows)) continue;
      a.push(w.get(`${i},${j}`) ?? 0);
      ideal.push(core[i] === 1 || core[j] === 1 ? 1 : 0);
    }
  }
  return { a, ideal };
}

/** The best correlation over every core (2^n of them), by definition. */
function bestByEnumeration(graph: WeightedCsr, model: CellModel): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let mask = 1; mask < 2 ** graph.n; mask += 1) {
    const core = Array.from({ length: graph.n }, (_, i) => (mask >> i) & 1);
    const { a, ideal } = cellsOf(graph, model, core);
    const r = pearson(a, ideal);
    if (r > best) best = r;
  }
  return best;
}

describe('corePeriphery: input', () => {
  it('throws on something that is not a graph', () => {
    expect(() => corePeriphery(null as never)).toThrow(/corePeriphery: expected a graph built by buildResponsibilityGraph/u);
    expect(() => twoModeCorePeriphery({} as never)).toThrow(/twoModeCorePeriphery: expected a graph/u);
  });

  it('no shared task at all: the correlations are undefined (null), the coreness 0', () => {
    const cp = corePeriphery(graphOf([['1', '甲', '任务一', 'A'], ['2', '', '任务二', 'B']]));
    expect(cp.correlation).toBeNull();
    expect(cp.continuousCorrelation).toBeNull();
    expect(cp.coreness).toEqual({ 'agency:A': 0, 'agency:B': 0 });
  });
});

describe('continuous coreness: planted patterns a_ij = c_i·c_j are recovered exactly', () => {
  const planted = [0.9, 0.8, 0.75, 0.3, 0.2, 0.15, 0.1, 0.05];
  const unit = (v: number[]): number[] => {
    const s = Math.sqrt(v.reduce((t, x) => t + x * x, 0));
    return v.map((x) => x / s);
  };

  it('one mode: ρ = 1 and c ∝ the planted vector', () => {
    const fit = continuousCoreness(oneMode(planted.length, (i, j) => (planted[i] as number) * (planted[j] as number)), { mode: 'one-mode' });
    expect(fit.correlation).toBeCloseTo(1, 9);
    const want = unit(planted);
    for (let i = 0; i < planted.length; i += 1) expect(fit.coreness[i]).toBeCloseTo(want[i] as number, 5);
  });

  it('two modes: ρ = 1, rows and columns each ∝ their planted vectors', () => {
    const rows = [1, 0.6, 0.2];
    const cols = [0.9, 0.5, 0.4, 0.1];
    const fit = continuousCoreness(twoMode(3, 4, (a, t) => (rows[a] as number) * (cols[t] as number)), { mode: 'two-mode', rows: 3 });
    expect(fit.correlation).toBeCloseTo(1, 9);
    const want = [...unit(rows), ...unit(cols)];
    for (let i = 0; i < want.length; i += 1) expect(fit.coreness[i]).toBeCloseTo(want[i] as number, 5);
  });

  it('the reported ρ is the correlation of the cells with c_i·c_j, computed from scratch', () => {
    const random = seededRandom(7);
    const graph = oneMode(9, () => (random() < 0.4 ? 1 : 0));
    const fit = continuousCoreness(graph, { mode: 'one-mode' });
    const a: number[] = [];
    const p: number[] = [];
    const { a: cells } = cellsOf(graph, { mode: 'one-mode' }, []);
    let k = 0;
    for (let i = 0; i < 9; i += 1) for (let j = i + 1; j < 9; j += 1) {
      a.push(cells[k] as number);
      p.push((fit.coreness[i] as number) * (fit.coreness[j] as number));
      k += 1;
    }
    expect(fit.correlation).toBeCloseTo(pearson(a, p), 12);
  });
});

describe('discrete core–periphery', () => {
  it('a worked example: on the path 0–1–2–3 the core is {1, 2} with ρ = 1/√5', () => {
    // Pairs 01 02 03 12 13 23: a = 1 0 0 1 0 1; with core {1, 2} the ideal is 1 1 0 1 1 1.
    // cov = 3/6 − (1/2)(5/6) = 1/12, var a = 1/4, var δ = 5/36: ρ = (1/12)/√(5/144) = 1/√5.
    // Core {1} gives 1/3, cores of three leave no periphery pair (ρ undefined).
    const path = oneMode(4, (i, j) => (j === i + 1 ? 1 : 0));
    const cp = corePeripheryOfCsr(path, { mode: 'one-mode' });
    expect(Array.from(cp.core)).toEqual([0, 1, 1, 0]);
    expect(cp.correlation).toBeCloseTo(1 / Math.sqrt(5), 14);
    // Continuous: the middle nodes are more core than the ends, symmetrically.
    expect(cp.coreness[1]).toBeGreaterThan(cp.coreness[0] as number);
    expect(cp.coreness[0]).toBeCloseTo(cp.coreness[3] as number, 9);
    expect(cp.coreness[1]).toBeCloseTo(cp.coreness[2] as number, 9);
  });

  it('a planted one-mode core (a clique tied to every periphery node, no periphery ties) is found with ρ = 1', () => {
    const core = new Set([2, 5, 7]);
    const graph = oneMode(10, (i, j) => (core.has(i) || core.has(j) ? 1 : 0));
    const cp = corePeripheryOfCsr(graph, { mode: 'one-mode' });
    expect([...cp.core].flatMap((c, i) => (c === 1 ? [i] : []))).toEqual([2, 5, 7]);
    expect(cp.correlation).toBeCloseTo(1, 14);
  });

  it('a planted two-mode core (core rows on every column, core columns with every row) is found with ρ = 1', () => {
    // Rows 0, 1 and columns 1, 3 are the core: b_at = 1 unless both are in the periphery.
    const graph = twoMode(4, 5, (a, t) => (a <= 1 || t === 1 || t === 3 ? 1 : 0));
    const cp = corePeripheryOfCsr(graph, { mode: 'two-mode', rows: 4 });
    expect(Array.from(cp.core)).toEqual([1, 1, 0, 0, 0, 1, 0, 1, 0]);
    expect(cp.correlation).toBeCloseTo(1, 14);
  });

  it('on perturbed matrices the search reaches the best core over all 2^n (one mode and two modes)', () => {
    const random = seededRandom(2024);
    for (let round = 0; round < 12; round += 1) {
      const core = new Set([0, 1, 2].filter(() => random() < 0.8).concat([3]));
      // The ideal pattern with about one cell in six flipped.
      const graph = oneMode(9, (i, j) => ((core.has(i) || core.has(j) ? 1 : 0) ^ (random() < 0.17 ? 1 : 0)));
      const cp = corePeripheryOfCsr(graph, { mode: 'one-mode' });
      const { a, ideal } = cellsOf(graph, { mode: 'one-mode' }, cp.core);
      expect(cp.correlation).toBeCloseTo(pearson(a, ideal), 12);
      expect(cp.correlation).toBeCloseTo(bestByEnumeration(graph, { mode: 'one-mode' }), 12);

      const model: CellModel = { mode: 'two-mode', rows: 4 };
      const two = twoMode(4, 6, (r, t) => ((r === 0 || t < 2 ? 1 : 0) ^ (random() < 0.15 ? 1 : 0)));
      const cp2 = corePeripheryOfCsr(two, model);
      const cells = cellsOf(two, model, cp2.core);
      expect(cp2.correlation).toBeCloseTo(pearson(cells.a, cells.ideal), 12);
      expect(cp2.correlation).toBeCloseTo(bestByEnumeration(two, model), 12);
    }
  });

  it('the local moves repair a poor starting order', () => {
    const core = new Set([0, 1, 2]);
    const graph = oneMode(8, (i, j) => (core.has(i) || core.has(j) ? 1 : 0));
    // In this order no prefix is {0, 1, 2}: the best prefix, {0, 1, 3, 4, 2}, leaves no tie in the
    // periphery but is too large; moving 3 and 4 out raises ρ to 1.
    const cp = discreteCorePeriphery(graph, { mode: 'one-mode' }, [[0, 1, 3, 4, 2, 5, 6, 7]]);
    expect(Array.from(cp.core)).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect(cp.correlation).toBeCloseTo(1, 14);
  });
});

describe('corePeriphery and twoModeCorePeriphery on a table', () => {
  // A, B, C share task 1 (a clique); D and E each share a task with every one of A, B, C and none
  // with each other: the projection is an ideal core–periphery pattern with core {A, B, C}.
  const g = graphOf([
    ['1', '甲', '任务一', 'A、B、C'],
    ['2', '', '任务二', 'A、D'],
    ['3', '', '任务三', 'B、D'],
    ['4', '', '任务四', 'C、D'],
    ['5', '', '任务五', 'A、E'],
    ['6', '', '任务六', 'B、E'],
    ['7', '', '任务七', 'C、E'],
  ]);

  it('the projection: core {A, B, C}, ρ = 1; the core agencies have the higher continuous coreness', () => {
    const cp = corePeriphery(g);
    expect(cp.core).toEqual(['agency:A', 'agency:B', 'agency:C']);
    expect(cp.correlation).toBeCloseTo(1, 14);
    expect(cp.continuousCorrelation).toBeGreaterThan(0.5);
    expect(cp.coreness['agency:A']).toBeGreaterThan(cp.coreness['agency:D'] as number);
    expect(Object.values(cp.coreness).reduce((s, c) => s + c * c, 0)).toBeCloseTo(1, 12);
  });

  it('two modes: A and B on every task and task 1 with every agency are the planted core, ρ = 1', () => {
    const cp = twoModeCorePeriphery(
      graphOf([
        ['1', '甲', '任务一', 'A、B、C、D'],
        ['2', '', '任务二', 'A、B'],
        ['3', '', '任务三', 'B、A'],
        ['4', '', '任务四', 'A、B'],
      ]),
    );
    expect(cp.core).toEqual(['agency:A', 'agency:B', 'task:1']);
    expect(cp.correlation).toBeCloseTo(1, 14);
    expect(Object.keys(cp.coreness)).toHaveLength(8);
    expect(cp.coreness['agency:A']).toBeGreaterThan(cp.coreness['agency:C'] as number);
    expect(cp.coreness['task:1']).toBeGreaterThan(cp.coreness['task:2'] as number);
  });
});
