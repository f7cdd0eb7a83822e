// Messages between the page and the ForceAtlas2 worker (layout/fa2.worker.ts).

/** ForceAtlas2's settings, complete (its defaults merged in and validated on the page). */
export type Fa2Settings = Record<string, number | boolean>;

export interface Fa2Request {
  /** graphology-layout-forceatlas2's node matrix (10 floats a node: x, y, dx, dy, …, size, fixed). */
  nodes: ArrayBuffer;
  /** Its edge matrix (source index, target index, weight). */
  edges: ArrayBuffer;
  settings: Fa2Settings;
  /** Exactly this many iterations. */
  iterations: number;
  /** Post the positions this often (ms) while running, so small graphs animate; `null` for only at the end. */
  progressEvery: number | null;
}

export interface Fa2Message {
  kind: 'progress' | 'done';
  /** The node matrix after the iterations so far. */
  nodes: ArrayBuffer;
}
