// Two-mode centralisation of each mode (Borgatti & Everett 1997): how far one agency (one task)
// stands out from the others of its mode, against the most centralised connected two-mode network
// of the same sizes. NetworkX computes none.
import { degreeOf, viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { betweenness, maxBipartiteBetweenness, type BetweennessOptions } from '../metrics/centrality/betweenness.js';

/** Centralisation indices of one mode, 0–1; `null` where the most centralised network has none (see {@link twoModeCentralisationMaxima}). */
export interface ModeCentralisation {
  /** Σ_i (d* − d_i) / ((n − 1)(m − 1)) over the mode's n nodes, d_i their degrees, m the other mode's size. */
  degree: number | null;
  /** Σ_i (b* − b_i) / ((n − 1)·b_max(n, m)) over the mode's nodes, b_i raw betweenness, b_max Borgatti & Halgin's largest betweenness of a node of the mode. */
  betweenness: number | null;
}

/** Two-mode centralisation of the agencies (among agencies) and of the tasks (among tasks). */
export interface TwoModeCentralisation {
  agencies: ModeCentralisation;
  tasks: ModeCentralisation;
}

/**
 * The largest values the numerators of {@link ModeCentralisation} take over connected bipartite
 * graphs with n nodes in the mode and m in the other, and the largest raw betweenness of one node
 * of the mode: `degree` (n − 1)(m − 1) (one node on all m, the others on one each), `node`
 * b_max(n, m) of Borgatti & Halgin (2011, NetworkX's divisor of `bipartite.betweenness_centrality`),
 * `betweenness` (n − 1)·b_max (the same network: the other n − 1 nodes are leaves, betweenness 0).
 * All three were found to be the maxima by enumerating every connected bipartite graph up to
 * 6 × 2 and 4 × 3 with NetworkX (fixture `two-mode-maxima.json`). For the larger mode Borgatti &
 * Everett's (1997) node maximum 2(n − 1)(m − 1) is not always reached (n = 5, m = 2: 8, where a
 * network reaches 9), so b_max is used for both modes.
 */
export function twoModeCentralisationMaxima(n: number, m: number): { degree: number; node: number; betweenness: number } {
  if (!(Number.isInteger(n) && Number.isInteger(m) && n >= 1 && m >= 1)) {
    throw new Error(`twoModeCentralisationMaxima: invalid sizes ${n}, ${m} (expected whole numbers ≥ 1)`);
  }
  const node = maxBipartiteBetweenness(n, m);
  return { degree: (n - 1) * (m - 1), node, betweenness: (n - 1) * node };
}

/**
 * The indices from the view's degrees and the report's betweenness b_i/b_max (NetworkX's
 * normalisation, each mode over its own b_max), so Σ (b*_norm − b_i,norm)/(n − 1) is the
 * betweenness index. Degrees are counted, not read back from d_i/m, so the degree index is exact.
 */
export function twoModeCentralisationOf(view: CompactGraph, between: ArrayLike<number>): TwoModeCentralisation {
  const degree = Float64Array.from({ length: view.keys.length }, (_, i) => degreeOf(view, i));
  const mode = (from: number, to: number, other: number): ModeCentralisation => {
    const n = to - from;
    if (n < 1 || other < 1) return { degree: null, betweenness: null };
    const max = twoModeCentralisationMaxima(n, other);
    return {
      degree: max.degree === 0 ? null : gap(degree, from, to) / max.degree,
      betweenness: max.betweenness === 0 ? null : gap(between, from, to) / (n - 1),
    };
  };
  return { agencies: mode(0, view.nA, view.nT), tasks: mode(view.nA, view.keys.length, view.nA) };
}

/** Σ_i (x* − x_i) over values[from … to). */
function gap(values: ArrayLike<number>, from: number, to: number): number {
  let most = -Infinity;
  let sum = 0;
  for (let i = from; i < to; i += 1) {
    most = Math.max(most, values[i] as number);
    sum += values[i] as number;
  }
  return (to - from) * most - sum;
}

/**
 * Two-mode centralisation of each mode (Borgatti & Everett 1997, "Network analysis of 2-mode data",
 * Social Networks 19: 243–269): Freeman's (1979) centralisation Σ_i (c* − c_i) taken over the nodes
 * of one mode only (agencies among agencies, tasks among tasks), divided by its largest value in a
 * connected two-mode network with the same numbers of agencies and tasks:
 * - degree: Σ (d* − d_i) / ((n − 1)(m − 1)), d_i the node's degree (tasks of an agency, agencies of
 *   a task), n its mode's size, m the other's (as R migraph's `network_degree(direction = "in")`);
 * - betweenness: Σ (b* − b_i) / ((n − 1)·b_max(n, m)), b_i the raw betweenness on the agency–task
 *   graph and b_max Borgatti & Halgin's (2011) largest betweenness of a node of the mode; for the
 *   smaller mode (n ≤ m) b_max equals Borgatti & Everett's (1997) ½m(m − 1) + ½(n − 1)(n − 2) +
 *   (n − 1)(m − 1), for the larger one their 2(n − 1)(m − 1) can be exceeded, so b_max is used (see
 *   {@link twoModeCentralisationMaxima}).
 *
 * 1 for the star-like network (one node on every node of the other mode, the rest of its mode on
 * one each), 0 when every node of the mode has the same value; `null` when the divisor is 0 (a mode
 * of one node, or facing one node). NetworkX has no centralisation. Its node centralities, which
 * the report's columns follow, already use Borgatti & Everett's two-mode normalisation: degree
 * d/m and closeness (m + 2(n − 1))/Σ distances are theirs (NetworkX multiplies closeness by the
 * reachable share, 1 in a connected network), and its betweenness divisor equals theirs for the
 * smaller mode. The divisors assume a connected network: on a disconnected one a star cannot
 * reach 1 (and a node without links could take the degree index past 1).
 * Betweenness as `betweenness` computes it (`pivots`: estimated). Accepts the graph or its view.
 */
export function twoModeCentralisation(graph: ResponsibilityGraph | CompactGraph, options: Pick<BetweennessOptions, 'pivots' | 'seed' | 'runner'> & { excludeCollective?: boolean } = {}): TwoModeCentralisation {
  const { excludeCollective = false, ...rest } = options;
  const view = viewOf(graph, { excludeCollective, caller: 'twoModeCentralisation' });
  return twoModeCentralisationOf(view, betweenness.compute(view, rest));
}
