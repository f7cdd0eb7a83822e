// The display graph of each view, built on first use and kept (with its positions) until another
// table is opened; and the layout running on each.
import { bipartiteGraph } from '../display/bipartite.js';
import { leadGraph, projectionGraph } from '../display/one-mode.js';
import { columnsLayout } from '../layout/columns.js';
import { forceLayout, type LayoutHandle } from '../layout/force.js';
import { seedBipartite, seedSpiral } from '../layout/seed.js';
import type { Network } from '../network.js';
import type { LayoutName } from '../state.js';
import type { DisplayGraph, GraphViewName } from '../types.js';

export type LayoutStatus = 'running' | 'done';

interface Entry {
  graph: DisplayGraph;
  status: LayoutStatus;
  layout?: LayoutHandle;
}

export interface ViewOptions {
  layout: LayoutName;
  excludeCollective: boolean;
}

export class Views {
  private readonly entries = new Map<GraphViewName, Entry>();
  private killed = false;

  /**
   * @param encode writes the lasting encodings onto a new graph (before its layout: ForceAtlas2
   *   keeps nodes apart by their size).
   * @param onStatus told when a view's layout starts and ends.
   */
  constructor(
    private readonly network: Network,
    private readonly encode: (graph: DisplayGraph) => void,
    private readonly onStatus: (view: GraphViewName, status: LayoutStatus) => void,
  ) {}

  /** The display graph of `view`, built, encoded and laid out on first use. */
  graph(view: GraphViewName, options: ViewOptions): DisplayGraph {
    const existing = this.entries.get(view);
    if (existing !== undefined) return existing.graph;
    const graph = this.build(view, options.excludeCollective);
    this.encode(graph);
    const entry: Entry = { graph, status: 'running' };
    this.entries.set(view, entry);
    this.layOut(view, entry, options.layout);
    return graph;
  }

  status(view: GraphViewName): LayoutStatus {
    return this.entries.get(view)?.status ?? 'running';
  }

  /** Lays `view` out again (after a change of layout, or on request). */
  relayout(view: GraphViewName, options: ViewOptions): void {
    const entry = this.entries.get(view);
    if (entry !== undefined) this.layOut(view, entry, options.layout);
  }

  /** Every graph built so far. */
  graphs(): DisplayGraph[] {
    return [...this.entries.values()].map((e) => e.graph);
  }

  /** Stops every layout (before another table replaces this one). */
  kill(): void {
    this.killed = true;
    for (const entry of this.entries.values()) entry.layout?.stop();
    this.entries.clear();
  }

  private build(view: GraphViewName, excludeCollective: boolean): DisplayGraph {
    const source = this.network.graph;
    if (view === 'projection') return projectionGraph(source, excludeCollective);
    if (view === 'lead') return leadGraph(source, excludeCollective);
    return bipartiteGraph(source);
  }

  private layOut(view: GraphViewName, entry: Entry, layout: LayoutName): void {
    entry.layout?.stop();
    delete entry.layout;
    if (view === 'bipartite' && layout === 'columns') {
      columnsLayout(entry.graph, (agency) => entry.graph.degree(agency));
      entry.status = 'done';
      this.onStatus(view, 'done');
      return;
    }
    // Always from the same seeds: the same table gets the same picture, however often it is laid out.
    if (view === 'bipartite') seedBipartite(entry.graph);
    else seedSpiral(entry.graph);
    entry.status = 'running';
    this.onStatus(view, 'running');
    const weight = view === 'projection' ? 'shared' : view === 'lead' ? 'tasks' : null;
    const handle = forceLayout(entry.graph, { weight });
    entry.layout = handle;
    void handle.done.then(() => {
      if (this.killed || entry.layout !== handle || this.entries.get(view) !== entry) return;
      delete entry.layout;
      entry.status = 'done';
      this.onStatus(view, 'done');
    });
  }
}
