// CSV files in the layout of Neo4j's bulk importer (`neo4j-admin database import full`), the route
// for corpora that outgrow one machine.
import Papa from 'papaparse';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { ResponsibilityEdgeAttributes, ResponsibilityNodeAttributes } from '../graph/types.js';
import { attributeColumns, isAbsent, valueText, type Column, type ValueType } from './attribute-model.js';

/** The three files: nodes of each label and the relationships between them. */
export interface Neo4jCsv {
  /** `agencies.csv`: one row per agency, id column `name:ID(Agency)`, label `Agency` (plus `Collective`). */
  agencies: string;
  /** `tasks.csv`: one row per task, id column `id:ID(Task)`, label `Task`. */
  tasks: string;
  /** `responsibilities.csv`: one `(:Agency)-[:RESPONSIBLE_FOR]->(:Task)` row per link, with `role` and `position`. */
  responsibilities: string;
}

export interface Neo4jOptions {
  /** Separator of list values (`aliases:string[]`), as neo4j-admin's `--array-delimiter`. Default `';'`. */
  arrayDelimiter?: string;
}

/** File names for {@link Neo4jCsv}'s parts, as {@link neo4jImportCommand} expects them. */
export const NEO4J_FILES: Readonly<Record<keyof Neo4jCsv, string>> = {
  agencies: 'agencies.csv',
  tasks: 'tasks.csv',
  responsibilities: 'responsibilities.csv',
};

/** The relationship type of every agency → task link; the role is a property. */
export const NEO4J_RELATIONSHIP = 'RESPONSIBLE_FOR';

const NEO4J_TYPE: Readonly<Record<ValueType, string>> = {
  boolean: ':boolean',
  integer: ':int',
  long: ':long',
  double: ':double',
  string: '',
  list: ':string[]',
};

function cells(attributes: Attributes, columns: readonly Column[], delimiter: string, where: string): string[] {
  return columns.map(({ name, type }) => {
    const value: unknown = attributes[name];
    if (isAbsent(value)) return '';
    if (type !== 'list') return valueText(value);
    const items = [...(value as Iterable<unknown>)].map((v) => (typeof v === 'string' ? v : valueText(v)));
    const clash = items.find((item) => item.includes(delimiter));
    if (clash !== undefined) {
      throw new TypeError(
        `toNeo4jCsv: ${where}: list value ${JSON.stringify(clash)} of \`${name}\` contains the array delimiter ${JSON.stringify(delimiter)}; ` +
          'pass another `arrayDelimiter` (and the same --array-delimiter to neo4j-admin)',
      );
    }
    return items.join(delimiter);
  });
}

const header = (columns: readonly Column[]): string[] => columns.map((c) => `${c.name}${NEO4J_TYPE[c.type]}`);

const csv = (fields: string[], rows: string[][]): string => `${Papa.unparse({ fields, data: rows }, { newline: '\n' })}\n`;

/**
 * The responsibility graph as the node and relationship CSV files Neo4j's bulk importer reads
 * (header types such as `:int`, `:boolean`, `:string[]`; `:ID`, `:LABEL`, `:START_ID`, `:END_ID`
 * and `:TYPE` columns; one ID space per label). Every node and edge attribute becomes a column
 * (`part` and `label` excepted); empty cells are absent properties. Cells are quoted as RFC 4180
 * and not formula-escaped: these files are for a database, not a spreadsheet.
 *
 * Import with {@link neo4jImportCommand}, then query, e.g.
 * `MATCH (a:Agency)-[r:RESPONSIBLE_FOR {role: 'lead'}]->(t:Task) RETURN a.name, count(t)`.
 */
export function toNeo4jCsv<N extends ResponsibilityNodeAttributes, E extends ResponsibilityEdgeAttributes, G extends Attributes>(
  graph: AbstractGraph<N, E, G>,
  options: Neo4jOptions = {},
): Neo4jCsv {
  if (graph === null || typeof graph !== 'object' || typeof graph.forEachNode !== 'function') {
    throw new TypeError('toNeo4jCsv: expected a responsibility graph (the result of buildResponsibilityGraph)');
  }
  const delimiter = options.arrayDelimiter ?? ';';
  if (delimiter.length !== 1 || delimiter === ',' || delimiter === '"') {
    throw new TypeError(`toNeo4jCsv: \`arrayDelimiter\` must be one character other than , and ", got ${JSON.stringify(delimiter)}`);
  }
  const agencies = graph.filterNodes((_n, a) => a.part === 'agency');
  const tasks = graph.filterNodes((_n, a) => a.part === 'task');
  if (agencies.length + tasks.length !== graph.order) {
    throw new TypeError("toNeo4jCsv: every node needs `part: 'agency' | 'task'` (build the graph with buildResponsibilityGraph)");
  }

  const agencyColumns = attributeColumns(agencies.map((n) => graph.getNodeAttributes(n)), new Set(['part', 'label', 'name']));
  const agencyRows = agencies.map((n) => {
    const a = graph.getNodeAttributes(n) as N & { part: 'agency' };
    const labels = a.collective ? 'Agency;Collective' : 'Agency';
    return [a.name, ...cells(a, agencyColumns, delimiter, `agency ${a.name}`), labels];
  });

  const taskColumns = attributeColumns(tasks.map((n) => graph.getNodeAttributes(n)), new Set(['part', 'label', 'id']));
  const taskRows = tasks.map((n) => {
    const a = graph.getNodeAttributes(n) as N & { part: 'task' };
    return [a.id, ...cells(a, taskColumns, delimiter, `task ${a.id}`), 'Task'];
  });

  const edgeColumns = attributeColumns(graph.mapEdges((_e, a) => a));
  const linkRows = graph.mapEdges((_e, a, source, target, sa, ta) => {
    const [agency, task] = sa.part === 'agency' ? [sa, ta] : [ta, sa];
    if (agency.part !== 'agency' || task.part !== 'task') {
      throw new TypeError(`toNeo4jCsv: edge ${source} — ${target} does not join an agency to a task`);
    }
    return [agency.name, task.id, NEO4J_RELATIONSHIP, ...cells(a, edgeColumns, delimiter, `link ${agency.name} — task ${task.id}`)];
  });

  return {
    agencies: csv(['name:ID(Agency)', ...header(agencyColumns), ':LABEL'], agencyRows),
    tasks: csv(['id:ID(Task)', ...header(taskColumns), ':LABEL'], taskRows),
    responsibilities: csv([':START_ID(Agency)', ':END_ID(Task)', ':TYPE', ...header(edgeColumns)], linkRows),
  };
}

/**
 * The `neo4j-admin` command (Neo4j 5) that imports the files of {@link toNeo4jCsv} from `dir` into
 * a new database `database` (the default database is `neo4j`; stop it first, or use another name).
 */
export function neo4jImportCommand(dir = '.', database = 'neo4j', options: Neo4jOptions = {}): string {
  const path = (file: string) => (dir === '.' ? file : `${dir.replace(/\/+$/u, '')}/${file}`);
  const quote = (s: string) => (/^[\w./-]+$/u.test(s) ? s : `'${s.replace(/'/gu, `'\\''`)}'`);
  const delimiter = options.arrayDelimiter ?? ';';
  return [
    'neo4j-admin database import full',
    `--nodes=${quote(path(NEO4J_FILES.agencies))}`,
    `--nodes=${quote(path(NEO4J_FILES.tasks))}`,
    `--relationships=${quote(path(NEO4J_FILES.responsibilities))}`,
    ...(delimiter === ';' ? [] : [`--array-delimiter=${quote(delimiter)}`]),
    quote(database),
  ].join(' ');
}
