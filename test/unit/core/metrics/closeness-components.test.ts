// Closeness without all-pairs searches (issue 18, item 5): trees exact by rerooting in linear time,
// checked against the plain breadth-first definition on small random trees; large components
// estimated from seeded pivots only when asked.
import { buildResponsibilityGraph, closeness, compact, parseTable, type ResponsibilityGraph } from '@fengong/core';
import { serialRunner, type SourceRunner } from '@fengong/core/node';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../packages/core/src/structure/random.js';

/** A table (CSV) from tasks given as lists of agency numbers; the first is the lead. */
const table = (tasks: readonly (readonly number[])[]): ResponsibilityGraph =>
  buildResponsibilityGraph(
    parseTable(['序号,重点任务,牵头单位,配合单位', ...tasks.map((t, i) => `${i + 1},任务${i + 1},第${t[0]}局,${t.slice(1).map((a) => `第${a}局`).join('、')}`)].join('\n')),
  );

/** A random bipartite forest: each new task hangs on `per` agencies, one of them old (a tree) unless it starts a new tree. */
function randomForest(seed: number, tasks: number): number[][] {
  const random = seededRandom(seed);
  let agencies = 1;
  const out: number[][] = [];
  for (let t = 0; t < tasks; t += 1) {
    // One existing agency (or, now and then, a fresh one: a new tree), then 0–2 new agencies.
    const first = random() < 0.1 ? agencies++ : Math.floor(random() * agencies);
    const team = [first];
    const extra = Math.floor(random() * 3);
    for (let k = 0; k < extra; k += 1) team.push(agencies++);
    out.push(team);
  }
  return out;
}

/** Two-mode closeness by its definition: one breadth-first search per node (NetworkX `bipartite.closeness_centrality`). */
function plainCloseness(graph: ResponsibilityGraph): Record<string, number> {
  const nodes = graph.nodes();
  const agencies = nodes.filter((v) => graph.getNodeAttribute(v, 'part') === 'agency').length;
  const tasks = nodes.length - agencies;
  const out: Record<string, number> = {};
  for (const s of nodes) {
    const distance = new Map([[s, 0]]);
    const queue = [s];
    let total = 0;
    for (let head = 0; head < queue.length; head += 1) {
      const v = queue[head] as string;
      for (const w of graph.neighbors(v)) {
        if (distance.has(w)) continue;
        distance.set(w, (distance.get(v) as number) + 1);
        total += distance.get(w) as number;
        queue.push(w);
      }
    }
    const [own, other] = graph.getNodeAttribute(s, 'part') === 'agency' ? [agencies, tasks] : [tasks, agencies];
    out[s] = total === 0 ? 0 : ((other + 2 * (own - 1)) / total) * ((distance.size - 1) / (nodes.length - 1));
  }
  return out;
}

/** A runner that counts the sources it is asked to search, then searches them. */
function countingRunner(): SourceRunner & { sources: number } {
  const runner = {
    sources: 0,
    dependencies: (...args: Parameters<SourceRunner['dependencies']>) => serialRunner.dependencies(...args),
    distances(view: Parameters<SourceRunner['distances']>[0], sources: Int32Array) {
      runner.sources += sources.length;
      return serialRunner.distances(view, sources);
    },
  };
  return runner;
}

describe('closeness on trees and large components', () => {
  it('throws on invalid pivots or seed', () => {
    const graph = table([[1, 2]]);
    expect(() => closeness(graph, { pivots: 0 })).toThrow('closeness: invalid `pivots` 0');
    expect(() => closeness(graph, { pivots: 2, seed: -1 })).toThrow('closeness: invalid `seed` -1');
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random forest %i: rerooting equals one search per node, and searches nothing', (seed) => {
    const graph = table(randomForest(seed, 40));
    const runner = countingRunner();
    const ours = closeness(graph, { runner });
    const expected = plainCloseness(graph);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(expected).sort());
    for (const [node, value] of Object.entries(expected)) expect(ours[node]).toBeCloseTo(value, 12);
    expect(runner.sources).toBe(0);
  });

  it('a path of 100,000 agencies (tasks of two agencies each) is exact and searches nothing', () => {
    const n = 100_000;
    const view = compact(table(Array.from({ length: n - 1 }, (_, i) => [i + 1, i + 2])));
    const runner = countingRunner();
    const values = closeness.compute(view, { runner });
    expect(runner.sources).toBe(0);
    // The middle of a path of N = 2n − 1 nodes: Σ distances = 2·(1 + … + (N − 1)/2).
    const nodes = 2 * n - 1;
    const half = (nodes - 1) / 2;
    const middle = view.keys.indexOf('task:50000');
    expect(middle).toBeGreaterThanOrEqual(0);
    expect(values[middle]).toBeCloseTo((n + 2 * (n - 2)) / (half * (half + 1)), 12);
  }, 60_000);

  it('a component with a cycle is searched; with pivots below its size it is estimated, reproducibly, near the exact value', () => {
    // A ring of 60 agencies (task i joins agencies i and i + 1, the last closes it) and a tree beside it.
    const ring = Array.from({ length: 60 }, (_, i) => [i + 1, ((i + 1) % 60) + 1]);
    const graph = table([...ring, [100, 101], [101, 102, 103]]);
    const runner = countingRunner();
    const exact = closeness(graph, { runner });
    expect(runner.sources).toBe(120); // the ring's 60 agencies and 60 tasks; the tree by rerooting
    for (const [node, value] of Object.entries(plainCloseness(graph))) expect(exact[node]).toBeCloseTo(value, 12);
    const sampled = closeness(graph, { pivots: 30, seed: 7 });
    expect(closeness(graph, { pivots: 30, seed: 7 })).toEqual(sampled);
    // By symmetry every ring node has the same exact value; the estimate stays within 10 %.
    for (const node of Object.keys(exact)) expect(Math.abs((sampled[node] as number) - (exact[node] as number))).toBeLessThan(0.1 * (exact[node] as number));
    expect(sampled['agency:第100局']).toBe(exact['agency:第100局']);
    // Pivots covering the component: exact.
    expect(closeness(graph, { pivots: 120 })).toEqual(exact);
  });
});
