// Guimerà–Amaral roles of agencies in the community structure: participation and within-module z.
import type { ProjectionGraph } from '../projection/projection.js';

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
  const total = new Map<string, number>();
  const byCommunity = new Map<string, Map<number, number>>();
  projected.forEachNode((node) => {
    total.set(node, 0);
    byCommunity.set(node, new Map());
  });
  projected.forEachEdge((_e, attr, a, b) => {
    const w = weight === null ? 1 : attr[weight];
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      total.set(x, (total.get(x) ?? 0) + w);
      const c = community[y];
      if (c === undefined) continue;
      const m = byCommunity.get(x) as Map<number, number>;
      m.set(c, (m.get(c) ?? 0) + w);
    }
  });

  const inside = new Map<string, number>();
  const members = new Map<number, number[]>();
  projected.forEachNode((node) => {
    const c = community[node];
    const kappa = c === undefined ? 0 : (byCommunity.get(node)?.get(c) ?? 0);
    inside.set(node, kappa);
    if (c !== undefined) members.set(c, [...(members.get(c) ?? []), kappa]);
  });
  const stats = new Map<number, { mean: number; sd: number }>();
  for (const [c, values] of members) {
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    const variance = values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length;
    stats.set(c, { mean, sd: Math.sqrt(variance) });
  }

  const out: Record<string, ModuleRole> = {};
  projected.forEachNode((node) => {
    const k = total.get(node) ?? 0;
    let sumSquares = 0;
    for (const kis of byCommunity.get(node)?.values() ?? []) sumSquares += (kis / k) ** 2;
    const c = community[node];
    const s = c === undefined ? undefined : stats.get(c);
    out[node] = {
      participation: k === 0 ? 0 : 1 - sumSquares,
      withinModuleZ: s === undefined || s.sd === 0 ? 0 : ((inside.get(node) ?? 0) - s.mean) / s.sd,
    };
  });
  return out;
}
