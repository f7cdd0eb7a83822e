// Robustness curves: a table worked by hand for each ordering, the union–find curves against a
// search from scratch after every removal, and the seeded random average against the exact
// expectation over every order (R bipartite's robustness is the reference definition; NetworkX
// and igraph have no such function).
import { attackCurves, areaUnder, betweenness, buildResponsibilityGraph, compact, parseTable, robustness, type CompactGraph } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../packages/core/src/structure/random.js';
import { wordTable } from '../../../helpers/tables.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows)));

/** Covered share and largest component share after removing `removed`, by a search from scratch. */
function fromScratch(view: CompactGraph, removed: Set<number>): { covered: number; largest: number } {
  const n = view.keys.length;
  let covered = 0;
  for (let t = view.nA; t < n; t += 1) {
    let any = false;
    for (let e = view.offsets[t] as number; e < (view.offsets[t + 1] as number); e += 1) if (!removed.has(view.neighbors[e] as number)) any = true;
    if (any) covered += 1;
  }
  const seen = new Uint8Array(n);
  let largest = 0;
  for (let s = 0; s < n; s += 1) {
    if (seen[s] === 1 || removed.has(s)) continue;
    const stack = [s];
    seen[s] = 1;
    let size = 0;
    while (stack.length > 0) {
      const v = stack.pop() as number;
      size += 1;
      for (let e = view.offsets[v] as number; e < (view.offsets[v + 1] as number); e += 1) {
        const u = view.neighbors[e] as number;
        if (seen[u] === 0 && !removed.has(u)) {
          seen[u] = 1;
          stack.push(u);
        }
      }
    }
    largest = Math.max(largest, size);
  }
  return { covered: covered / view.nT, largest: largest / n };
}

// A is on tasks 1–3 and leads them (listed first); B co-operates on 3 and leads 5, with C; C leads 4.
// Agencies A, B, C; tasks 1–5; N = 8 nodes.
const rows = [
  ['1', '甲', '任务一', 'A'],
  ['2', '', '任务二', 'A'],
  ['3', '', '任务三', 'A、B'],
  ['4', '', '任务四', 'C'],
  ['5', '', '任务五', 'B、C'],
];
const g = graphOf(rows);

describe('robustness: input', () => {
  it('throws on bad options', () => {
    expect(() => robustness(null as never)).toThrow(/robustness: expected a graph/u);
    expect(() => robustness(g, { strategy: 'size' as never })).toThrow('robustness: invalid `strategy` "size" (expected random, tasks, lead, betweenness)');
    expect(() => robustness(g, { replicates: 0 })).toThrow('robustness: invalid `replicates` 0 (expected a whole number ≥ 1)');
    expect(() => robustness(g, { seed: -1 })).toThrow('robustness: invalid `seed` -1');
    expect(() => attackCurves(compact(g), [0, 0, 1])).toThrow('attackCurves: agency 0 appears twice in the order');
  });
});

describe('robustness: worked by hand', () => {
  it('by tasks: A (3 tasks), then B (2, leads 1) before C (2, leads 1) by table order', () => {
    // Removed: none → all 5 tasks covered, one component of all 8 nodes.
    // A gone: tasks 1, 2 lose their only agency (3/5); components {B, 3, 5, C, 4} (5), 1, 2 → 5/8.
    // B gone: task 3 too (2/5); {C, 4, 5} (3) → 3/8. C gone: 0 tasks; single tasks → 1/8.
    const r = robustness(g, { strategy: 'tasks' });
    expect(r.covered).toEqual([1, 3 / 5, 2 / 5, 0]);
    expect(r.largest).toEqual([1, 5 / 8, 3 / 8, 1 / 8]);
    // Trapezoids of width 1/3: ((1 + 0.6) + (0.6 + 0.4) + (0.4 + 0)) / 2 / 3 = 1.5 / 3.
    expect(r.aucCovered).toBeCloseTo(0.5, 14);
    expect(r.aucLargest).toBeCloseTo(((1 + 5 / 8) + (5 / 8 + 3 / 8) + (3 / 8 + 1 / 8)) / 6, 14);
  });

  it('by lead: A leads 3 tasks, B and C one each (tied, then by tasks, then table order): A, B, C', () => {
    expect(robustness(g, { strategy: 'lead' }).covered).toEqual([1, 3 / 5, 2 / 5, 0]);
  });

  it('by betweenness: the order of two-mode betweenness, B (the bridge) first', () => {
    const b = betweenness(g);
    expect(b['agency:B']).toBeGreaterThan(b['agency:A'] as number);
    // B gone: tasks all still covered (3 by A, 5 by C); components {A, 1, 2, 3} and {C, 4, 5} → 4/8.
    const r = robustness(g, { strategy: 'betweenness' });
    expect(r.covered[1]).toBe(1);
    expect(r.largest[1]).toBe(4 / 8);
  });

  it('random: seeded and reproducible, and its mean tends to the exact mean over all 3! orders', () => {
    const view = compact(g);
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    const exact = orders.map((o) => attackCurves(view, o)).reduce((s, c) => s.map((v, k) => v + (c.covered[k] as number) / 6), [0, 0, 0, 0]);
    const r = robustness(g, { replicates: 20_000, seed: 7 });
    for (let k = 0; k < 4; k += 1) expect(Math.abs((r.covered[k] as number) - (exact[k] as number))).toBeLessThan(0.01);
    expect(robustness(g, { replicates: 5, seed: 7 })).toEqual(robustness(g, { replicates: 5, seed: 7 }));
    expect(robustness(g, { replicates: 5, seed: 7 }).covered).not.toEqual(robustness(g, { replicates: 5, seed: 8 }).covered);
  });
});

describe('attackCurves against a search after every removal', () => {
  it('random tables, random orders', () => {
    const random = seededRandom(17);
    for (let round = 0; round < 15; round += 1) {
      const names = 'ABCDEFGH'.split('');
      const table = Array.from({ length: 10 }, (_, t) => {
        const units = new Set([names[Math.floor(random() * 8)] as string]);
        if (random() < 0.6) units.add(names[Math.floor(random() * 8)] as string);
        return [String(t + 1), '甲', `任务${t + 1}`, [...units].join('、')];
      });
      const view = compact(graphOf(table));
      const order = Array.from({ length: view.nA }, (_, i) => i).sort(() => random() - 0.5);
      const curves = attackCurves(view, order);
      for (let k = 0; k <= view.nA; k += 1) {
        const want = fromScratch(view, new Set(order.slice(0, k)));
        expect(curves.covered[k]).toBeCloseTo(want.covered, 14);
        expect(curves.largest[k]).toBeCloseTo(want.largest, 14);
      }
    }
  });

  it('areaUnder is the trapezoid rule on k/n', () => {
    expect(areaUnder([1, 0])).toBe(0.5);
    expect(areaUnder([1, 1, 0])).toBe(0.75);
    expect(areaUnder([1])).toBe(0);
  });
});
