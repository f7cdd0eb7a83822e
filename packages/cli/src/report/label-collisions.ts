// Labels that do not collide: greedy placement in priority order, a label kept only where its box
// overlaps no label kept before it (nor a reserved box) and fits inside the figure.

export interface LabelCandidate {
  /** Anchor point in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the text sits relative to the anchor: to the right (start), centred (middle) or to the left (end). */
  anchor: 'start' | 'middle' | 'end';
  /** Horizontal gap between anchor and text for start/end anchors. */
  dx?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a label occupies (vertically centred on its anchor). */
export function labelBox(c: LabelCandidate): Box {
  const dx = c.dx ?? 0;
  const x0 = c.anchor === 'start' ? c.x + dx : c.anchor === 'end' ? c.x - dx - c.width : c.x - c.width / 2;
  return { x0, y0: c.y - c.height / 2, x1: x0 + c.width, y1: c.y + c.height / 2 };
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Indices of the candidates kept, in the order given (the priority: first placed first): each is
 * kept when its box lies inside `bounds` and overlaps neither a kept label nor any of `reserved`.
 * O(k²) for k candidates, fine for the few dozen labels of a figure.
 */
export function placeLabels(candidates: readonly LabelCandidate[], bounds: Box, reserved: readonly Box[] = []): number[] {
  const kept: Box[] = [];
  const indices: number[] = [];
  candidates.forEach((c, i) => {
    const box = labelBox(c);
    const inside = box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
    if (!inside || kept.some((k) => overlaps(k, box)) || reserved.some((r) => overlaps(r, box))) return;
    kept.push(box);
    indices.push(i);
  });
  return indices;
}
