// Messages between the page and the Noverlap worker (layout/noverlap.worker.ts).
import type { NoverlapSettings } from 'graphology-layout-noverlap';

export interface NoverlapRequest {
  /** x, y, size of each node in turn. */
  positions: Float64Array;
  /** Iterations at most (fewer when no overlap is left, which is as reproducible). */
  iterations: number;
  settings: NoverlapSettings;
}

export interface NoverlapResult {
  /** x, y, size of each node, in the order sent. */
  positions: Float64Array;
}
