// A compact, read-only view of the bipartite graph (CSR adjacency in typed arrays), built once per
// analysis and shared by the metrics that walk the graph many times.
import type { ResponsibilityTable } from '../types.js';
import { walkTable, type BuildOptions } from './build.js';
import type { ExcludedUnit, ResponsibilityGraph, ResponsibilityNodeAttributes } from './types.js';

export interface CompactGraph {
  /** Node keys; agencies first (indices 0 … nA−1, graph order), then tasks (nA … n−1). */
  keys: string[];
  /** Index of each key (built on first use). */
  index: ReadonlyMap<string, number>;
  /** Number of agencies and of tasks. */
  nA: number;
  nT: number;
  /** Neighbours of node i are `neighbors[offsets[i] … offsets[i+1])`, in graph order. */
  offsets: Int32Array;
  neighbors: Int32Array;
  /** 1 where the link at the same position in `neighbors` is a lead link, else 0. */
  lead: Uint8Array;
  /** 1 where the link is `responsible` (a task with no lead marked), else 0. */
  responsible: Uint8Array;
  /** Distinct task categories, in graph order. */
  categories: string[];
  /** Category index of each node (tasks only; −1 for agencies and uncategorised tasks). */
  category: Int32Array;
  /** Whether each node is a collective agency. */
  collective: Uint8Array;
  /**
   * Whether every link joins an agency and a task (always, for graphs built by
   * buildResponsibilityGraph). Kernels that rely on it (no link inside a side, so a neighbour of a
   * node at distance d is at d − 1 or d + 1) fall back to general ones when it is false.
   */
  bipartite: boolean;
  /** Each node's attributes (the graph's own objects when built from a graph: do not modify). */
  attributes: ResponsibilityNodeAttributes[];
  /** The source file the table was read from, if known. */
  file: string | null;
  /**
   * Units mentioned in the table but not in the view, with the tasks they were listed on: those
   * left out when the graph was built, then collectives the view left out (`excludeCollective`).
   */
  excluded: ExcludedUnit[];
}

/**
 * Builds the compact view in O(N + m): one pass over the nodes, two over the edges (degrees, then
 * a CSR fill). Each node's neighbours keep graphology's order (edge insertion order: a task's
 * units as listed, an agency's tasks in table order). With `excludeCollective`, collective
 * agencies and their links are left out (so every metric computed on the view is the metric of
 * the graph without them).
 */
export function compact(
  graph: ResponsibilityGraph,
  options: { excludeCollective?: boolean; caller?: string } = {},
): CompactGraph {
  const caller = options.caller ?? 'compact';
  if (graph === null || typeof graph !== 'object' || typeof (graph as { forEachNode?: unknown }).forEachNode !== 'function') {
    throw new TypeError(`${caller}: expected a graph built by buildResponsibilityGraph`);
  }
  const agencies: string[] = [];
  const tasks: string[] = [];
  graph.forEachNode((node, attr) => {
    if (attr.part !== 'task' && attr.part !== 'agency') {
      throw new Error(`${caller}: node "${node}" has no \`part\` attribute ('agency' | 'task'); build the graph with buildResponsibilityGraph`);
    }
    if (attr.part === 'task') tasks.push(node);
    else if (!(options.excludeCollective === true && attr.collective)) agencies.push(node);
  });
  const nA = agencies.length;
  const keys = agencies.concat(tasks);
  const n = keys.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i += 1) index.set(keys[i] as string, i);

  // Pass 1: the kept links, as index pairs, and the degrees.
  const size = graph.size;
  const ends = new Int32Array(2 * size);
  const left = new Map<string, ExcludedUnit>(); // collectives left out, by node key
  const roles = new Uint8Array(size); // 0 co, 1 lead, 2 responsible
  const degree = new Int32Array(n);
  let kept = 0;
  let bipartite = true;
  graph.forEachEdge((_edge, attr, source, target) => {
    const u = index.get(source);
    const v = index.get(target);
    if (u === undefined || v === undefined) {
      const [agency, task] = u === undefined ? [source, target] : [target, source];
      const a = graph.getNodeAttributes(agency);
      const t = graph.getNodeAttributes(task);
      if (a.part !== 'agency' || t.part !== 'task') return;
      const entry = left.get(agency) ?? { name: a.name, reason: 'collective', tasks: [], led: [] };
      entry.tasks.push(t.id);
      if (attr.role === 'lead') entry.led.push(t.id);
      left.set(agency, entry);
      return;
    }
    ends[2 * kept] = u;
    ends[2 * kept + 1] = v;
    if (u < nA === v < nA) bipartite = false;
    roles[kept] = attr.role === 'lead' ? 1 : attr.role === 'responsible' ? 2 : 0;
    degree[u] = (degree[u] as number) + 1;
    degree[v] = (degree[v] as number) + 1;
    kept += 1;
  });

  // Pass 2: CSR fill in edge order, which is each node's graphology order.
  const { offsets, neighbors, lead, responsible } = fill(n, degree, ends, roles, kept);

  const attributes = keys.map((key) => graph.getNodeAttributes(key));
  // Collectives left out, in graph order (their first mention), each with its tasks in table order.
  const excluded = [...(graph.getAttribute('excluded') ?? [])];
  if (options.excludeCollective === true) {
    graph.forEachNode((key, a) => {
      if (a.part === 'agency' && !index.has(key)) excluded.push(left.get(key) ?? { name: a.name, reason: 'collective', tasks: [], led: [] });
    });
  }
  const file = graph.getAttribute('file') ?? null;
  return makeView({ keys, index: new KeyIndex(keys, index), nA, nT: tasks.length, offsets, neighbors, lead, responsible, bipartite, attributes, file, excluded });
}

/** Categories, category and collective arrays of a view from its nodes' attributes. */
function nodeFields(attributes: readonly ResponsibilityNodeAttributes[]): Pick<CompactGraph, 'categories' | 'category' | 'collective'> {
  const n = attributes.length;
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const category = new Int32Array(n).fill(-1);
  const collective = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const attr = attributes[i] as ResponsibilityNodeAttributes;
    if (attr.part === 'agency') {
      collective[i] = attr.collective ? 1 : 0;
    } else if (attr.category !== null) {
      let c = categoryIndex.get(attr.category);
      if (c === undefined) {
        c = categories.length;
        categories.push(attr.category);
        categoryIndex.set(attr.category, c);
      }
      category[i] = c;
    }
  }
  return { categories, category, collective };
}

/**
 * Builds the compact view straight from a parsed table, without a graphology graph: the same view
 * as `compact(buildResponsibilityGraph(table, options), options)` — same node order, neighbour
 * order, attributes and excluded units — in a fraction of the time and memory. `analyzeTable` uses
 * it; use `buildResponsibilityGraph` when you want the graph itself.
 */
export function compactTable(table: ResponsibilityTable, options: BuildOptions = {}): CompactGraph {
  const agencyAttrs: ResponsibilityNodeAttributes[] = [];
  const taskAttrs: ResponsibilityNodeAttributes[] = [];
  const agencyKeys: string[] = [];
  const taskKeys: string[] = [];
  // Links as (agency index, task index within tasks, role) in table order.
  let capacity = 1024;
  let ends = new Int32Array(2 * capacity);
  let roles = new Uint8Array(capacity);
  let m = 0;
  const excluded = walkTable(
    table,
    options,
    {
      task: (key, attributes) => {
        taskKeys.push(key);
        taskAttrs.push(attributes);
      },
      agency: (key, attributes) => {
        agencyKeys.push(key);
        agencyAttrs.push(attributes);
      },
      link: (_agency, _task, role, _position, ordinal) => {
        if (m === capacity) {
          capacity *= 2;
          const e = new Int32Array(2 * capacity);
          e.set(ends);
          ends = e;
          const r = new Uint8Array(capacity);
          r.set(roles);
          roles = r;
        }
        ends[2 * m] = ordinal;
        ends[2 * m + 1] = taskKeys.length - 1; // links are reported right after their task
        roles[m] = role === 'lead' ? 1 : role === 'responsible' ? 2 : 0;
        m += 1;
      },
    },
    'compactTable',
  );
  const nA = agencyKeys.length;
  const n = nA + taskKeys.length;
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e += 1) {
    const u = ends[2 * e] as number;
    const v = nA + (ends[2 * e + 1] as number);
    ends[2 * e + 1] = v;
    degree[u] = (degree[u] as number) + 1;
    degree[v] = (degree[v] as number) + 1;
  }
  const { offsets, neighbors, lead, responsible } = fill(n, degree, ends, roles, m);
  const keys = agencyKeys.concat(taskKeys);
  const attributes = agencyAttrs.concat(taskAttrs);
  return makeView({ keys, index: new KeyIndex(keys), nA, nT: taskKeys.length, offsets, neighbors, lead, responsible, bipartite: true, attributes, file: table.file ?? null, excluded });
}

/**
 * Key → node index of a view, as a read-only Map built on first use: an analysis straight from a
 * table looks nodes up by position only, and a Map of every key costs about as much as the rest of
 * the view. (A class rather than a getter on each view: views then share one hidden class, which
 * keeps the kernels that read them monomorphic.)
 */
class KeyIndex implements ReadonlyMap<string, number> {
  #keys: readonly string[];
  #map: Map<string, number> | undefined;
  constructor(keys: readonly string[], map?: Map<string, number>) {
    this.#keys = keys;
    this.#map = map;
  }
  #built(): Map<string, number> {
    if (this.#map === undefined) {
      const map = new Map<string, number>();
      for (let i = 0; i < this.#keys.length; i += 1) map.set(this.#keys[i] as string, i);
      this.#map = map;
    }
    return this.#map;
  }
  get size(): number {
    return this.#keys.length;
  }
  get(key: string): number | undefined {
    return this.#built().get(key);
  }
  has(key: string): boolean {
    return this.#built().has(key);
  }
  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.#built().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries(): MapIterator<[string, number]> {
    return this.#built().entries();
  }
  keys(): MapIterator<string> {
    return this.#built().keys();
  }
  values(): MapIterator<number> {
    return this.#built().values();
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.#built()[Symbol.iterator]();
  }
}

/** A view with its fields always in one order (one hidden class for every view). */
function makeView(fields: Omit<CompactGraph, 'categories' | 'category' | 'collective'>): CompactGraph {
  const { categories, category, collective } = nodeFields(fields.attributes);
  return {
    keys: fields.keys,
    index: fields.index,
    nA: fields.nA,
    nT: fields.nT,
    offsets: fields.offsets,
    neighbors: fields.neighbors,
    lead: fields.lead,
    responsible: fields.responsible,
    categories,
    category,
    collective,
    bipartite: fields.bipartite,
    attributes: fields.attributes,
    file: fields.file,
    excluded: fields.excluded,
  };
}

/** CSR arrays from m links (pairs in `ends`, roles 0 co, 1 lead, 2 responsible), each node's neighbours in link order. */
function fill(n: number, degree: Int32Array, ends: Int32Array, roles: Uint8Array, m: number): Pick<CompactGraph, 'offsets' | 'neighbors' | 'lead' | 'responsible'> {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = (offsets[i] as number) + (degree[i] as number);
  const cursor = offsets.slice(0, n);
  const neighbors = new Int32Array(2 * m);
  const lead = new Uint8Array(2 * m);
  const responsible = new Uint8Array(2 * m);
  for (let e = 0; e < m; e += 1) {
    const u = ends[2 * e] as number;
    const v = ends[2 * e + 1] as number;
    const role = roles[e] as number;
    const a = cursor[u] as number;
    const b = cursor[v] as number;
    cursor[u] = a + 1;
    cursor[v] = b + 1;
    neighbors[a] = v;
    neighbors[b] = u;
    if (role === 1) lead[a] = lead[b] = 1;
    else if (role === 2) responsible[a] = responsible[b] = 1;
  }
  return { offsets, neighbors, lead, responsible };
}

/** Degree of node i in the compact view. */
export const degreeOf = (g: CompactGraph, i: number): number => (g.offsets[i + 1] as number) - (g.offsets[i] as number);

/** Maps a per-index array to `{ [key]: value }` for the nodes in `[from, to)`. */
export function toRecord(g: CompactGraph, values: ArrayLike<number>, from = 0, to = g.keys.length): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = from; i < to; i += 1) out[g.keys[i] as string] = values[i] as number;
  return out;
}

/** Whether a value is a compact view (rather than a graphology graph). */
export function isCompact(input: unknown): input is CompactGraph {
  return input !== null && typeof input === 'object' && (input as { offsets?: unknown }).offsets instanceof Int32Array;
}

/**
 * The compact view of a graph or view, without collective agencies when asked: graphs go
 * through {@link compact}; a view is used as it is, or filtered by {@link withoutCollective}.
 */
export function viewOf(input: ResponsibilityGraph | CompactGraph, options: { excludeCollective?: boolean; caller: string }): CompactGraph {
  if (!isCompact(input)) return compact(input, options);
  return options.excludeCollective === true ? withoutCollective(input) : input;
}

/** The view without its collective agencies and their links (the same view when it has none). */
export function withoutCollective(g: CompactGraph): CompactGraph {
  if (!g.bipartite) throw new Error('withoutCollective: the graph has links inside one side; build it with buildResponsibilityGraph');
  let any = false;
  for (let i = 0; i < g.nA && !any; i += 1) any = g.collective[i] === 1;
  if (!any) return g;
  const n = g.keys.length;
  const map = new Int32Array(n).fill(-1);
  const keys: string[] = [];
  const left: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (i < g.nA && g.collective[i] === 1) left.push(i);
    else {
      map[i] = keys.length;
      keys.push(g.keys[i] as string);
    }
  }
  const nA = g.nA - left.length;
  const m = keys.length;
  const degree = new Int32Array(m);
  const ends: number[] = [];
  const roles: number[] = [];
  // Links in the order of their task's neighbour list, i.e. the table order of the original view.
  for (let t = g.nA; t < n; t += 1) {
    for (let e = g.offsets[t] as number; e < (g.offsets[t + 1] as number); e += 1) {
      const a = map[g.neighbors[e] as number] as number;
      if (a === -1) continue;
      ends.push(a, map[t] as number);
      roles.push(g.lead[e] === 1 ? 1 : g.responsible[e] === 1 ? 2 : 0);
      degree[a] = (degree[a] as number) + 1;
      degree[map[t] as number] = (degree[map[t] as number] as number) + 1;
    }
  }
  const csr = fill(m, degree, Int32Array.from(ends), Uint8Array.from(roles), roles.length);
  const attributes: ResponsibilityNodeAttributes[] = [];
  for (let i = 0; i < n; i += 1) if (map[i] !== -1) attributes.push(g.attributes[i] as ResponsibilityNodeAttributes);
  const excluded = [...g.excluded];
  for (const a of left) {
    const attr = g.attributes[a] as ResponsibilityNodeAttributes;
    const tasks: string[] = [];
    const led: string[] = [];
    for (let e = g.offsets[a] as number; e < (g.offsets[a + 1] as number); e += 1) {
      const t = g.attributes[g.neighbors[e] as number] as ResponsibilityNodeAttributes;
      if (t.part !== 'task') continue;
      tasks.push(t.id);
      if (g.lead[e] === 1) led.push(t.id);
    }
    if (attr.part === 'agency') excluded.push({ name: attr.name, reason: 'collective', tasks, led });
  }
  return makeView({ ...csr, keys, index: new KeyIndex(keys), nA, nT: g.nT, bipartite: g.bipartite, attributes, file: g.file, excluded });
}
