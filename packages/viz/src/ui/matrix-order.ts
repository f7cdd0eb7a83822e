// The matrix's orders: rows by community and columns by category, so that blocks show; or both by
// two-mode coreness, so that the core sits top left and the periphery bottom right.
import type { ResponsibilityGraph } from '@fengong/core';

export interface MatrixOrder {
  /** Agency node keys, top to bottom. */
  rows: string[];
  /** Task node keys, left to right. */
  columns: string[];
  /** Runs of consecutive columns sharing a category: the bands above the header. */
  bands: { category: string | null; span: number }[];
  /** Runs of consecutive rows sharing a community (empty until communities are computed). */
  groups: { community: number; span: number }[];
}

/**
 * Orders the agency × task matrix to show its structure (a block seriation). Rows: agencies grouped
 * by Louvain community (communities by decreasing total tasks), within a community in `ranked`
 * order (the ranking's). Columns: tasks grouped by category (categories in table order), within a
 * category by the row of their lead (or first listed agency), then table order — so a category's
 * tasks led by the same agency sit together and the lead cells run down the diagonal of each block.
 * Collective units go last, as in the ranking. Only the first `maxColumns` columns are kept.
 */
export function matrixOrder(graph: ResponsibilityGraph, ranked: readonly string[], community: ReadonlyMap<string, number>, maxColumns = Infinity): MatrixOrder {
  const collective = (n: string): boolean => {
    const a = graph.getNodeAttributes(n);
    return a.part === 'agency' && a.collective;
  };
  const rankOf = new Map(ranked.map((n, i) => [n, i]));
  const load = new Map<number, number>();
  for (const n of ranked) {
    const c = community.get(n);
    if (c !== undefined && !collective(n)) load.set(c, (load.get(c) ?? 0) + graph.degree(n));
  }
  const key = (n: string): number => (collective(n) ? Infinity : community.has(n) ? -(load.get(community.get(n) ?? -1) ?? 0) : 0);
  const rows = [...ranked].sort((a, b) => key(a) - key(b) || (community.get(a) ?? 0) - (community.get(b) ?? 0) || (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0));
  const rowOf = new Map(rows.map((n, i) => [n, i]));

  const categoryOrder = new Map<string | null, number>();
  const tasks: { node: string; category: string | null; index: number; leadRow: number }[] = [];
  graph.forEachNode((node, attr) => {
    if (attr.part !== 'task') return;
    if (!categoryOrder.has(attr.category)) categoryOrder.set(attr.category, categoryOrder.size);
    let leadRow = Infinity;
    let firstRow = Infinity;
    graph.forEachEdge(node, (_e, e, a, b) => {
      const row = rowOf.get(a === node ? b : a) ?? Infinity;
      if (e.role === 'lead') leadRow = Math.min(leadRow, row);
      firstRow = Math.min(firstRow, row);
    });
    tasks.push({ node, category: attr.category, index: tasks.length, leadRow: leadRow === Infinity ? firstRow : leadRow });
  });
  tasks.sort((a, b) => (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0) || a.leadRow - b.leadRow || a.index - b.index);
  tasks.length = Math.min(tasks.length, maxColumns);
  const columns = tasks.map((t) => t.node);

  const bands = bandsOf(tasks);
  const groups: MatrixOrder['groups'] = [];
  if (community.size > 0) {
    for (const n of rows) {
      const c = collective(n) ? -1 : (community.get(n) ?? -1);
      const last = groups.at(-1);
      if (last !== undefined && last.community === c) last.span += 1;
      else groups.push({ community: c, span: 1 });
    }
  }
  return { rows, columns, bands, groups };
}

/** Runs of consecutive columns sharing a category. */
function bandsOf(tasks: readonly { category: string | null }[]): MatrixOrder['bands'] {
  const bands: MatrixOrder['bands'] = [];
  for (const t of tasks) {
    const last = bands.at(-1);
    if (last !== undefined && last.category === t.category) last.span += 1;
    else bands.push({ category: t.category, span: 1 });
  }
  return bands;
}

/**
 * The core–periphery order of the matrix (Borgatti & Everett 1999, two-mode): rows by the agencies'
 * two-mode continuous coreness c_a, columns by the tasks' d_t, both highest first (ties: `ranked`
 * order for rows, table order for columns), so the dense core block sits top left and the sparse
 * periphery bottom right. Agencies or tasks without a value yet keep their place after those with
 * one; collective units go last, as in the ranking. No community groups; category bands are the
 * runs of one category in that order. Only the first `maxColumns` columns are kept.
 */
export function corePeripheryOrder(
  graph: ResponsibilityGraph,
  ranked: readonly string[],
  agencyCoreness: (agency: string) => number | undefined,
  taskCoreness: ReadonlyMap<string, number>,
  maxColumns = Infinity,
): MatrixOrder {
  const collective = (n: string): boolean => {
    const a = graph.getNodeAttributes(n);
    return a.part === 'agency' && a.collective;
  };
  const value = (v: number | undefined): number => (v === undefined || Number.isNaN(v) ? -Infinity : v);
  const rankOf = new Map(ranked.map((n, i) => [n, i]));
  const rows = [...ranked].sort(
    (a, b) => Number(collective(a)) - Number(collective(b)) || value(agencyCoreness(b)) - value(agencyCoreness(a)) || (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0),
  );
  const tasks: { node: string; category: string | null; index: number }[] = [];
  graph.forEachNode((node, attr) => {
    if (attr.part === 'task') tasks.push({ node, category: attr.category, index: tasks.length });
  });
  // −Infinity − (−Infinity) is NaN: compare "has a value" first.
  const score = (node: string): number => value(taskCoreness.get(node));
  tasks.sort((a, b) => {
    const x = score(a.node);
    const y = score(b.node);
    if (x !== y) return y > x ? 1 : -1;
    return a.index - b.index;
  });
  tasks.length = Math.min(tasks.length, maxColumns);
  return { rows, columns: tasks.map((t) => t.node), bands: bandsOf(tasks), groups: [] };
}
