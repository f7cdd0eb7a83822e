// Barber's bipartite modularity, and extending an agency partition to tasks.
import { compact, degreeOf, viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';

/**
 * Gives each task the community holding most of its agencies (ties: the community of its lead,
 * then the smallest community number). Tasks none of whose agencies has a community get none.
 */
export function extendPartitionToTasks(graph: ResponsibilityGraph, agencyCommunity: Readonly<Record<string, number>>): Record<string, number> {
  const view = compact(graph, { caller: 'extendPartitionToTasks' });
  const { ids, labels } = partitionArray(view, agencyCommunity);
  const partition = extendOnView(view, ids);
  const out: Record<string, number> = { ...agencyCommunity };
  for (let t = view.nA; t < view.keys.length; t += 1) if ((partition[t] as number) >= 0) out[view.keys[t] as string] = labels[partition[t] as number] as number;
  return out;
}

/**
 * A partition record as dense ids over the view's nodes (−1 where a node has no community): the
 * distinct labels in increasing order become 0, 1, …, so any numbers (negative, fractional, large)
 * keep their grouping and their order. `labels[id]` is the label of each id.
 */
function partitionArray(view: CompactGraph, partition: Readonly<Record<string, number>>): { ids: Int32Array; labels: number[] } {
  const found: (number | undefined)[] = view.keys.map((key) => partition[key]);
  const labels = [...new Set(found.filter((c): c is number => c !== undefined))].sort((a, b) => a - b);
  const id = new Map(labels.map((c, i) => [c, i]));
  return { ids: Int32Array.from(found, (c) => (c === undefined ? -1 : (id.get(c) as number))), labels };
}

/**
 * {@link extendPartitionToTasks} on a view: `partition` holds the agencies' communities (−1 for
 * none); returns a copy with every task's community filled in (−1 when none of its agencies has one).
 */
export function extendOnView(view: CompactGraph, partition: Int32Array): Int32Array {
  const out = partition.slice();
  const votes = new Map<number, number>();
  for (let t = view.nA; t < view.keys.length; t += 1) {
    votes.clear();
    let leadCommunity = -1;
    for (let e = view.offsets[t] as number; e < (view.offsets[t + 1] as number); e += 1) {
      const c = partition[view.neighbors[e] as number] as number;
      if (c < 0) continue;
      votes.set(c, (votes.get(c) ?? 0) + 1);
      if (view.lead[e] === 1 && leadCommunity === -1) leadCommunity = c;
    }
    let best = -1;
    let bestVotes = -1;
    for (const [c, n] of [...votes].sort((a, b) => a[0] - b[0])) {
      if (n > bestVotes || (n === bestVotes && c === leadCommunity)) {
        best = c;
        bestVotes = n;
      }
    }
    out[t] = best;
  }
  return out;
}

/**
 * Barber's bipartite modularity (Barber 2007): Q_B = Σ_c [L_c/m − k_c·d_c/m²], with m links, L_c
 * the links inside community c, and k_c, d_c the degree sums of c's agencies and of c's tasks.
 * `partition` maps agency and task nodes to communities; nodes absent from it count in no community.
 */
export function barberModularity(
  graph: ResponsibilityGraph | CompactGraph,
  partition: Readonly<Record<string, number>>,
  options: { excludeCollective?: boolean } = {},
): number {
  const g = viewOf(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'barberModularity' });
  return barberOnView(g, partitionArray(g, partition).ids);
}

/** {@link barberModularity} on a view, with the partition as an array (−1: no community). */
export function barberOnView(g: CompactGraph, partition: Int32Array): number {
  const m = g.neighbors.length / 2;
  if (m === 0) return 0;
  const inside = new Map<number, number>();
  const agencyDegree = new Map<number, number>();
  const taskDegree = new Map<number, number>();
  const add = (map: Map<number, number>, c: number, x: number) => map.set(c, (map.get(c) ?? 0) + x);
  for (let i = 0; i < g.keys.length; i += 1) {
    const c = partition[i] as number;
    if (c < 0) continue;
    add(i < g.nA ? agencyDegree : taskDegree, c, degreeOf(g, i));
    if (i >= g.nA) continue;
    for (let e = g.offsets[i] as number; e < (g.offsets[i + 1] as number); e += 1) {
      if (partition[g.neighbors[e] as number] === c) add(inside, c, 1);
    }
  }
  let q = 0;
  for (const c of new Set([...agencyDegree.keys(), ...taskDegree.keys()])) {
    q += (inside.get(c) ?? 0) / m - ((agencyDegree.get(c) ?? 0) * (taskDegree.get(c) ?? 0)) / (m * m);
  }
  return q;
}
