// What-if analysis: what happens to the table if one agency drops out.
import { agencyKey, taskKey } from '../graph/build.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { agencyLoad, type LoadKey } from '../load.js';

export interface RankChange {
  agency: string;
  before: number;
  after: number;
}

export interface RemovalImpact {
  /** The agency removed (name as written). */
  agency: string;
  /** Ids of the tasks it was on. */
  tasks: string[];
  /** Tasks it led that are left with no lead. */
  leaderless: string[];
  /** Tasks left with no agency at all, or only collective units. */
  orphaned: string[];
  /** Agencies whose load rank (by `by`) changes, with the rank before and after. */
  rankChanges: RankChange[];
}

/**
 * Removes one agency (by name as written, or node key) from a copy of the graph and reports the
 * tasks left without a lead, the tasks left with no agency other than collectives, and how the
 * load ranking (by `by`, default `tasks`) of the remaining agencies moves. The graph is not changed.
 */
export function removeAgency(graph: ResponsibilityGraph, agency: string, options: { by?: LoadKey } = {}): RemovalImpact {
  const key = graph.hasNode(agency) ? agency : agencyKey(agency);
  const attributes = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
  if (attributes?.part !== 'agency') throw new Error(`removeAgency: no agency "${agency}" in the graph`);

  const by = options.by ?? 'tasks';
  const before = new Map(agencyLoad(graph, { by }).map((r) => [r.agency, r.rank]));
  const copy = graph.copy();
  const tasks: string[] = [];
  const leaderless: string[] = [];
  graph.forEachEdge(key, (_e, edge, source, target) => {
    const task = source === key ? target : source;
    const t = graph.getNodeAttributes(task);
    if (t.part !== 'task') return;
    tasks.push(t.id);
    if (edge.role !== 'lead') return;
    const otherLead = graph.someEdge(task, (_f, other, s, u) => other.role === 'lead' && s !== key && u !== key);
    if (!otherLead) leaderless.push(t.id);
  });
  copy.dropNode(key);
  const orphaned = tasks.filter((id) => copy.everyNeighbor(taskKey(id), (_n, a) => a.part === 'agency' && a.collective));
  const rankChanges: RankChange[] = [];
  for (const row of agencyLoad(copy, { by })) {
    const was = before.get(row.agency);
    if (was !== undefined && was !== row.rank) rankChanges.push({ agency: row.agency, before: was, after: row.rank });
  }
  return { agency: attributes.name, tasks, leaderless, orphaned, rankChanges };
}
