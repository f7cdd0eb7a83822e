// Density and centralisation per group of any partition of the agencies (main category, Louvain
// community, kind, or the caller's own): blocks of the co-responsibility matrix (UCINET's block
// densities; Freeman 1979 within each group).
import { viewOf, type CompactGraph } from '../graph/compact.js';
import type { AgencyNodeAttributes, ResponsibilityGraph } from '../graph/types.js';
import { pairCounts, type PairCounts } from '../projection/projection.js';
import { kindGroups, mainCategories } from './brokerage.js';
import { agencyCommunities } from './communities.js';

/** A group's label: a category or kind (as written), a community number, or `null` for the agencies with none. */
export type GroupLabel = string | number | null;

/** The agencies of one group and the block of the co-responsibility matrix they form. */
export interface BlockGroup {
  group: GroupLabel;
  /** Agencies in the group (n_g). */
  agencies: number;
  /** Agency pairs inside the group, n_g(n_g − 1)/2. */
  pairs: number;
  /** Pairs inside the group sharing at least one task. */
  ties: number;
  /** Σ of shared tasks over the pairs inside the group. */
  shared: number;
  /** Binary block density ties ÷ pairs (UCINET `Density by groups`, binary; NetworkX `density` of the group's subgraph); `null` when pairs = 0. */
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
export interface BlockBetween {
  /** The two groups, in group order (`a` before `b`). */
  a: GroupLabel;
  b: GroupLabel;
  /** n_a·n_b. */
  pairs: number;
  ties: number;
  shared: number;
  /** ties ÷ pairs (NetworkX `cut_size` ÷ n_a·n_b). */
  density: number;
  /** shared ÷ pairs. */
  meanShared: number;
}

/** Block densities of the agency projection under one partition, and each group's centralisation. */
export interface PartitionBlocks {
  /** Groups with at least one agency, in slot order (see {@link partitionBlocks}). */
  groups: BlockGroup[];
  /** Blocks between two groups with at least one tie, in group order; blocks without ties (density 0) are left out. */
  between: BlockBetween[];
}

/**
 * The blocks of a view from its agency pairs (`counts`, agency indices), each agency's slot
 * (`slot[i]` in 0 … labels.length − 1) and each slot's label. Groups come in slot order; empty
 * slots are left out. O(agencies + pairs + slots); the between-group sums sit in a map keyed by
 * block, so a partition with thousands of groups (singleton communities) needs no slots² table.
 */
export function blocksOfSlots(view: CompactGraph, counts: PairCounts, slot: ArrayLike<number>, labels: readonly GroupLabel[]): PartitionBlocks {
  const G = labels.length;
  for (let i = 0; i < view.nA; i += 1) {
    const g = slot[i] as number;
    if (!(Number.isInteger(g) && g >= 0 && g < G)) throw new Error(`partitionBlocks: agency ${view.keys[i] as string} has group slot ${g} (expected 0 … ${G - 1})`);
  }
  const size = new Float64Array(G);
  for (let i = 0; i < view.nA; i += 1) size[slot[i] as number] = (size[slot[i] as number] as number) + 1;
  // Within-group ties and shared tasks per slot; between-group ones keyed by g·G + h (g < h).
  const tiesIn = new Float64Array(G);
  const sharedIn = new Float64Array(G);
  const tiesOut = new Map<number, number>();
  const sharedOut = new Map<number, number>();
  const inside = new Int32Array(view.nA);
  for (let p = 0; p < counts.size; p += 1) {
    const u = counts.u[p] as number;
    const v = counts.v[p] as number;
    const g = slot[u] as number;
    const h = slot[v] as number;
    const s = counts.shared[p] as number;
    if (g === h) {
      tiesIn[g] = (tiesIn[g] as number) + 1;
      sharedIn[g] = (sharedIn[g] as number) + s;
      inside[u] = (inside[u] as number) + 1;
      inside[v] = (inside[v] as number) + 1;
    } else {
      const cell = g < h ? g * G + h : h * G + g;
      tiesOut.set(cell, (tiesOut.get(cell) ?? 0) + 1);
      sharedOut.set(cell, (sharedOut.get(cell) ?? 0) + s);
    }
  }
  const most = new Int32Array(G);
  const total = new Float64Array(G);
  for (let i = 0; i < view.nA; i += 1) {
    const g = slot[i] as number;
    most[g] = Math.max(most[g] as number, inside[i] as number);
    total[g] = (total[g] as number) + (inside[i] as number);
  }
  const groups: BlockGroup[] = [];
  for (let g = 0; g < G; g += 1) {
    const n = size[g] as number;
    if (n === 0) continue;
    const pairs = (n * (n - 1)) / 2;
    const t = tiesIn[g] as number;
    const s = sharedIn[g] as number;
    groups.push({
      group: labels[g] as GroupLabel,
      agencies: n,
      pairs,
      ties: t,
      shared: s,
      density: pairs === 0 ? null : t / pairs,
      meanShared: pairs === 0 ? null : s / pairs,
      centralisation: n < 3 ? null : (n * (most[g] as number) - (total[g] as number)) / ((n - 1) * (n - 2)),
    });
  }
  const between: BlockBetween[] = [...tiesOut.keys()]
    .sort((x, y) => x - y)
    .map((cell) => {
      const g = Math.floor(cell / G);
      const h = cell - g * G;
      const pairs = (size[g] as number) * (size[h] as number);
      const t = tiesOut.get(cell) as number;
      const s = sharedOut.get(cell) as number;
      return { a: labels[g] as GroupLabel, b: labels[h] as GroupLabel, pairs, ties: t, shared: s, density: t / pairs, meanShared: s / pairs };
    });
  return { groups, between };
}

/** Slots from labels that may be −1 (no group): groups 0 … count − 1 keep their numbers, −1 goes to a last slot labelled `null`. */
export function slotsOf(group: ArrayLike<number>, n: number, labels: readonly GroupLabel[]): { slot: Int32Array; labels: GroupLabel[] } {
  const slot = new Int32Array(n);
  let none = false;
  for (let i = 0; i < n; i += 1) {
    const g = group[i] as number;
    if (g < 0) none = true;
    slot[i] = g < 0 ? labels.length : g;
  }
  return { slot, labels: none ? [...labels, null] : [...labels] };
}

/** Each agency's main category as a slot (categories in table order, then `null`). */
export function categorySlots(view: CompactGraph, main: Int32Array = mainCategories(view)): { slot: Int32Array; labels: GroupLabel[] } {
  return slotsOf(main, view.nA, view.categories);
}

/** Louvain communities (numbered 0 … count − 1) as slots. */
export function communitySlots(view: CompactGraph, community: ArrayLike<number>, count: number): { slot: Int32Array; labels: GroupLabel[] } {
  return slotsOf(community, view.nA, Array.from({ length: count }, (_, c) => c));
}

/** What puts agencies in one group: a grouping by name, or a getter from an agency's key and attributes to its label (`null` or `undefined`: no group). */
export type BlockPartition = 'category' | 'community' | 'kind' | ((agency: string, attributes: AgencyNodeAttributes) => string | number | null | undefined);

export interface PartitionBlocksOptions {
  /** The partition. Default `category`. */
  by?: BlockPartition;
  /** Seed of Louvain when `by` is `community`. Default 42. */
  seed?: number;
  excludeCollective?: boolean;
}

/**
 * Density and centralisation per group of a partition of the agencies, as UCINET's block
 * densities of a grouped matrix. The matrix is the agency co-responsibility matrix (the agency
 * projection: S_ij = tasks agencies i and j share, diagonal ignored). The partition (`by`):
 * - `category` (default): each agency's main category (the category of most of its tasks, ties
 *   to the one first in the table), categories in table order, then `null` for agencies none of
 *   whose tasks has one;
 * - `community`: Louvain communities of the projection weighted by shared tasks (`seed`),
 *   numbered 0, 1, … by their first agency, as `agencyCommunities`;
 * - `kind`: the agency's kind from the dictionary, kinds in order of first agency, then `null`;
 * - a getter `(agency, attributes) => label`: labels in order of first agency, then `null` for
 *   agencies it gives `null` or `undefined`.
 *
 * For groups g, h with n_g, n_h agencies and T_gh pairs sharing at least one task:
 * - within g: density T_gg / (n_g(n_g − 1)/2) and mean shared tasks Σ S_ij / (n_g(n_g − 1)/2)
 *   (UCINET's density of a binary and of a valued block; NetworkX's `density` of g's subgraph;
 *   null with fewer than two agencies);
 * - between g and h: density T_gh / (n_g·n_h) (NetworkX's `cut_size` ÷ n_g·n_h) and mean shared
 *   Σ S_ij / (n_g·n_h), listed only for blocks with a tie;
 * - Freeman's (1979) degree centralisation of g's subgraph of the binary projection,
 *   Σ_i (d* − d_i) / ((n_g − 1)(n_g − 2)) with d_i the partners of i inside g (1 for a star, 0 for
 *   a regular subgraph; null with fewer than three agencies; neither NetworkX nor python-igraph
 *   computes it, so it is checked on worked examples).
 *
 * Checked against NetworkX on its own Louvain partitions (fixtures of
 * `scripts/networkx-reference.py`). Accepts the graph or its compact view.
 */
export function partitionBlocks(graph: ResponsibilityGraph | CompactGraph, options: PartitionBlocksOptions = {}): PartitionBlocks {
  const { by = 'category', seed = 42, excludeCollective = false } = options;
  if (typeof by !== 'function' && by !== 'category' && by !== 'community' && by !== 'kind') {
    throw new Error(`partitionBlocks: invalid \`by\` "${String(by)}" (expected category, community, kind or a function (agency, attributes) => label)`);
  }
  const view = viewOf(graph, { excludeCollective, caller: 'partitionBlocks' });
  const counts = pairCounts(view, 'agency');
  const { slot, labels } = slotsFor(view, by, seed);
  return blocksOfSlots(view, counts, slot, labels);
}

function slotsFor(view: CompactGraph, by: BlockPartition, seed: number): { slot: Int32Array; labels: GroupLabel[] } {
  if (by === 'category') return categorySlots(view);
  if (by === 'community') {
    const found = agencyCommunities(view, { seed });
    return communitySlots(view, Int32Array.from({ length: view.nA }, (_, i) => found.community[view.keys[i] as string] as number), found.count);
  }
  if (by === 'kind') {
    const kinds = kindGroups(view);
    const names: string[] = [];
    for (let a = 0; a < view.nA; a += 1) {
      const k = kinds[a] as number;
      if (k >= 0 && names[k] === undefined) names[k] = (view.attributes[a] as AgencyNodeAttributes).kind as string;
    }
    return slotsOf(kinds, view.nA, names);
  }
  const index = new Map<string | number, number>();
  const labels: GroupLabel[] = [];
  const group = new Int32Array(view.nA);
  for (let a = 0; a < view.nA; a += 1) {
    const key = view.keys[a] as string;
    const label = by(key, view.attributes[a] as AgencyNodeAttributes);
    if (label === null || label === undefined) {
      group[a] = -1;
      continue;
    }
    if (typeof label !== 'string' && !(typeof label === 'number' && Number.isFinite(label))) {
      throw new Error(`partitionBlocks: the \`by\` function gave ${String(label)} for agency ${key} (expected a string, a finite number, null or undefined)`);
    }
    let g = index.get(label);
    if (g === undefined) {
      g = labels.length;
      index.set(label, g);
      labels.push(label);
    }
    group[a] = g;
  }
  return slotsOf(group, view.nA, labels);
}
