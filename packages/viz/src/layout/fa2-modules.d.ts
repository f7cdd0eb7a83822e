// Types of the parts of graphology-layout-forceatlas2 that layout/fa2.worker.ts and force.ts use
// directly (the package types only its index and its worker supervisor).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 iteration, in place on the node matrix. */
  export default function iterate(settings: Record<string, number | boolean>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology-types';
  import type { Attributes } from 'graphology-types';

  export function assign<T extends object>(target: T, ...sources: object[]): T;
  export function validateSettings(settings: object): { message: string } | null;
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (edge: string, attributes: Attributes) => number): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, number | boolean>;
  export default defaults;
}
