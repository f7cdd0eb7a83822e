// k-cores of the agency projection and two-mode (k, l)-cores, on constructed tables whose cores are
// known, and the peeling kernels against pruning from scratch on random graphs (NetworkX's
// core_number is checked in test/unit/core/metrics/networkx.test.ts).
import { agencyCoreness, buildResponsibilityGraph, coreNumbers, pairCounts, parseTable, twoModeCore, twoModeCoreness, type CompactGraph } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { twoModeCoreMembers, twoModeCorenessOf } from '../../../../packages/core/src/kernels/cores.js';
import { pairsToCsr } from '../../../../packages/core/src/structure/louvain.js';
import { wordTable } from '../../../helpers/tables.js';
import { neighbourSets, SHAPES, view } from '../kernels/graphs.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows)));

describe('agencyCoreness', () => {
  it('a clique of four, a tail of two and an agency alone', () => {
    // Projection: A, B, C, D all tied (task 1); D–E, E–F; G shares nothing.
    const g = graphOf([
      ['1', '甲', '任务一', 'A、B、C、D'],
      ['2', '', '任务二', 'D、E'],
      ['3', '', '任务三', 'E、F'],
      ['4', '', '任务四', 'G'],
    ]);
    expect(agencyCoreness(g)).toEqual({ 'agency:A': 3, 'agency:B': 3, 'agency:C': 3, 'agency:D': 3, 'agency:E': 1, 'agency:F': 1, 'agency:G': 0 });
  });

  it('a cycle is a 2-core; a collective on every task raises everyone, and leaving it out lowers them', () => {
    const g = graphOf([
      ['1', '甲', '任务一', 'A、B、各有关市州人民政府'],
      ['2', '', '任务二', 'B、C、各有关市州人民政府'],
      ['3', '', '任务三', 'C、D、各有关市州人民政府'],
      ['4', '', '任务四', 'D、A、各有关市州人民政府'],
      ['5', '', '任务五', 'E、各有关市州人民政府'],
    ]);
    expect(agencyCoreness(g)).toEqual({ 'agency:A': 3, 'agency:B': 3, 'agency:各有关市州人民政府': 3, 'agency:C': 3, 'agency:D': 3, 'agency:E': 1 });
    expect(agencyCoreness(g, { excludeCollective: true })).toEqual({ 'agency:A': 2, 'agency:B': 2, 'agency:C': 2, 'agency:D': 2, 'agency:E': 0 });
  });
});

describe('two-mode (k, l)-cores', () => {
  // A, B, C are all on tasks 1–3 (a complete 3 × 3 block); D is also on task 1 and on task 4 with
  // E; A alone is on task 5.
  const g = graphOf([
    ['1', '甲', '任务一', 'A、B、C、D'],
    ['2', '', '任务二', 'A、B、C'],
    ['3', '', '任务三', 'A、B、C'],
    ['4', '', '任务四', 'D、E'],
    ['5', '', '任务五', 'A'],
  ]);
  const keys = (names: string): string[] => names.split(' ').map((n) => (/^\d$/u.test(n) ? `task:${n}` : `agency:${n}`));

  it('l = 2: the block is the (3, 2)-core; D, E and task 4 drop out at k = 2; task 5 (one agency) is in none', () => {
    expect(twoModeCoreness(g)).toEqual({
      'agency:A': 3, 'agency:B': 3, 'agency:C': 3, 'agency:D': 1, 'agency:E': 1,
      'task:1': 3, 'task:2': 3, 'task:3': 3, 'task:4': 1, 'task:5': 0,
    });
    const core = (k: number) => { const c = twoModeCore(g, { k, l: 2 }); return [...c.agencies, ...c.tasks]; };
    expect(core(1)).toEqual(keys('A B C D E 1 2 3 4'));
    // E has one task: it goes, then task 4 has only D, then D has only task 1.
    expect(core(2)).toEqual(keys('A B C 1 2 3'));
    expect(core(3)).toEqual(keys('A B C 1 2 3'));
    expect(core(4)).toEqual([]);
  });

  it('l = 1: every task counts, so an agency\'s coreness is its number of tasks', () => {
    const byTasks = twoModeCoreness(g, { l: 1 });
    expect([byTasks['agency:A'], byTasks['agency:B'], byTasks['agency:D'], byTasks['agency:E']]).toEqual([4, 3, 2, 1]);
    expect(twoModeCore(g, { k: 4, l: 1 })).toEqual({ k: 4, l: 1, agencies: ['agency:A'], tasks: keys('1 2 3 5') });
  });

  it('l = 3 and l = 4: task 4 never counts; only task 1 has four agencies', () => {
    const three = twoModeCoreness(g, { l: 3 });
    expect(three).toMatchObject({ 'agency:A': 3, 'agency:D': 1, 'agency:E': 0, 'task:1': 3, 'task:4': 0, 'task:5': 0 });
    expect(twoModeCore(g, { k: 2, l: 3 })).toEqual({ k: 2, l: 3, agencies: keys('A B C'), tasks: keys('1 2 3') });
    expect(twoModeCore(g, { k: 1, l: 4 })).toEqual({ k: 1, l: 4, agencies: keys('A B C D'), tasks: ['task:1'] });
    expect(twoModeCore(g, { k: 2, l: 4 })).toEqual({ k: 2, l: 4, agencies: [], tasks: [] });
  });

  it('k and l are whole numbers ≥ 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => twoModeCore(g, { k: bad })).toThrow('twoModeCore: invalid `k`');
      expect(() => twoModeCore(g, { k: 1, l: bad })).toThrow('twoModeCore: invalid `l`');
      expect(() => twoModeCoreness(g, { l: bad })).toThrow('twoModeCoreness: invalid `l`');
    }
  });
});

/** k-core of a set of neighbour sets by pruning from scratch: the nodes left with ≥ need(v) live neighbours. */
function pruned(sets: Set<number>[], need: (v: number) => number): Set<number> {
  const alive = new Set(sets.keys());
  for (let changed = true; changed; ) {
    changed = false;
    for (const v of [...alive]) {
      if ([...(sets[v] as Set<number>)].filter((u) => alive.has(u)).length < need(v)) {
        alive.delete(v);
        changed = true;
      }
    }
  }
  return alive;
}

/** Largest k ≥ 1 with the node in the core of parameter k, 0 if none. */
function corenessByPruning(size: number, core: (k: number) => Set<number>): number[] {
  const value = new Array<number>(size).fill(0);
  for (let k = 1; ; k += 1) {
    const alive = core(k);
    if (alive.size === 0) return value;
    for (const v of alive) value[v] = k;
  }
}

describe.each(SHAPES)('core kernels on %s graphs', (_name, shape) => {
  const g: CompactGraph = view(31, shape);
  const sets = neighbourSets(g);

  it('coreNumbers on the agency projection: pruning from scratch', () => {
    const counts = pairCounts(g, 'agency');
    const csr = pairsToCsr(g.nA, 0, counts.u, counts.v, counts.shared);
    const projected = Array.from({ length: g.nA }, (_, i) => new Set(csr.targets.subarray(csr.offsets[i] as number, csr.offsets[i + 1] as number)));
    expect([...coreNumbers(csr)]).toEqual(corenessByPruning(g.nA, (k) => pruned(projected, () => k)));
  });

  it.each([1, 2, 3])('two-mode coreness and membership with l = %s, peeling either side', (l) => {
    const agencies = corenessByPruning(g.keys.length, (k) => pruned(sets, (v) => (v < g.nA ? k : l)));
    expect([...twoModeCorenessOf(g, 'agency', l)]).toEqual(agencies);
    const tasks = corenessByPruning(g.keys.length, (k) => pruned(sets, (v) => (v < g.nA ? l : k)));
    expect([...twoModeCorenessOf(g, 'task', l)]).toEqual(tasks);
    for (const k of [1, 2, 3, 5]) {
      const member = twoModeCoreMembers(g, k, l);
      expect([...member]).toEqual(agencies.map((c) => (c >= k ? 1 : 0)));
    }
  });
});
