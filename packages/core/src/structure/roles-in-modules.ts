// Guimerà–Amaral roles of agencies in the community structure: participation and within-module z.
import type { ProjectionGraph } from '../projection/projection.js';
import { pairsToCsr, type WeightedCsr } from './louvain.js';

export interface ModuleRole {
  /** P_i = 1 − Σ_s (k_is / k_i)²: 0 when all of an agency's partners are in one community. */
  participation: number;
  /** (κ_i − mean κ of its community) / standard deviation: how central it is within its own community. */
  withinModuleZ: number;
}

/**
 * Participation coefficient and within-module degree z-score (Guimerà & Amaral 2005) of each agency
 * on the agency projection, counting partners (unweighted links) by default or summing `weight`.
 * k_i is the agency's degree (or strength), k_is its links to community s, κ_i its links inside its
 * own community; the z-score uses the population standard deviation over the community's members
 * and is 0 where that deviation is 0. An agency without partners has P = 0.
 */
export function moduleRoles(
  projected: ProjectionGraph,
  community: Readonly<Record<string, number>>,
  options: { weight?: 'shared' | 'jaccard' | 'newman' | null } = {},
): Record<string, ModuleRole> {
  const weight = options.weight ?? null;
  const nodes = projected.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const us: number[] = [];
  const vs: number[] = [];
  const ws: number[] = [];
  projected.forEachEdge((_e, attr, a, b) => {
    us.push(index.get(a) as number);
    vs.push(index.get(b) as number);
    ws.push(weight === null ? 1 : attr[weight]);
  });
  // Communities as dense ids 0 … C−1 (any labels keep their grouping); −1 for none.
  const labels = new Map<number, number>();
  for (const node of nodes) {
    const c = community[node];
    if (c !== undefined && !labels.has(c)) labels.set(c, labels.size);
  }
  const partition = Int32Array.from(nodes, (node) => {
    const c = community[node];
    return c === undefined ? -1 : (labels.get(c) as number);
  });
  const roles = moduleRolesOf(pairsToCsr(nodes.length, 0, Int32Array.from(us), Int32Array.from(vs), ws), partition);
  return Object.fromEntries(nodes.map((node, i) => [node, roles[i] as ModuleRole]));
}

/**
 * {@link moduleRoles} on a weighted CSR, with the community of each node in `partition` (−1:
 * none); `countLinks` counts partners instead of summing weights. Returns one role per node.
 */
export function moduleRolesOf(graph: WeightedCsr, partition: Int32Array, options: { countLinks?: boolean } = {}): ModuleRole[] {
  const countLinks = options.countLinks === true;
  const { n, offsets, targets, weights } = graph;
  let count = 0;
  for (let i = 0; i < n; i += 1) count = Math.max(count, (partition[i] as number) + 1);
  const total = new Float64Array(n);
  const inside = new Float64Array(n);
  const sumSquares = new Float64Array(n);
  const toCommunity = new Float64Array(count);
  const seen = new Int32Array(count);
  const mark = new Int32Array(count).fill(-1);
  for (let i = 0; i < n; i += 1) {
    let k = 0;
    let touched = 0;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
      const w = countLinks ? 1 : (weights[e] as number);
      k += w;
      const c = partition[targets[e] as number] as number;
      if (c < 0) continue;
      if (mark[c] !== i) {
        mark[c] = i;
        seen[touched++] = c;
        toCommunity[c] = 0;
      }
      toCommunity[c] = (toCommunity[c] as number) + w;
    }
    total[i] = k;
    const own = partition[i] as number;
    inside[i] = own >= 0 && mark[own] === i ? (toCommunity[own] as number) : 0;
    let squares = 0;
    for (let s = 0; s < touched; s += 1) squares += ((toCommunity[seen[s] as number] as number) / k) ** 2;
    sumSquares[i] = squares;
  }
  // Mean and population standard deviation of κ over each community's members.
  const size = new Float64Array(count);
  const sum = new Float64Array(count);
  for (let i = 0; i < n; i += 1) {
    const c = partition[i] as number;
    if (c < 0) continue;
    size[c] = (size[c] as number) + 1;
    sum[c] = (sum[c] as number) + (inside[i] as number);
  }
  const mean = Float64Array.from(sum, (s, c) => s / (size[c] as number));
  const squared = new Float64Array(count);
  for (let i = 0; i < n; i += 1) {
    const c = partition[i] as number;
    if (c >= 0) squared[c] = (squared[c] as number) + ((inside[i] as number) - (mean[c] as number)) ** 2;
  }
  const roles: ModuleRole[] = [];
  for (let i = 0; i < n; i += 1) {
    const c = partition[i] as number;
    const sd = c < 0 ? 0 : Math.sqrt((squared[c] as number) / (size[c] as number));
    const k = total[i] as number;
    roles.push({
      participation: k === 0 ? 0 : 1 - (sumSquares[i] as number),
      withinModuleZ: c < 0 || sd === 0 ? 0 : ((inside[i] as number) - (mean[c] as number)) / sd,
    });
  }
  return roles;
}
