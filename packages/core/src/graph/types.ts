// Attribute types of the bipartite responsibility graph.
import type { UndirectedGraph } from 'graphology';
import type { AgencyKind } from '../dictionary.js';
import type { Role } from '../types.js';

/** Which side of the bipartite graph a node is on. */
export type Part = 'agency' | 'task';

export interface AgencyNodeAttributes {
  part: 'agency';
  /** Display label: the name as written. */
  label: string;
  /** The agency's name: the canonical name after normalisation (the name as written when unchanged). */
  name: string;
  /** Other written forms merged into this agency by normalisation (aliases, traditional characters, prefixes). */
  aliases?: string[];
  fullName?: string;
  nameEn?: string;
  kind?: AgencyKind;
  /** A collective of units (各有关市州人民政府 …) rather than one agency. */
  collective: boolean;
}

export interface TaskNodeAttributes {
  part: 'task';
  /** Display label: the task title. */
  label: string;
  /** The task number as a string. */
  id: string;
  number: number;
  title: string;
  titleEn?: string;
  category: string | null;
  categoryEn?: string;
}

export type ResponsibilityNodeAttributes = AgencyNodeAttributes | TaskNodeAttributes;

/**
 * An agency–task link. The role lives under `role`, never under `weight`: graphology's metrics
 * read `weight` as a distance or multiplier.
 */
export interface ResponsibilityEdgeAttributes {
  /** `lead`, `co`, or `responsible` (no lead marked on the task). */
  role: Role;
  /** 0-based position of the agency in the task's list of units. */
  position: number;
}

/** A unit left out of the graph (e.g. a collective when `excludeCollective` is set), with its mentions. */
export interface ExcludedUnit {
  name: string;
  reason: 'collective';
  /** Task ids on which it was listed. */
  tasks: string[];
  /** Task ids on which it was the lead. */
  led: string[];
}

export interface ResponsibilityGraphAttributes {
  file?: string;
  /** Categories in table order. */
  categories: string[];
  /** Units mentioned in the table but not added as nodes: nothing is dropped silently. */
  excluded: ExcludedUnit[];
}

/** The bipartite agency–task graph: undirected, simple, nodes keyed `agency:<name>` / `task:<id>`. */
export type ResponsibilityGraph = UndirectedGraph<
  ResponsibilityNodeAttributes,
  ResponsibilityEdgeAttributes,
  ResponsibilityGraphAttributes
>;
