// Attribute types of the display graph: the core graph's attributes plus what sigma draws.
import type {
  AgencyNodeAttributes,
  ResponsibilityEdgeAttributes,
  ResponsibilityGraphAttributes,
  TaskNodeAttributes,
} from '@fengong/core';
import type { UndirectedGraph } from 'graphology';

/** Node program names registered with sigma (see renderer.ts). */
export type NodeShape = 'circle' | 'square';

/** The lasting encodings sigma reads from every node. */
export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  type: NodeShape;
  label: string;
}

/** An agency as drawn: its load is kept on the node for the size and the hover line. */
export type DisplayAgency = AgencyNodeAttributes &
  NodeDisplay & {
    /** Tasks the agency is listed on (its degree). */
    tasks: number;
    /** Tasks it leads. */
    lead: number;
  };

export type DisplayTask = TaskNodeAttributes & NodeDisplay;

export type DisplayNodeAttributes = DisplayAgency | DisplayTask;

export type DisplayEdgeAttributes = ResponsibilityEdgeAttributes & {
  size: number;
  color: string;
  /** Lead links are drawn above co links (sigma's `zIndex` setting is on). */
  zIndex: number;
};

export type DisplayGraph = UndirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes, ResponsibilityGraphAttributes>;
