// Builds the bipartite agency–task graph from a parsed table.
import { UndirectedGraph } from 'graphology';
import { isCollectiveName } from '../collective.js';
import { indexDictionary, type AgencyEntry, type Dictionary } from '../dictionary.js';
import type { ResponsibilityTable, Role } from '../types.js';
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

/** What {@link walkTable} reports, in table order. */
export interface TableVisitor {
  /** A task node, in table order. */
  task(key: string, attributes: TaskNodeAttributes): void;
  /** An agency node, at its first mention. Later mentions under another written form add to its `aliases`. */
  agency(key: string, attributes: AgencyNodeAttributes): void;
  /**
   * A task–unit link; a second mention of one agency on one task is not a second link (the first
   * counts). `agencyOrdinal` is the agency's place among the agencies reported so far (0, 1, …).
   */
  link(agency: string, task: string, role: Role, position: number, agencyOrdinal: number): void;
}

/**
 * Walks a parsed table in the order the graph is built — each task, then its units as listed,
 * an agency node at its first mention — and returns the units left out (collectives, with
 * `excludeCollective`). {@link buildResponsibilityGraph} and the compact view built straight from
 * a table both use it, so both read a table the same way.
 */
export function walkTable(table: ResponsibilityTable, options: BuildOptions, visit: TableVisitor, caller = 'buildResponsibilityGraph'): ExcludedUnit[] {
  if (table === null || typeof table !== 'object' || !Array.isArray(table.tasks)) {
    throw new TypeError(`${caller}: expected a parsed table (the result of parseTable), got ` + typeof table);
  }
  const { dictionary, excludeCollective = false } = options;
  const index = indexDictionary(dictionary);
  const isCollective =
    options.isCollective ?? ((name: string) => index.agency.get(name)?.collective ?? isCollectiveName(name));
  // One entry per distinct canonical name: its key, node attributes (or its excluded record), and
  // the last task it was listed on (a second mention on one task is not a second link).
  interface Unit {
    key: string;
    ordinal: number;
    attributes: AgencyNodeAttributes | null;
    excluded: ExcludedUnit | null;
    lastTask: number;
  }
  const units = new Map<string, Unit>();
  const excluded: ExcludedUnit[] = [];
  let agencies = 0;
  let taskLines: Map<string, number> | null = null;
  let lastNumber = -Infinity;
  for (let ti = 0; ti < table.tasks.length; ti += 1) {
    const task = table.tasks[ti] as ResponsibilityTable['tasks'][number];
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
    // Ids spell task numbers: while the numbers increase the ids are unique, and no lookup is needed.
    if (taskLines === null && task.number > lastNumber && Number(task.id) === task.number) lastNumber = task.number;
    else {
      if (taskLines === null) taskLines = new Map(table.tasks.slice(0, ti).map((x) => [x.id, x.line]));
      const earlier = taskLines.get(task.id);
      if (earlier !== undefined) {
        throw new Error(`${caller}: ${table.file ?? 'the table'} has task ${task.id} twice (lines ${earlier} and ${task.line}); task numbers must be unique`);
      }
      taskLines.set(task.id, task.line);
    }
    visit.task(tKey, t);
    const mentions = task.units;
    for (let mi = 0; mi < mentions.length; mi += 1) {
      const mention = mentions[mi] as ResponsibilityTable['tasks'][number]['units'][number];
      const name = mention.canonical;
      let unit = units.get(name);
      if (unit === undefined) {
        const collective = isCollective(name);
        if (collective && excludeCollective) {
          const entry: ExcludedUnit = { name, reason: 'collective', tasks: [], led: [] };
          excluded.push(entry);
          unit = { key: agencyKey(name), ordinal: -1, attributes: null, excluded: entry, lastTask: -1 };
        } else {
          const attributes = agencyAttributes(name, collective, index.agency.get(name));
          unit = { key: agencyKey(name), ordinal: agencies, attributes, excluded: null, lastTask: -1 };
          agencies += 1;
          visit.agency(unit.key, attributes);
        }
        units.set(name, unit);
      }
      const a = unit.attributes;
      if (a !== null && mention.name !== name && !(a.aliases ?? []).includes(mention.name)) a.aliases = [...(a.aliases ?? []), mention.name];
      // Two written variants of one agency on one task: the first mention counts (the parser warns).
      if (unit.lastTask === ti) continue;
      unit.lastTask = ti;
      if (unit.excluded !== null) {
        unit.excluded.tasks.push(task.id);
        if (mention.role === 'lead') unit.excluded.led.push(task.id);
      } else visit.link(unit.key, tKey, mention.role, mention.position, unit.ordinal);
    }
  }
  return excluded;
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
  const graph: ResponsibilityGraph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  const excluded = walkTable(table, options, {
    task: (key, attributes) => graph.addNode(key, attributes),
    agency: (key, attributes) => graph.addNode(key, attributes),
    link: (agency, task, role, position) => graph.addEdge(agency, task, { role, position }),
  });
  const attributes: ResponsibilityGraphAttributes = { categories: [...table.categories], excluded };
  if (table.file !== undefined) attributes.file = table.file;
  graph.replaceAttributes(attributes);
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
