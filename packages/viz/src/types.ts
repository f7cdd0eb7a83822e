// Attribute types of the display graphs: the core graph's attributes plus what sigma draws.
import type {
  AgencyNodeAttributes,
  ProjectionEdgeAttributes,
  ResponsibilityEdgeAttributes,
  TaskNodeAttributes,
} from '@fengong/core';
import type Graph from 'graphology-types';

/** Node program names registered with sigma (see renderer.ts). */
export type NodeShape = 'circle' | 'square';
/** Edge program names registered with sigma. */
export type EdgeShape = 'line' | 'arrow';

/** The graph views; `matrix` is the accessible table instead of the canvas. */
export type ViewName = 'bipartite' | 'projection' | 'lead' | 'matrix';
export type GraphViewName = Exclude<ViewName, 'matrix'>;

/** The lasting encodings sigma reads from every node. */
export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  type: NodeShape;
  label: string;
}

export type DisplayAgency = AgencyNodeAttributes & NodeDisplay;
export type DisplayTask = TaskNodeAttributes & NodeDisplay;
export type DisplayNodeAttributes = DisplayAgency | DisplayTask;

interface EdgeDisplay {
  size: number;
  color: string;
  /** Lead links are drawn above co links (sigma's `zIndex` setting is on). */
  zIndex: number;
  type: EdgeShape;
}

/** Bipartite view: an agency on a task, in a role. */
export type RoleEdge = EdgeDisplay & ResponsibilityEdgeAttributes & { kind: 'role' };
/** Projection view: two agencies sharing tasks, with every weight core computes. */
export type PairEdge = EdgeDisplay &
  ProjectionEdgeAttributes & {
    kind: 'pair';
    /** SDSM test of the pair (Neal 2014, as `analyze`'s `sdsmPValue` / `sdsmQValue`) and whether it is a backbone tie (q < 0.05). */
    sdsmPValue: number;
    sdsmQValue: number;
    backbone: boolean;
  };
/** Lead view: a → b, the tasks a leads on which b co-operates. */
export type LeadEdge = EdgeDisplay & { kind: 'lead'; tasks: number };
export type DisplayEdgeAttributes = RoleEdge | PairEdge | LeadEdge;

export interface DisplayGraphAttributes {
  view: GraphViewName;
  /** Categories in table order (bipartite view). */
  categories: string[];
}

/** Any of the three graphs sigma draws (undirected bipartite and projection, directed lead network). */
export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;
