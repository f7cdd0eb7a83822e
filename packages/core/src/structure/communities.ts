// Communities of agencies (Louvain on the co-responsibility projection), made deterministic.
import louvain from 'graphology-communities-louvain';
import type { ResponsibilityGraph } from '../graph/types.js';
import { projection, type ProjectionEdgeAttributes } from '../projection/projection.js';
import { seededRandom } from './random.js';

export interface CommunityOptions {
  /** Projection weight Louvain maximises modularity over. Default `shared`. */
  weight?: keyof Pick<ProjectionEdgeAttributes, 'shared' | 'jaccard' | 'overlap' | 'cosine' | 'dice' | 'newman'>;
  /** Resolution γ of the modularity. Default 1. */
  resolution?: number;
  /** Seed of the random generator (a whole number 0 … 2³² − 1), so the same table always gives the same communities. Default 42. */
  seed?: number;
  excludeCollective?: boolean;
}

export interface Communities {
  /** Community of each agency node, numbered 0, 1, … in order of their first agency in the table. */
  community: Record<string, number>;
  count: number;
  /** Newman–Girvan modularity of the partition on the weighted projection (as computed by Louvain). */
  modularity: number;
}

/**
 * Louvain communities (Blondel et al. 2008, graphology-communities-louvain) on the agency
 * projection weighted by `weight`, with a seeded generator, and renumbered by first appearance so
 * the result is reproducible. Agencies without partners form communities of their own.
 */
export function agencyCommunities(graph: ResponsibilityGraph, options: CommunityOptions = {}): Communities {
  const { weight = 'shared', resolution = 1, seed = 42, excludeCollective = false } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`agencyCommunities: invalid \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
  }
  const projected = projection(graph, { excludeCollective });
  if (projected.order === 0) return { community: {}, count: 0, modularity: 0 };
  const detailed =
    projected.size === 0
      ? { communities: Object.fromEntries(projected.nodes().map((n, i) => [n, i])), modularity: 0 }
      : louvain.detailed(projected, { getEdgeWeight: weight, resolution, rng: seededRandom(seed) });
  const renumber = new Map<number, number>();
  const community: Record<string, number> = {};
  projected.forEachNode((node) => {
    const raw = detailed.communities[node] as number;
    if (!renumber.has(raw)) renumber.set(raw, renumber.size);
    community[node] = renumber.get(raw) as number;
  });
  return { community, count: renumber.size, modularity: detailed.modularity };
}
