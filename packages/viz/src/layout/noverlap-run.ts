// Noverlap run to a fixed iteration count on bare positions, reproducibly: what the Noverlap worker
// does, and what the page does itself when it cannot start workers.
import Graph from 'graphology';
import noverlap, { type NoverlapSettings } from 'graphology-layout-noverlap';

/** mulberry32 (Tommy Ettinger, public domain): a small seeded generator, enough for a jitter. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `graphology-layout-noverlap` (a grid-based collision pass, Jacomy's Noverlap for Gephi) on
 * `positions` (x, y, size of each node in turn) for at most `iterations` iterations, stopping
 * earlier when no two nodes overlap, and returns the new positions. The library jitters nodes that
 * sit on the same spot with `Math.random`; it is replaced by a seeded generator for the
 * synchronous run (and put back), so the same input always gives the same output.
 */
export function runNoverlap(positions: Float64Array, iterations: number, settings: NoverlapSettings): Float64Array {
  const graph = new Graph();
  const n = positions.length / 3;
  for (let i = 0; i < n; i += 1) graph.addNode(String(i), { x: positions[3 * i], y: positions[3 * i + 1], size: positions[3 * i + 2] });
  const random = Math.random;
  Math.random = mulberry32(1);
  try {
    noverlap.assign(graph, { maxIterations: iterations, settings });
  } finally {
    Math.random = random;
  }
  const out = new Float64Array(positions.length);
  for (let i = 0; i < n; i += 1) {
    const attr = graph.getNodeAttributes(String(i));
    out[3 * i] = attr.x as number;
    out[3 * i + 1] = attr.y as number;
    out[3 * i + 2] = attr.size as number;
  }
  return out;
}

/**
 * Iterations and grid for `order` nodes. Each iteration compares the nodes sharing a grid cell, so
 * the cost grows with the square of a cell's population: the grid grows with √n (20 × 20, the
 * library's default, up to 400 nodes; 73 × 73 at 5,300) and the iteration count depends on the
 * graph's order only — never on a time budget — so the picture does not depend on the machine's
 * speed: 120 up to 1,000 nodes, fewer beyond (52 at 5,300 nodes, about 3.5 s in Chromium on this
 * project's 2-core machine; 120 took 7.7 s), at least 40. The label placer hides the overlaps left.
 */
export function noverlapPlan(order: number): { iterations: number; settings: NoverlapSettings } {
  const iterations = Math.max(40, Math.min(120, Math.round(120 * Math.sqrt(1000 / Math.max(1, order)))));
  return { iterations, settings: { margin: 1, ratio: 1.1, gridSize: Math.max(20, Math.round(Math.sqrt(order))) } };
}
