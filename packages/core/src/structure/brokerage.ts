// Brokerage roles of agencies on the lead → co network, grouped by category, community or kind.
import { viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph, ResponsibilityNodeAttributes } from '../graph/types.js';
import { brokerageCounts, leadArcs, type BrokerageArrays } from '../kernels/brokerage.js';
import { agencyCommunities } from './communities.js';

/** What puts two agencies in the same group: their main task category, their Louvain community, or their kind (dictionary). */
export type BrokerageGrouping = 'category' | 'community' | 'kind';
export const BROKERAGE_GROUPINGS: readonly BrokerageGrouping[] = ['category', 'community', 'kind'];

export interface BrokerageOptions {
  /** Grouping of the agencies. Default `category`. */
  grouping?: BrokerageGrouping;
  /** Seed of Louvain when `grouping` is `community`. Default 42. */
  seed?: number;
  excludeCollective?: boolean;
}

/** Gould & Fernandez (1989) role counts of one agency, and their sum. */
export interface BrokerageRoles {
  coordinator: number;
  consultant: number;
  gatekeeper: number;
  representative: number;
  liaison: number;
  total: number;
}

/**
 * Each agency's main category: the category of most of its tasks, ties to the category listed
 * first in the table; −1 for an agency none of whose tasks has a category.
 */
export function mainCategories(view: CompactGraph): Int32Array {
  const out = new Int32Array(view.nA).fill(-1);
  const count = new Int32Array(view.categories.length);
  for (let a = 0; a < view.nA; a += 1) {
    const start = view.offsets[a] as number;
    const end = view.offsets[a + 1] as number;
    for (let e = start; e < end; e += 1) {
      const c = view.category[view.neighbors[e] as number] as number;
      if (c >= 0) count[c] = (count[c] as number) + 1;
    }
    let best = -1;
    for (let e = start; e < end; e += 1) {
      const c = view.category[view.neighbors[e] as number] as number;
      if (c >= 0 && (best < 0 || (count[c] as number) > (count[best] as number) || ((count[c] as number) === (count[best] as number) && c < best))) best = c;
    }
    for (let e = start; e < end; e += 1) {
      const c = view.category[view.neighbors[e] as number] as number;
      if (c >= 0) count[c] = 0;
    }
    out[a] = best;
  }
  return out;
}

/** Each agency's kind from the dictionary as a label (agencies without a kind share the label −1). */
export function kindGroups(view: CompactGraph): Int32Array {
  const labels = new Map<string, number>();
  const out = new Int32Array(view.nA).fill(-1);
  for (let a = 0; a < view.nA; a += 1) {
    const attr = view.attributes[a] as ResponsibilityNodeAttributes;
    const kind = attr.part === 'agency' ? attr.kind : undefined;
    if (kind === undefined) continue;
    if (!labels.has(kind)) labels.set(kind, labels.size);
    out[a] = labels.get(kind) as number;
  }
  return out;
}

/** Role counts of the view's agencies under a grouping (`community` needs the community labels). */
export function brokerageOfView(view: CompactGraph, grouping: BrokerageGrouping, community: () => ArrayLike<number>): BrokerageArrays {
  const group = grouping === 'category' ? mainCategories(view) : grouping === 'kind' ? kindGroups(view) : community();
  return brokerageCounts(leadArcs(view), group);
}

/**
 * Gould & Fernandez (1989) brokerage roles of every agency on the lead → co network (a → b when a
 * leads a task b co-operates on; see {@link brokerageCounts}): for each path a → v → b without an
 * arc a → b, v is a coordinator (all three in one group), consultant (a and b in one group, v in
 * another), gatekeeper (v and b together, a outside), representative (a and v together, b outside)
 * or liaison (three groups). Groups: each agency's main category (default; agencies whose tasks
 * have no category form one group), its Louvain community (`seed`), or its `kind` from the
 * dictionary (agencies without one form one group). The definition is R sna's `brokerage`;
 * NetworkX and igraph have no brokerage roles, so the counts are checked on worked examples and
 * against the definition on random networks. Accepts the graph or its compact view.
 */
export function brokerage(graph: ResponsibilityGraph | CompactGraph, options: BrokerageOptions = {}): Record<string, BrokerageRoles> {
  const { grouping = 'category', seed = 42, excludeCollective = false } = options;
  if (!BROKERAGE_GROUPINGS.includes(grouping)) {
    throw new Error(`brokerage: invalid \`grouping\` "${String(grouping)}" (expected ${BROKERAGE_GROUPINGS.join(', ')})`);
  }
  const view = viewOf(graph, { excludeCollective, caller: 'brokerage' });
  const roles = brokerageOfView(view, grouping, () => {
    const found = agencyCommunities(view, { seed });
    return Int32Array.from({ length: view.nA }, (_, i) => found.community[view.keys[i] as string] as number);
  });
  const out: Record<string, BrokerageRoles> = {};
  for (let i = 0; i < view.nA; i += 1) out[view.keys[i] as string] = rolesAt(roles, i);
  return out;
}

/** One agency's counts out of the typed arrays. */
export function rolesAt(roles: BrokerageArrays, i: number): BrokerageRoles {
  const r = {
    coordinator: roles.coordinator[i] as number,
    consultant: roles.consultant[i] as number,
    gatekeeper: roles.gatekeeper[i] as number,
    representative: roles.representative[i] as number,
    liaison: roles.liaison[i] as number,
  };
  return { ...r, total: r.coordinator + r.consultant + r.gatekeeper + r.representative + r.liaison };
}
