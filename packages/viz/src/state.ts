// The viewer's state: what the user chose (kept in the URL) and what passes (hover).
import type { ProjectionEdgeAttributes } from '@fengong/core';
import type { MetricKey } from './metrics/catalog.js';
import type { ViewName } from './types.js';

export type LayoutName = 'force' | 'columns';
export type ColorBy = 'category' | 'community';
export type Lang = 'zh' | 'en';
/** Order of the matrix: blocks (rows by community, columns by category) or core–periphery (both by two-mode coreness). */
export type MatrixOrderName = 'blocks' | 'core';
/** Weights of the agency projection the user can draw link widths by. */
export type PairWeight = keyof Pick<ProjectionEdgeAttributes, 'shared' | 'jaccard' | 'newman' | 'overlap' | 'cosine' | 'dice'>;
export const PAIR_WEIGHTS: readonly PairWeight[] = ['shared', 'jaccard', 'newman', 'overlap', 'cosine', 'dice'];

export interface State {
  view: ViewName;
  /** Layout of the bipartite view (the one-mode views always use ForceAtlas2). */
  layout: LayoutName;
  colorBy: ColorBy;
  /** Agency size encodes this metric. */
  sizeBy: MetricKey;
  /** Projection view: link width by this weight, links below `minWeight` hidden. */
  weight: PairWeight;
  minWeight: number;
  /** Projection view: only the ties of the SDSM backbone (Neal 2014; q < 0.05, as `analyze`). */
  backboneOnly: boolean;
  /** Categories whose tasks are hidden. */
  hiddenCategories: ReadonlySet<string>;
  /** Bipartite view: only lead links. */
  leadOnly: boolean;
  /** Hide collective units and compute metrics without them. */
  hideCollective: boolean;
  /** Selected node key (`agency:…` / `task:…`), shown in the details panel. */
  selected: string | null;
  /** Ranking order. */
  sortBy: MetricKey;
  sortAscending: boolean;
  lang: Lang;
  /** Matrix view: rows and columns by community and category, or by core–periphery coreness. */
  matrixOrder: MatrixOrderName;
  /** Passing: the node under the mouse. Never in the URL. */
  hovered: string | null;
}

export const DEFAULT_STATE: Readonly<State> = {
  view: 'bipartite',
  layout: 'force',
  colorBy: 'category',
  sizeBy: 'tasks',
  weight: 'shared',
  minWeight: 0,
  backboneOnly: false,
  hiddenCategories: new Set(),
  leadOnly: false,
  hideCollective: false,
  selected: null,
  sortBy: 'tasks',
  sortAscending: false,
  lang: 'zh',
  matrixOrder: 'blocks',
  hovered: null,
};
