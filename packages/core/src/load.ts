// The load table: how many tasks each agency carries, as lead and as co-operator.
import type { ResponsibilityGraph } from './graph/types.js';

/** One agency's load. */
export interface AgencyLoad {
  /** 1-based rank by the sort key; agencies tied on the key share a rank (1, 2, 2, 4). */
  rank: number;
  /** The name as written in the table. */
  agency: string;
  nameEn?: string;
  collective: boolean;
  /** Tasks the agency is listed on: its degree k_a. */
  tasks: number;
  /** Tasks it leads (listed first, or marked 牵头). */
  lead: number;
  /** Tasks it co-operates on beside a lead. */
  co: number;
  /** Tasks it is listed on where no lead is marked (role `responsible`). tasks = lead + co + responsible. */
  responsible: number;
  /** Distinct categories among its tasks. */
  categories: number;
  /** Its tasks as a share of all tasks in the graph: k_a / n_T, in [0, 1]. */
  share: number;
}

/** Keys a load table can be sorted by. */
export const LOAD_KEYS = ['tasks', 'lead', 'co', 'categories', 'share'] as const;
export type LoadKey = (typeof LOAD_KEYS)[number];

export interface LoadOptions {
  /** Sort key, descending. Default `tasks`. */
  by?: LoadKey;
  /** Leave collective units out of the table. Default `false`. */
  excludeCollective?: boolean;
}

const DEFAULTS: Required<LoadOptions> = { by: 'tasks', excludeCollective: false };

/**
 * Load per agency: tasks (degree), lead and co counts, categories spanned and share of all tasks,
 * sorted descending by `by`. Ties are broken by tasks, then lead (both descending), then by the
 * order in which agencies first appear in the table — a stable, documented order, so the same
 * table always gives the same ranking.
 */
export function agencyLoad(graph: ResponsibilityGraph, options: LoadOptions = {}): AgencyLoad[] {
  const { by, excludeCollective } = { ...DEFAULTS, ...options };
  if (!LOAD_KEYS.includes(by)) {
    throw new Error(`agencyLoad: invalid \`by\` "${String(by)}" (expected one of ${LOAD_KEYS.join(', ')})`);
  }
  let taskCount = 0;
  graph.forEachNode((_node, attr) => {
    if (attr.part === 'task') taskCount += 1;
  });

  const rows: (Omit<AgencyLoad, 'rank'> & { order: number })[] = [];
  graph.forEachNode((node, attr) => {
    if (attr.part !== 'agency' || (excludeCollective && attr.collective)) return;
    let lead = 0;
    let responsible = 0;
    const categories = new Set<string | null>();
    graph.forEachEdge(node, (_edge, edgeAttr, source, target) => {
      if (edgeAttr.role === 'lead') lead += 1;
      else if (edgeAttr.role === 'responsible') responsible += 1;
      const task = graph.getNodeAttributes(source === node ? target : source);
      if (task.part === 'task') categories.add(task.category);
    });
    const tasks = graph.degree(node);
    const row: Omit<AgencyLoad, 'rank'> & { order: number } = {
      agency: attr.name,
      collective: attr.collective,
      tasks,
      lead,
      co: tasks - lead - responsible,
      responsible,
      categories: [...categories].filter((c) => c !== null).length,
      share: taskCount === 0 ? 0 : tasks / taskCount,
      order: rows.length,
    };
    if (attr.nameEn !== undefined) row.nameEn = attr.nameEn;
    rows.push(row);
  });

  rows.sort((a, b) => b[by] - a[by] || b.tasks - a.tasks || b.lead - a.lead || a.order - b.order);
  let rank = 0;
  return rows.map(({ order: _order, ...row }, i) => {
    if (i === 0 || rows[i - 1]?.[by] !== row[by]) rank = i + 1;
    return { rank, ...row };
  });
}
