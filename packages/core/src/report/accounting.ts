// Accounting: where every task and every unit mention of the input ended up, so a user can see
// that nothing was lost between the text and the graph.
import { agencyKey, taskKey } from '../graph/build.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import type { ResponsibilityTable } from '../types.js';

export interface Accounting {
  tasks: {
    /** Tasks read from the input. */
    read: number;
    /** Tasks that are nodes of the graph (always all of them). */
    inGraph: number;
  };
  mentions: {
    /** Unit mentions read: listed on tasks, plus repeats the parser counted once. */
    read: number;
    /** Mentions that became a link of the graph. */
    linked: number;
    /** … of which under another written form (merged by an alias, traditional → simplified or a prefix). */
    merged: number;
    /** Mentions of a collective left out (`excludeCollective`). */
    excluded: number;
    /** A unit listed twice on one task (the parser's `duplicate-unit` warnings): counted once. */
    repeated: number;
    /** Two written forms of one agency on one task (the normaliser's `same-agency` warnings): counted once. */
    sameAgency: number;
  };
  agencies: {
    /** Distinct names as written. */
    written: number;
    /** Distinct agencies after normalisation. */
    canonical: number;
    /** Agency nodes in the graph. */
    inGraph: number;
  };
  /** read = linked + excluded + repeated + sameAgency: every mention is accounted for. */
  balanced: boolean;
}

/**
 * Accounts for every task and unit mention of `table` in `graph` (built from it): how many were
 * read, linked (under their own or a merged name), excluded as collectives, or counted once as
 * repeats. `balanced` is true when the numbers add up, as they should.
 */
export function accountFor(table: ResponsibilityTable, graph: ResponsibilityGraph): Accounting {
  const repeated = table.diagnostics.filter((d) => d.code === 'duplicate-unit').length;
  let listed = 0;
  let linked = 0;
  let merged = 0;
  let excluded = 0;
  let sameAgency = 0;
  const written = new Set<string>();
  const canonical = new Set<string>();
  for (const task of table.tasks) {
    const seen = new Set<string>();
    for (const unit of task.units) {
      listed += 1;
      written.add(unit.name);
      canonical.add(unit.canonical);
      const key = agencyKey(unit.canonical);
      if (seen.has(unit.canonical)) sameAgency += 1;
      else if (graph.hasNode(key) && graph.hasEdge(key, taskKey(task.id))) {
        linked += 1;
        if (unit.canonical !== unit.name) merged += 1;
      } else excluded += 1;
      seen.add(unit.canonical);
    }
  }
  const read = listed + repeated;
  const inGraph = graph.filterNodes((_n, a) => a.part === 'task').length;
  return {
    tasks: { read: table.tasks.length, inGraph },
    mentions: { read, linked, merged, excluded, repeated, sameAgency },
    agencies: { written: written.size, canonical: canonical.size, inGraph: graph.filterNodes((_n, a) => a.part === 'agency').length },
    balanced: read === linked + excluded + repeated + sameAgency && inGraph === table.tasks.length,
  };
}
