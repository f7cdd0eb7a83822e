// Density and centralisation per category: blocks of the agency co-responsibility matrix, with the
// agencies grouped by their main task category (UCINET's block densities; Freeman 1979).
import { viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { pairCounts, type PairCounts } from '../projection/projection.js';
import { mainCategories } from './brokerage.js';

/** The agencies of one main category and the block of the co-responsibility matrix they form. */
export interface CategoryGroup {
  /** The category (as written in the table); `null` for agencies none of whose tasks has one. */
  category: string | null;
  /** Agencies whose main category this is (n_g). */
  agencies: number;
  /** Agency pairs inside the group, n_g(n_g − 1)/2. */
  pairs: number;
  /** Pairs inside the group sharing at least one task. */
  ties: number;
  /** Σ of shared tasks over the pairs inside the group. */
  shared: number;
  /** Binary block density ties ÷ pairs (UCINET `Density by groups`, binary); `null` when pairs = 0. */
  density: number | null;
  /** Valued block density shared ÷ pairs: mean shared tasks per pair; `null` when pairs = 0. */
  meanShared: number | null;
  /**
   * Freeman (1979) degree centralisation of the group's subgraph of the (binary) projection:
   * Σ_i (d* − d_i) / ((n_g − 1)(n_g − 2)), d_i = partners inside the group, d* their largest
   * (1 for a star, 0 when all are equal); `null` when n_g < 3.
   */
  centralisation: number | null;
}

/** The block between two groups: agency pairs with one agency in each. */
export interface CategoryBlock {
  /** The two categories, in group order (`a` before `b`). */
  a: string | null;
  b: string | null;
  /** n_a·n_b. */
  pairs: number;
  ties: number;
  shared: number;
  /** ties ÷ pairs. */
  density: number;
  /** shared ÷ pairs. */
  meanShared: number;
}

/** Block densities of the agency projection by main category, and each category's centralisation. */
export interface CategoryBlocks {
  /** Groups with at least one agency: categories in order of first appearance in the table, then the agencies without a category (`null`). */
  groups: CategoryGroup[];
  /** Blocks between two groups with at least one tie, in group order; blocks without ties (density 0) are left out. */
  between: CategoryBlock[];
}

/** The blocks of a view from its agency pairs (`counts`, agency indices) and each agency's group (−1: no category). */
export function categoryBlocksOf(view: CompactGraph, counts: PairCounts, main: Int32Array = mainCategories(view)): CategoryBlocks {
  const G = view.categories.length + 1; // the last slot holds the agencies without a category
  const slot = (i: number): number => {
    const c = main[i] as number;
    return c < 0 ? G - 1 : c;
  };
  const size = new Float64Array(G);
  for (let i = 0; i < view.nA; i += 1) size[slot(i)] = (size[slot(i)] as number) + 1;
  // Ties and shared tasks per block (g ≤ h, dense G × G: G is the number of categories), and each agency's partners inside its group.
  const ties = new Float64Array(G * G);
  const shared = new Float64Array(G * G);
  const inside = new Int32Array(view.nA);
  for (let p = 0; p < counts.size; p += 1) {
    const u = counts.u[p] as number;
    const v = counts.v[p] as number;
    const g = slot(u);
    const h = slot(v);
    const cell = g <= h ? g * G + h : h * G + g;
    ties[cell] = (ties[cell] as number) + 1;
    shared[cell] = (shared[cell] as number) + (counts.shared[p] as number);
    if (g === h) {
      inside[u] = (inside[u] as number) + 1;
      inside[v] = (inside[v] as number) + 1;
    }
  }
  const most = new Int32Array(G);
  const total = new Float64Array(G);
  for (let i = 0; i < view.nA; i += 1) {
    const g = slot(i);
    most[g] = Math.max(most[g] as number, inside[i] as number);
    total[g] = (total[g] as number) + (inside[i] as number);
  }
  const label = (g: number): string | null => (g === G - 1 ? null : (view.categories[g] as string));
  const present: number[] = [];
  for (let g = 0; g < G; g += 1) if ((size[g] as number) > 0) present.push(g);
  const groups = present.map((g): CategoryGroup => {
    const n = size[g] as number;
    const pairs = (n * (n - 1)) / 2;
    const t = ties[g * G + g] as number;
    const s = shared[g * G + g] as number;
    return {
      category: label(g),
      agencies: n,
      pairs,
      ties: t,
      shared: s,
      density: pairs === 0 ? null : t / pairs,
      meanShared: pairs === 0 ? null : s / pairs,
      centralisation: n < 3 ? null : (n * (most[g] as number) - (total[g] as number)) / ((n - 1) * (n - 2)),
    };
  });
  const between: CategoryBlock[] = [];
  for (let x = 0; x < present.length; x += 1) {
    for (let y = x + 1; y < present.length; y += 1) {
      const g = present[x] as number;
      const h = present[y] as number;
      const t = ties[g * G + h] as number;
      if (t === 0) continue;
      const pairs = (size[g] as number) * (size[h] as number);
      const s = shared[g * G + h] as number;
      between.push({ a: label(g), b: label(h), pairs, ties: t, shared: s, density: t / pairs, meanShared: s / pairs });
    }
  }
  return { groups, between };
}

/**
 * Density and centralisation per category, as UCINET's block densities of a grouped matrix. The
 * matrix is the agency co-responsibility matrix (the agency projection: S_ij = tasks agencies i and
 * j share, diagonal ignored); the groups are the agencies' **main categories**: the category of
 * most of an agency's tasks, ties to the category that appears first in the table (as the
 * `category` grouping of `brokerage`); agencies none of whose tasks has a category form one
 * group, `null`, listed last.
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
