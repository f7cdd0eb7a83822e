// Gould & Fernandez brokerage roles: a worked network by hand, a worked table, and the kernel
// against the definition (every ordered triple) on random networks. NetworkX and igraph have no
// brokerage roles; the definition followed is R sna's `brokerage`.
import { brokerage, brokerageCounts, buildResponsibilityGraph, compact, leadNetwork, parseTable, type Digraph } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { leadArcs } from '../../../../packages/core/src/kernels/brokerage.js';
import { seededRandom } from '../../../../packages/core/src/structure/random.js';
import { wordTable } from '../../../helpers/tables.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows)));

function digraph(n: number, arcs: [number, number][]): Digraph {
  const offsets = new Int32Array(n + 1);
  const sorted = [...arcs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [a] of sorted) offsets[a + 1] = (offsets[a + 1] as number) + 1;
  for (let i = 0; i < n; i += 1) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  return { n, offsets, targets: Int32Array.from(sorted.map(([, b]) => b)) };
}

const ROLE_NAMES = ['coordinator', 'consultant', 'gatekeeper', 'representative', 'liaison'] as const;
const rolesOf = (r: ReturnType<typeof brokerageCounts>, i: number) => ROLE_NAMES.map((k) => r[k][i]);

describe('brokerage: input', () => {
  it('throws on something that is not a graph, and on an unknown grouping', () => {
    expect(() => brokerage(null as never)).toThrow(/brokerage: expected a graph/u);
    expect(() => brokerage(graphOf([['1', '甲', '任务一', 'A、B']]), { grouping: 'party' as never })).toThrow('brokerage: invalid `grouping` "party" (expected category, community, kind)');
  });
});

describe('brokerageCounts: a worked network', () => {
  // Arcs 0→1, 4→1, 1→2, 1→3, 1→5, 2→3; groups 0 0 0 1 1 2.
  // Through 1: 0→1→2 (0 0 0: coordinator), 0→1→3 (0 0 1: representative), 0→1→5 (0 0 2:
  // representative), 4→1→2 (1 0 0: gatekeeper), 4→1→3 (1 0 1: consultant), 4→1→5 (1 0 2: liaison).
  // Through 2: 1→2→3 is closed by the arc 1→3, so 2 brokers nothing.
  const g = digraph(6, [[0, 1], [4, 1], [1, 2], [1, 3], [1, 5], [2, 3]]);
  const r = brokerageCounts(g, [0, 0, 0, 1, 1, 2]);

  it('counts every role of node 1 by hand', () => {
    expect(rolesOf(r, 1)).toEqual([1, 1, 1, 2, 1]);
  });

  it('no other node brokers', () => {
    for (const v of [0, 2, 3, 4, 5]) expect(rolesOf(r, v)).toEqual([0, 0, 0, 0, 0]);
  });

  it('a path back to its start (a → v → a) is no brokerage', () => {
    const back = brokerageCounts(digraph(2, [[0, 1], [1, 0]]), [0, 0]);
    expect(rolesOf(back, 0)).toEqual([0, 0, 0, 0, 0]);
    expect(rolesOf(back, 1)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('brokerageCounts: against the definition on random networks', () => {
  it('equals a count over every ordered triple (a, v, b)', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 20; round += 1) {
      const n = 8;
      const arcs: [number, number][] = [];
      for (let a = 0; a < n; a += 1) for (let b = 0; b < n; b += 1) if (a !== b && random() < 0.3) arcs.push([a, b]);
      const group = Array.from({ length: n }, () => Math.floor(random() * 3));
      const has = new Set(arcs.map(([a, b]) => `${a},${b}`));
      const want = Array.from({ length: n }, () => [0, 0, 0, 0, 0]);
      for (let a = 0; a < n; a += 1) for (let v = 0; v < n; v += 1) for (let b = 0; b < n; b += 1) {
        if (a === b || a === v || v === b || !has.has(`${a},${v}`) || !has.has(`${v},${b}`) || has.has(`${a},${b}`)) continue;
        const [ga, gv, gb] = [group[a], group[v], group[b]];
        const role = ga === gv && gv === gb ? 0 : ga === gb ? 1 : gv === gb ? 2 : ga === gv ? 3 : 4;
        (want[v] as number[])[role] = ((want[v] as number[])[role] as number) + 1;
      }
      const got = brokerageCounts(digraph(n, arcs), group);
      for (let v = 0; v < n; v += 1) expect(rolesOf(got, v)).toEqual(want[v]);
    }
  });
});

describe('brokerage on a table', () => {
  // A leads task 1 (甲) with B; B leads task 2 (甲) with C; C is on tasks 2 (甲), 3 and 4 (乙):
  // main categories A 甲, B 甲, C 乙, D 乙; C leads task 3 with D. Arcs A → B, B → C, C → D.
  // A → B → C (no arc A → C): B is a representative (甲 甲 乙). B → C → D (no arc B → D): C is a
  // gatekeeper (甲 乙 乙). A → … → D is longer than two steps.
  const g = graphOf([
    ['1', '甲', '任务一', 'A、B'],
    ['2', '甲', '任务二', 'B、C'],
    ['3', '乙', '任务三', 'C、D'],
    ['4', '乙', '任务四', 'C'],
  ]);
  const zero = { coordinator: 0, consultant: 0, gatekeeper: 0, representative: 0, liaison: 0, total: 0 };

  it('by category (default): B is a representative of 甲 towards 乙, C a gatekeeper of 乙', () => {
    const r = brokerage(g);
    expect(r['agency:B']).toEqual({ ...zero, representative: 1, total: 1 });
    expect(r['agency:C']).toEqual({ ...zero, gatekeeper: 1, total: 1 });
    for (const k of ['agency:A', 'agency:D']) expect(r[k]).toEqual(zero);
  });

  it('by kind without a dictionary every agency is in one group: B and C are coordinators', () => {
    const r = brokerage(g, { grouping: 'kind' });
    expect(r['agency:B']).toEqual({ ...zero, coordinator: 1, total: 1 });
    expect(r['agency:C']).toEqual({ ...zero, coordinator: 1, total: 1 });
  });

  it('by community: the roles add up to the same two-paths', () => {
    expect(brokerage(g, { grouping: 'community' })['agency:B']?.total).toBe(1);
  });

  it('the arcs are those of leadNetwork', () => {
    const view = compact(g);
    const arcs = leadArcs(view);
    const fromLeadNetwork = leadNetwork(g).mapEdges((_e, _a, s, t) => `${s}>${t}`).sort();
    const here: string[] = [];
    for (let a = 0; a < arcs.n; a += 1) for (let e = arcs.offsets[a] as number; e < (arcs.offsets[a + 1] as number); e += 1) here.push(`${view.keys[a]}>${view.keys[arcs.targets[e] as number]}`);
    expect(here.sort()).toEqual(fromLeadNetwork);
  });
});
