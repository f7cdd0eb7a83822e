// Communities of agencies (Louvain on the co-responsibility projection), made deterministic.
import { viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { pairCounts, pairWeights, type ProjectionEdgeAttributes } from '../projection/projection.js';
import { louvainCsr, pairsToCsr } from './louvain.js';

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
 * Louvain communities (Blondel et al. 2008, see {@link louvainCsr}) on the agency projection
 * weighted by `weight`, with a seeded generator, and renumbered by first appearance so the result
 * is reproducible. Agencies without partners form communities of their own. Accepts the graph or
 * its compact view (`compact`, `compactTable`).
 */
export function agencyCommunities(graph: ResponsibilityGraph | CompactGraph, options: CommunityOptions = {}): Communities {
  const { weight = 'shared', resolution = 1, seed = 42, excludeCollective = false } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`agencyCommunities: invalid \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
  }
  if (!(resolution > 0 && Number.isFinite(resolution))) {
    throw new Error(`agencyCommunities: invalid \`resolution\` ${resolution} (expected a number > 0)`);
  }
  const view = viewOf(graph, { excludeCollective, caller: 'agencyCommunities' });
  const counts = pairCounts(view, 'agency');
  const weights = weight === 'shared' ? counts.shared : pairWeights(view, counts, weight);
  const found = louvainCsr(pairsToCsr(view.nA, 0, counts.u, counts.v, weights), { resolution, seed });
  const community: Record<string, number> = {};
  for (let i = 0; i < view.nA; i += 1) community[view.keys[i] as string] = found.community[i] as number;
  return { community, count: found.count, modularity: found.modularity };
}
