// Density and centralisation per category: blocks of the agency co-responsibility matrix, with the
// agencies grouped by their main task category (UCINET's block densities; Freeman 1979). The
// computation is that of any partition (partition-blocks.ts); this names the groups by category.
import { viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { pairCounts, type PairCounts } from '../projection/projection.js';
import { mainCategories } from './brokerage.js';
import { blocksOfSlots, categorySlots, type BlockBetween, type BlockGroup, type PartitionBlocks } from './partition-blocks.js';

/** The agencies of one main category and the block of the co-responsibility matrix they form (see {@link BlockGroup}). */
export type CategoryGroup = Omit<BlockGroup, 'group'> & {
  /** The category (as written in the table); `null` for agencies none of whose tasks has one. */
  category: string | null;
};

/** The block between two categories (see {@link BlockBetween}); `a` and `b` are categories. */
export type CategoryBlock = Omit<BlockBetween, 'a' | 'b'> & { a: string | null; b: string | null };

/** Block densities of the agency projection by main category, and each category's centralisation. */
export interface CategoryBlocks {
  /** Groups with at least one agency: categories in order of first appearance in the table, then the agencies without a category (`null`). */
  groups: CategoryGroup[];
  /** Blocks between two groups with at least one tie, in group order; blocks without ties (density 0) are left out. */
  between: CategoryBlock[];
}

/** The category blocks of a view from its agency pairs (`counts`, agency indices) and each agency's main category (−1: none). */
export function categoryBlocksOf(view: CompactGraph, counts: PairCounts, main: Int32Array = mainCategories(view)): CategoryBlocks {
  const { slot, labels } = categorySlots(view, main);
  return asCategories(blocksOfSlots(view, counts, slot, labels));
}

function asCategories(blocks: PartitionBlocks): CategoryBlocks {
  return {
    groups: blocks.groups.map(({ group, ...rest }) => ({ category: group as string | null, ...rest })),
    between: blocks.between.map((b) => ({ ...b, a: b.a as string | null, b: b.b as string | null })),
  };
}

/**
 * Density and centralisation per category: `partitionBlocks` with `by: 'category'`, the
 * groups named `category`. The groups are the agencies' **main categories**: the category of most
 * of an agency's tasks, ties to the category that appears first in the table (as the `category`
 * grouping of `brokerage`); agencies none of whose tasks has a category form one group, `null`,
 * listed last.
 *
 * For groups g, h with n_g, n_h agencies and T_gh pairs sharing at least one task:
 * - within g: density T_gg / (n_g(n_g − 1)/2) and mean shared tasks Σ S_ij / (n_g(n_g − 1)/2)
 *   (UCINET's density of a binary and of a valued block; null with fewer than two agencies);
 * - between g and h: density T_gh / (n_g·n_h) and mean shared Σ S_ij / (n_g·n_h), listed only for
 *   blocks with a tie;
 * - Freeman's (1979) degree centralisation of g's subgraph of the binary projection,
 *   Σ_i (d* − d_i) / ((n_g − 1)(n_g − 2)) with d_i the partners of i inside g (1 for a star, 0 for
 *   a regular subgraph; null with fewer than three agencies).
 *
 * Within-block densities equal NetworkX's `density` of the group's subgraph, between-block ones its
 * `cut_size` ÷ n_g·n_h (fixtures of `scripts/networkx-reference.py`); centralisation is checked on
 * worked examples (neither NetworkX nor python-igraph computes it). Accepts the graph or its compact view.
 */
export function categoryBlocks(graph: ResponsibilityGraph | CompactGraph, options: { excludeCollective?: boolean } = {}): CategoryBlocks {
  const view = viewOf(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'categoryBlocks' });
  return categoryBlocksOf(view, pairCounts(view, 'agency'));
}
