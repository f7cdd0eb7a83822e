// The load table: how many tasks each agency carries, as lead and as co-operator.
import { viewOf, type CompactGraph } from './graph/compact.js';
import type { AgencyNodeAttributes, ResponsibilityGraph } from './graph/types.js';

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
export function agencyLoad(graph: ResponsibilityGraph | CompactGraph, options: LoadOptions = {}): AgencyLoad[] {
  const { by, excludeCollective } = { ...DEFAULTS, ...options };
  if (!LOAD_KEYS.includes(by)) {
    throw new Error(`agencyLoad: invalid \`by\` "${String(by)}" (expected one of ${LOAD_KEYS.join(', ')})`);
  }
  return loadOfView(viewOf(graph, { excludeCollective, caller: 'agencyLoad' }), by);
}

/** {@link agencyLoad} of every agency of a compact view, in O(m + n_A log n_A). */
export function loadOfView(g: CompactGraph, by: LoadKey = 'tasks'): AgencyLoad[] {
  return loadRowsOfView(g, by).map((row) => row.load);
}

/** {@link loadOfView} with each row's node index in the view. */
export function loadRowsOfView(g: CompactGraph, by: LoadKey = 'tasks'): { node: number; load: AgencyLoad }[] {
  const { offsets, neighbors, lead: isLead, responsible: isResponsible, category } = g;
  const taskCount = g.nT;
  const nA = g.nA;
  const lastSeen = new Int32Array(Math.max(1, g.categories.length)).fill(-1);
  const tasks = new Int32Array(nA);
  const lead = new Int32Array(nA);
  const responsible = new Int32Array(nA);
  const categories = new Int32Array(nA);
  // Indices 0 … n_A − 1 are the agencies (see CompactGraph).
  const order: number[] = [];
  for (let a = 0; a < nA; a += 1) {
    let leads = 0;
    let responsibles = 0;
    let spanned = 0;
    for (let e = offsets[a] as number; e < (offsets[a + 1] as number); e += 1) {
      leads += isLead[e] as number;
      responsibles += isResponsible[e] as number;
      const c = category[neighbors[e] as number] as number;
      if (c >= 0 && lastSeen[c] !== a) {
        lastSeen[c] = a;
        spanned += 1;
      }
    }
    tasks[a] = (offsets[a + 1] as number) - (offsets[a] as number);
    lead[a] = leads;
    responsible[a] = responsibles;
    categories[a] = spanned;
    order.push(a);
  }
  // The sort key as numbers (share = tasks / n_T sorts as tasks; co = tasks − lead − responsible).
  const co = (a: number): number => (tasks[a] as number) - (lead[a] as number) - (responsible[a] as number);
  const key = by === 'lead' ? (a: number) => lead[a] as number : by === 'co' ? co : by === 'categories' ? (a: number) => categories[a] as number : (a: number) => tasks[a] as number;
  order.sort((a, b) => key(b) - key(a) || (tasks[b] as number) - (tasks[a] as number) || (lead[b] as number) - (lead[a] as number) || a - b);
  let rank = 0;
  return order.map((a, i) => {
    if (i === 0 || key(order[i - 1] as number) !== key(a)) rank = i + 1;
    const attr = g.attributes[a] as AgencyNodeAttributes;
    const row: AgencyLoad = {
      rank,
      agency: attr.name,
      collective: attr.collective,
      tasks: tasks[a] as number,
      lead: lead[a] as number,
      co: co(a),
      responsible: responsible[a] as number,
      categories: categories[a] as number,
      share: taskCount === 0 ? 0 : (tasks[a] as number) / taskCount,
    };
    if (attr.nameEn !== undefined) row.nameEn = attr.nameEn;
    return { node: a, load: row };
  });
}
