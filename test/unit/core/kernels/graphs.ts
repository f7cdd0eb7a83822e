// Seeded random responsibility graphs and textbook reference implementations, for checking the
// fast kernels against the definitions on many shapes (hubs, isolated nodes, several components).
import { UndirectedGraph } from 'graphology';
import { compact, type CompactGraph, type ResponsibilityGraph } from '@fengong/core';
import { seededRandom } from '../../../../packages/core/src/structure/random.js';

/** Core's own seeded generator (mulberry32). */
export const random = seededRandom;

export interface Shape {
  agencies: number;
  tasks: number;
  /** Agencies per task drawn from 1 … maxTeam. */
  maxTeam: number;
  /** Agencies on (nearly) every task, as collectives and lead commissions are. */
  hubs?: number;
  /** Agencies and tasks with no link. */
  isolated?: number;
  /** Split into this many separate blocks. */
  blocks?: number;
  /** The first agency of each block is on every task of its block (a collective listed everywhere). */
  universal?: boolean;
}

/** A random bipartite responsibility graph of the given shape. */
export function randomGraph(seed: number, shape: Shape): ResponsibilityGraph {
  const next = random(seed);
  const graph: ResponsibilityGraph = new UndirectedGraph();
  graph.replaceAttributes({ categories: ['c'], excluded: [] });
  const { agencies, tasks, maxTeam, hubs = 0, isolated = 0, blocks = 1, universal = false } = shape;
  for (let a = 0; a < agencies + isolated; a += 1) graph.addNode(`agency:${a}`, { part: 'agency', label: `${a}`, name: `${a}`, collective: a < hubs });
  for (let t = 0; t < tasks + isolated; t += 1) {
    graph.addNode(`task:${t}`, { part: 'task', label: `${t}`, id: `${t}`, number: t + 1, title: `${t}`, category: 'c' });
  }
  const per = Math.max(1, Math.floor(agencies / blocks));
  for (let t = 0; t < tasks; t += 1) {
    const block = t % blocks;
    const team = new Set<number>();
    if (universal) team.add(block * per);
    for (let h = 0; h < hubs; h += 1) if (next() < 0.9) team.add(h);
    const size = 1 + Math.floor(next() * maxTeam);
    while (team.size < Math.min(size, per)) team.add(block * per + Math.floor(next() ** 2 * per));
    let position = 0;
    for (const a of team) graph.addEdge(`agency:${a}`, `task:${t}`, { role: position === 0 ? 'lead' : 'co', position: position++ });
  }
  return graph;
}

/** A handful of shapes, from tiny to a few hundred nodes, with hubs, isolated nodes and blocks. */
export const SHAPES: [string, Shape][] = [
  ['tiny', { agencies: 3, tasks: 4, maxTeam: 2 }],
  ['sparse, isolated nodes', { agencies: 30, tasks: 40, maxTeam: 2, isolated: 3 }],
  ['one hub', { agencies: 25, tasks: 80, maxTeam: 5, hubs: 1 }],
  ['three hubs, two blocks', { agencies: 40, tasks: 120, maxTeam: 6, hubs: 3, blocks: 2 }],
  ['dense', { agencies: 12, tasks: 60, maxTeam: 10 }],
  ['many hubs', { agencies: 60, tasks: 150, maxTeam: 8, hubs: 20 }],
  ['a node on every task', { agencies: 30, tasks: 100, maxTeam: 5, universal: true }],
  ['one on every task of each of three blocks, isolated nodes', { agencies: 45, tasks: 90, maxTeam: 4, universal: true, blocks: 3, isolated: 2 }],
];

/** The compact view of a random graph. */
export const view = (seed: number, shape: Shape): CompactGraph => compact(randomGraph(seed, shape));

/** Neighbour sets of a view. */
export function neighbourSets(g: CompactGraph): Set<number>[] {
  return g.keys.map((_, i) => new Set(g.neighbors.subarray(g.offsets[i] as number, g.offsets[i + 1] as number)));
}

/** Breadth-first distances from s (−1 unreached) and shortest-path counts. */
export function bfs(g: CompactGraph, s: number): { dist: number[]; sigma: number[] } {
  const sets = neighbourSets(g);
  const dist = g.keys.map(() => -1);
  const sigma = g.keys.map(() => 0);
  dist[s] = 0;
  sigma[s] = 1;
  const queue = [s];
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head] as number;
    for (const w of sets[v] as Set<number>) {
      if (dist[w] === -1) {
        dist[w] = (dist[v] as number) + 1;
        queue.push(w);
      }
      if (dist[w] === (dist[v] as number) + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
    }
  }
  return { dist, sigma };
}

/**
 * Every source's dependencies δ_s(v) = Σ_t σ_st(v)/σ_st straight from the definition, using
 * σ_st(v) = σ_sv·σ_vt when d(s,v) + d(v,t) = d(s,t): `result[s][v]`. O(N³).
 */
export function dependencies(g: CompactGraph): number[][] {
  const n = g.keys.length;
  const from = g.keys.map((_, v) => bfs(g, v));
  return from.map(({ dist, sigma }, s) =>
    g.keys.map((_, v) => {
      const fromV = from[v] as ReturnType<typeof bfs>;
      if (v === s || dist[v] === -1) return 0;
      let sum = 0;
      for (let t = 0; t < n; t += 1) {
        const dvt = fromV.dist[t] as number;
        if (t === s || t === v || dist[t] === -1 || dvt === -1) continue;
        if ((dist[v] as number) + dvt === dist[t]) sum += ((sigma[v] as number) * (fromV.sigma[t] as number)) / (sigma[t] as number);
      }
      return sum;
    }),
  );
}

/** Asserts two arrays agree within a relative tolerance. */
export function closeTo(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-9): boolean {
  if (actual.length !== expected.length) return false;
  for (let i = 0; i < actual.length; i += 1) {
    const a = actual[i] as number;
    const e = expected[i] as number;
    if (Math.abs(a - e) > tolerance * Math.max(1, Math.abs(e))) return false;
  }
  return true;
}
