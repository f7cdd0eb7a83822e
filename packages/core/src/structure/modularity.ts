// Barber's bipartite modularity, and extending an agency partition to tasks.
import { compact, degreeOf } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';

/**
 * Gives each task the community holding most of its agencies (ties: the community of its lead,
 * then the smallest community number). Tasks none of whose agencies has a community get none.
 */
export function extendPartitionToTasks(graph: ResponsibilityGraph, agencyCommunity: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { ...agencyCommunity };
  graph.forEachNode((task, attr) => {
    if (attr.part !== 'task') return;
    const votes = new Map<number, number>();
    let leadCommunity: number | undefined;
    graph.forEachEdge(task, (_e, edge, source, target) => {
      const agency = source === task ? target : source;
      const c = agencyCommunity[agency];
      if (c === undefined) return;
      votes.set(c, (votes.get(c) ?? 0) + 1);
      if (edge.role === 'lead' && leadCommunity === undefined) leadCommunity = c;
    });
    let best: number | undefined;
    let bestVotes = -1;
    for (const [c, n] of [...votes].sort((a, b) => a[0] - b[0])) {
      if (n > bestVotes || (n === bestVotes && c === leadCommunity)) {
        best = c;
        bestVotes = n;
      }
    }
    if (best !== undefined) out[task] = best;
  });
  return out;
}

/**
 * Barber's bipartite modularity (Barber 2007): Q_B = Σ_c [L_c/m − k_c·d_c/m²], with m links, L_c
 * the links inside community c, and k_c, d_c the degree sums of c's agencies and of c's tasks.
 * `partition` maps agency and task nodes to communities; nodes absent from it count in no community.
 */
export function barberModularity(
  graph: ResponsibilityGraph,
  partition: Readonly<Record<string, number>>,
  options: { excludeCollective?: boolean } = {},
): number {
  const g = compact(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'barberModularity' });
  const m = g.neighbors.length / 2;
  if (m === 0) return 0;
  const inside = new Map<number, number>();
  const agencyDegree = new Map<number, number>();
  const taskDegree = new Map<number, number>();
  const add = (map: Map<number, number>, c: number, x: number) => map.set(c, (map.get(c) ?? 0) + x);
  for (let i = 0; i < g.keys.length; i += 1) {
    const c = partition[g.keys[i] as string];
    if (c === undefined) continue;
    add(i < g.nA ? agencyDegree : taskDegree, c, degreeOf(g, i));
    if (i >= g.nA) continue;
    for (let e = g.offsets[i] as number; e < (g.offsets[i + 1] as number); e += 1) {
      if (partition[g.keys[g.neighbors[e] as number] as string] === c) add(inside, c, 1);
    }
  }
  let q = 0;
  for (const c of new Set([...agencyDegree.keys(), ...taskDegree.keys()])) {
    q += (inside.get(c) ?? 0) / m - ((agencyDegree.get(c) ?? 0) * (taskDegree.get(c) ?? 0)) / (m * m);
  }
  return q;
}
