// Camera moves: fit a set of nodes (the selection and its neighbours) into the viewport.
import type { CameraState } from 'sigma/types';
import type { Renderer } from '../renderer.js';

/** Margin (px) kept between the fitted nodes and the canvas edge. */
const MARGIN = 48;
/** Smallest box (px) a fit zooms to: a lone node is not magnified without bound. */
const MIN_BOX = 160;

/**
 * The camera state that shows every node of `nodes` (their discs included) with a margin, centred
 * on their bounding box. Sigma's viewport scale is proportional to 1 / ratio at a fixed centre, so
 * the box measured at the current ratio r, w × h px in a W × H canvas, fits at
 * r · max(w / (W − 2m), h / (H − 2m)). `null` when none of the nodes is drawn.
 */
export function cameraToFit(renderer: Renderer, nodes: Iterable<string>): CameraState | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of nodes) {
    const d = renderer.getNodeDisplayData(node);
    if (d === undefined || d.hidden) continue;
    const p = renderer.framedGraphToViewport(d);
    const r = renderer.scaleSize(d.size);
    x0 = Math.min(x0, p.x - r);
    y0 = Math.min(y0, p.y - r);
    x1 = Math.max(x1, p.x + r);
    y1 = Math.max(y1, p.y + r);
  }
  if (x0 > x1) return null;
  const { width, height } = renderer.getDimensions();
  const camera = renderer.getCamera();
  const w = Math.max(MIN_BOX, x1 - x0);
  const h = Math.max(MIN_BOX, y1 - y0);
  const scale = Math.max(w / Math.max(1, width - 2 * MARGIN), h / Math.max(1, height - 2 * MARGIN));
  const centre = renderer.viewportToFramedGraph({ x: (x0 + x1) / 2, y: (y0 + y1) / 2 });
  return { x: centre.x, y: centre.y, angle: camera.angle, ratio: Math.min(1, camera.ratio * scale) };
}
