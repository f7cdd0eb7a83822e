// Builds the bipartite agency–task graph from a parsed table.
import { UndirectedGraph } from 'graphology';
import { isCollectiveName } from '../collective.js';
import { indexDictionary, type AgencyEntry, type Dictionary } from '../dictionary.js';
import type { ResponsibilityTable } from '../types.js';
import type {
  AgencyNodeAttributes,
  ExcludedUnit,
  ResponsibilityGraph,
  ResponsibilityGraphAttributes,
  TaskNodeAttributes,
} from './types.js';

/** Node key of an agency. */
export const agencyKey = (name: string): string => `agency:${name}`;
/** Node key of a task. */
export const taskKey = (id: string): string => `task:${id}`;

export interface BuildOptions {
  /** Agency details and translations merged into node attributes. */
  dictionary?: Dictionary;
  /** Leave collective units out of the graph (they are listed in the graph's `excluded` attribute). Default `false`. */
  excludeCollective?: boolean;
  /** Decides which units are collective; default: the dictionary's `collective`, else {@link isCollectiveName}. */
  isCollective?: (name: string) => boolean;
}

/**
 * Builds a graphology `UndirectedGraph` (not a mixed graph, so unnormalised betweenness is halved
 * as NetworkX does) with one node per task and per distinct agency (by canonical name) and one edge per task–unit link.
 *
 * Nodes carry `part: 'agency' | 'task'` and the table's and dictionary's attributes; edges carry
 * `role` (`lead` | `co`) and `position`. Nodes are added in table order (a task, then its agencies
 * at first mention), which the load table uses as its final tie-break.
 */
export function buildResponsibilityGraph(table: ResponsibilityTable, options: BuildOptions = {}): ResponsibilityGraph {
  if (table === null || typeof table !== 'object' || !Array.isArray(table.tasks)) {
    throw new TypeError('buildResponsibilityGraph: expected a parsed table (the result of parseTable), got ' + typeof table);
  }
  const { dictionary, excludeCollective = false } = options;
  const index = indexDictionary(dictionary);
  const isCollective =
    options.isCollective ?? ((name: string) => index.agency.get(name)?.collective ?? isCollectiveName(name));

  const attributes: ResponsibilityGraphAttributes = { categories: [...table.categories], excluded: [] };
  if (table.file !== undefined) attributes.file = table.file;
  const graph: ResponsibilityGraph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  graph.replaceAttributes(attributes);
  const excluded = new Map<string, ExcludedUnit>();

  for (const task of table.tasks) {
    const t: TaskNodeAttributes = {
      part: 'task',
      label: task.title,
      id: task.id,
      number: task.number,
      title: task.title,
      category: task.category,
    };
    const titleEn = index.task.get(task.id)?.titleEn;
    if (titleEn !== undefined) t.titleEn = titleEn;
    const categoryEn = task.category === null ? undefined : index.category.get(task.category)?.nameEn;
    if (categoryEn !== undefined) t.categoryEn = categoryEn;
    const tKey = taskKey(task.id);
    graph.addNode(tKey, t);

    for (const unit of task.units) {
      const name = unit.canonical;
      const collective = isCollective(name);
      if (collective && excludeCollective) {
        const entry = excluded.get(name) ?? { name, reason: 'collective', tasks: [], led: [] };
        entry.tasks.push(task.id);
        if (unit.role === 'lead') entry.led.push(task.id);
        excluded.set(name, entry);
        continue;
      }
      const aKey = agencyKey(name);
      if (!graph.hasNode(aKey)) graph.addNode(aKey, agencyAttributes(name, collective, index.agency.get(name)));
      if (unit.name !== name) {
        const a = graph.getNodeAttributes(aKey) as AgencyNodeAttributes;
        if (!(a.aliases ?? []).includes(unit.name)) a.aliases = [...(a.aliases ?? []), unit.name];
      }
      // Two written variants of one agency on one task: the first mention counts (the parser warns).
      if (!graph.hasEdge(aKey, tKey)) graph.addEdge(aKey, tKey, { role: unit.role, position: unit.position });
    }
  }
  graph.setAttribute('excluded', [...excluded.values()]);
  return graph;
}

function agencyAttributes(
  name: string,
  collective: boolean,
  entry: AgencyEntry | undefined,
): AgencyNodeAttributes {
  const a: AgencyNodeAttributes = { part: 'agency', label: name, name, collective };
  if (entry?.fullName !== undefined) a.fullName = entry.fullName;
  if (entry?.nameEn !== undefined) a.nameEn = entry.nameEn;
  if (entry?.kind !== undefined) a.kind = entry.kind;
  return a;
}
