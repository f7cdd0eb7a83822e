// A uniform scale that gives a dense ForceAtlas2 result room before Noverlap: the same picture
// (a scale keeps every ratio of distances, and sigma fits the graph to the screen), with fewer
// overlaps left for Noverlap to push apart.
import type Graph from 'graphology';

/**
 * Scales positions about their centroid so that their root-mean-square distance from it, R, is
 * at least `c · √(Σ sᵢ²)` (sᵢ the node sizes): the nodes' discs then cover at most about 1 / c²
 * of a disc of radius R. Layouts already that spread are left alone. ForceAtlas2 with
 * `adjustSizes` takes hundreds of iterations to grow a compact start to its spread (each node's
 * speed is capped), and Noverlap's cost grows with the square of a grid cell's population: on the
 * 5,000-task synthetic table, 100–116 iterations from the barycentric seeds leave R ≈ 0.2 √(Σ sᵢ²),
 * and Noverlap then took 10 s and scrambled the structure; scaled first, 1–2 s, structure kept.
 * Returns the factor applied (1 when none).
 */
export function spreadForSizes(graph: Graph, c = 1): number {
  const n = graph.order;
  if (n < 2) return 1;
  let cx = 0;
  let cy = 0;
  let sizes = 0;
  graph.forEachNode((_node, attr) => {
    cx += attr.x as number;
    cy += attr.y as number;
    sizes += (attr.size as number) ** 2;
  });
  cx /= n;
  cy /= n;
  let radius = 0;
  graph.forEachNode((_node, attr) => {
    radius += ((attr.x as number) - cx) ** 2 + ((attr.y as number) - cy) ** 2;
  });
  radius = Math.sqrt(radius / n);
  const wanted = c * Math.sqrt(sizes);
  if (!(radius > 0) || radius >= wanted) return 1;
  const k = wanted / radius;
  graph.updateEachNodeAttributes((_node, attr) => ({ ...attr, x: cx + k * ((attr.x as number) - cx), y: cy + k * ((attr.y as number) - cy) }), { attributes: ['x', 'y'] });
  return k;
}
