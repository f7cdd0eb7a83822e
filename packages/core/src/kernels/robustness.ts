// Attack curves of the agency–task graph: agencies removed in a given order, tasks still covered and
// the largest component followed, computed in reverse (agencies added back) with a union–find.
import type { CompactGraph } from '../graph/compact.js';

/** The curves of one removal order: index k holds the state after the first k agencies are removed. */
export interface AttackCurves {
  /** Share of all tasks with at least one agency left (k = 0 … n_A). */
  covered: Float64Array;
  /** Nodes in the largest connected component of what is left (agencies left and every task) ÷ (n_A + n_T). */
  largest: Float64Array;
}

/**
 * Curves of removing the view's agencies in `order` (agency indices, each once): for k = 0 … n_A,
 * the share of tasks still on at least one remaining agency and the largest component's share of
 * all nodes (a task with no agency left is a component of one). Agencies are added back from the
 * last removed to the first (union–find with union by size and path halving), so the whole curve
 * costs O((n + m)·α(n)) instead of a search after every removal.
 */
export function attackCurves(view: CompactGraph, order: ArrayLike<number>): AttackCurves {
  const { nA, nT, offsets, neighbors } = view;
  const n = nA + nT;
  if (order.length !== nA) throw new Error(`attackCurves: the order has ${order.length} agencies, the view ${nA}`);
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i += 1) parent[i] = i;
  const find = (x: number): number => {
    let v = x;
    while (parent[v] !== v) {
      parent[v] = parent[parent[v] as number] as number;
      v = parent[v] as number;
    }
    return v;
  };
  const agencyLeft = new Uint8Array(nA);
  const covered = new Float64Array(nA + 1);
  const largest = new Float64Array(nA + 1);
  const taskCount = new Int32Array(nT); // agencies left on each task
  let coveredTasks = 0;
  let biggest = nT > 0 ? 1 : 0;
  covered[nA] = 0;
  largest[nA] = n === 0 ? 0 : biggest / n;
  for (let k = nA - 1; k >= 0; k -= 1) {
    const a = order[k] as number;
    if (agencyLeft[a] === 1) throw new Error(`attackCurves: agency ${a} appears twice in the order`);
    agencyLeft[a] = 1;
    biggest = Math.max(biggest, 1);
    for (let e = offsets[a] as number; e < (offsets[a + 1] as number); e += 1) {
      const t = neighbors[e] as number;
      const ti = t - nA;
      if (taskCount[ti] === 0) coveredTasks += 1;
      taskCount[ti] = (taskCount[ti] as number) + 1;
      let ra = find(a);
      let rt = find(t);
      if (ra === rt) continue;
      if ((size[ra] as number) < (size[rt] as number)) [ra, rt] = [rt, ra];
      parent[rt] = ra;
      size[ra] = (size[ra] as number) + (size[rt] as number);
      biggest = Math.max(biggest, size[ra] as number);
    }
    covered[k] = nT === 0 ? 0 : coveredTasks / nT;
    largest[k] = biggest / n;
  }
  return { covered, largest };
}

/** Area under a curve sampled at x = k/n_A, k = 0 … n_A, by the trapezoid rule (0 for one point). */
export function areaUnder(curve: ArrayLike<number>): number {
  const steps = curve.length - 1;
  if (steps <= 0) return 0;
  let area = 0;
  for (let k = 0; k < steps; k += 1) area += ((curve[k] as number) + (curve[k + 1] as number)) / 2;
  return area / steps;
}
