// Louvain's community numbers carry no meaning (the order it met them in): the viewer numbers
// communities by size, largest first, so that "community 1" is the largest and the palette's
// own colours go to the largest ones (style.ts `communityColor`).

/**
 * `community` (node → Louvain id, agencies and tasks) with the ids renumbered 0, 1, … by the
 * number of agencies in each (largest first; ties by the old id). Tasks follow their community.
 * Node keys are `agency:…` / `task:…`.
 */
export function numberBySize(community: ReadonlyMap<string, number>): Map<string, number> {
  const agencies = new Map<number, number>();
  for (const [node, c] of community) if (node.startsWith('agency:')) agencies.set(c, (agencies.get(c) ?? 0) + 1);
  for (const c of community.values()) if (!agencies.has(c)) agencies.set(c, 0);
  const order = [...agencies].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const renumbered = new Map(order.map(([c], i) => [c, i]));
  return new Map([...community].map(([node, c]) => [node, renumbered.get(c) ?? c]));
}
