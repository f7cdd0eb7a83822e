// What the side-by-side view draws from two plans: one display graph per plan, agencies keyed by
// the name they are compared under (after the reform renames and mergers), and one layout of the
// union of both plans, so that an agency has the same position in both pictures.
import type { PlanComparison, ResponsibilityGraph, Role } from '@fengong/core';
import { UndirectedGraph } from 'graphology';
import type { Network } from '../network.js';
import { COLORS, EDGE_STYLE, OTHER_CATEGORY_COLOR, agencySize, categoryColors, linkOpacity, taskSize, withOpacity } from '../style.js';
import type { DisplayAgency, DisplayEdgeAttributes, DisplayGraph, DisplayGraphAttributes, DisplayNodeAttributes } from '../types.js';

/** One side: a plan's label, its date, and the graph drawn for it. */
export interface SideModel {
  label: string;
  date: string | null;
  graph: DisplayGraph;
}

export interface SideBySideModel {
  sides: [SideModel, SideModel];
  /** Both plans in one graph (agencies shared, each plan's tasks apart): what is laid out. */
  union: DisplayGraph;
}

/** The key of an agency in the side-by-side graphs: its compared name. */
export const agencyKey = (compared: string): string => `agency:${compared}`;

const newGraph = (categories: string[]): DisplayGraph => {
  const graph = new UndirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>({ allowSelfLoops: false, multi: false });
  graph.replaceAttributes({ view: 'bipartite', categories });
  return graph;
};

/** A stronger role wins when merged bodies meet on one task: lead, then responsible, then co. */
const RANK: Record<Role, number> = { lead: 2, responsible: 1, co: 0 };

/**
 * Adds plan `source` to `graph`: each agency under its compared name (the names of merged bodies
 * joined in its label), each task under `prefix + key` (the tasks of two plans never share a key), a link per agency and task (the stronger
 * role when merged bodies share a task).
 */
function addPlan(graph: DisplayGraph, source: ResponsibilityGraph, rename: ReadonlyMap<string, string>, prefix: string): void {
  const keyOf = new Map<string, string>();
  source.forEachNode((node, attr) => {
    if (attr.part === 'agency') {
      const key = agencyKey(rename.get(attr.name) ?? attr.name);
      keyOf.set(node, key);
      if (graph.hasNode(key)) {
        const had = graph.getNodeAttributes(key) as DisplayAgency;
        if (!had.label.split(' + ').includes(attr.name)) graph.setNodeAttribute(key, 'label', `${had.label} + ${attr.name}`);
        return;
      }
      graph.addNode(key, { ...attr, x: 0, y: 0, size: 0, color: attr.collective ? COLORS.collective : COLORS.agency, type: 'circle', label: attr.name });
    } else {
      const key = `${prefix}${node}`;
      keyOf.set(node, key);
      graph.addNode(key, { ...attr, x: 0, y: 0, size: 0, color: COLORS.uncategorised, type: 'square', label: attr.title });
    }
  });
  source.forEachEdge((_edge, attr, a, b) => {
    const [ka, kb] = [keyOf.get(a) ?? a, keyOf.get(b) ?? b];
    const existing = graph.edge(ka, kb);
    if (existing !== undefined) {
      const had = graph.getEdgeAttributes(existing);
      if (had.kind === 'role' && RANK[attr.role] > RANK[had.role]) graph.mergeEdgeAttributes(existing, { ...attr, ...EDGE_STYLE[attr.role] });
      return;
    }
    graph.addEdge(ka, kb, { ...attr, ...EDGE_STYLE[attr.role], kind: 'role', type: 'line' });
  });
}

/** Lasting encodings of a side, on the scale both sides share: disc area ∝ tasks (0 … `most`), tasks by category colour. */
function encode(graph: DisplayGraph, colors: ReadonlyMap<string, string>, most: number, tasks: number): void {
  graph.updateEachNodeAttributes((node, attr) => {
    if (attr.part === 'agency') return { ...attr, size: agencySize(graph.degree(node), 0, most) };
    const color = attr.category === null ? COLORS.uncategorised : (colors.get(attr.category) ?? OTHER_CATEGORY_COLOR);
    return { ...attr, size: taskSize(tasks), color };
  });
  const opacity = linkOpacity(graph.size);
  graph.updateEachEdgeAttributes((_e, attr) => (attr.kind === 'role' ? { ...attr, color: withOpacity(EDGE_STYLE[attr.role].color, opacity) } : attr));
}

function renamesOf(comparison: PlanComparison, label: string): Map<string, string> {
  return new Map(comparison.identity.filter((c) => c.plan === label).map((c) => [c.from, c.to]));
}

/**
 * The side-by-side model of plans `step` and `step + 1` of `comparison` (plans in the order
 * compared; `networks` in the same order). Category colours are those of the two plans'
 * categories together (first appearance), so a category has one colour on both sides; disc sizes
 * share one scale (the most tasks of any agency in either plan).
 */
export function sideBySideModel(comparison: PlanComparison, networks: readonly Network[], step: number): SideBySideModel {
  const plans = [comparison.plans[step], comparison.plans[step + 1]] as const;
  const sources = [networks[step], networks[step + 1]] as const;
  if (plans[0] === undefined || plans[1] === undefined || sources[0] === undefined || sources[1] === undefined) throw new Error(`@fengong/viz: no step ${step} in a comparison of ${comparison.plans.length} plans`);
  const categories = [...new Set([...sources[0].graph.getAttribute('categories'), ...sources[1].graph.getAttribute('categories')])];
  const union = newGraph(categories);
  const graphs = [newGraph(categories), newGraph(categories)] as const;
  const tally = new Map<string, number>();
  [0, 1].forEach((i) => {
    const source = (sources[i] as Network).graph;
    const rename = renamesOf(comparison, (plans[i] as { label: string }).label);
    addPlan(graphs[i] as DisplayGraph, source, rename, `${i}|`);
    addPlan(union, source, rename, `${i}|`);
    source.forEachNode((_n, attr) => {
      if (attr.part === 'task' && attr.category !== null) tally.set(attr.category, (tally.get(attr.category) ?? 0) + 1);
    });
  });
  const colors = categoryColors(categories, tally);
  let most = 1;
  for (const graph of graphs) {
    graph.forEachNode((node, attr) => {
      if (attr.part === 'agency') most = Math.max(most, graph.degree(node));
    });
  }
  const tasks = Math.max(...graphs.map((g) => g.filterNodes((_n, a) => a.part === 'task').length));
  for (const graph of graphs) encode(graph, colors, most, tasks);
  // The union is laid out with the sizes its nodes have on either side (largest), so discs keep apart on both.
  union.updateEachNodeAttributes((node, attr) => ({ ...attr, size: Math.max(...graphs.map((g) => (g.hasNode(node) ? g.getNodeAttribute(node, 'size') : 0)), attr.part === 'task' ? taskSize(tasks) : 0) }));
  const sides = [0, 1].map((i) => ({ label: (plans[i] as { label: string }).label, date: (plans[i] as { date: string | null }).date, graph: graphs[i] as DisplayGraph })) as [SideModel, SideModel];
  return { sides, union };
}

/** Copies the union's positions onto both sides (an agency's node is shared, a task's is `i|task:…` in both). */
export function applyUnionPositions(model: SideBySideModel): void {
  model.sides.forEach((side) => {
    side.graph.updateEachNodeAttributes(
      (node, attr) => {
        const at = model.union.hasNode(node) ? model.union.getNodeAttributes(node) : undefined;
        return at === undefined ? attr : { ...attr, x: at.x, y: at.y };
      },
      { attributes: ['x', 'y'] },
    );
  });
}
