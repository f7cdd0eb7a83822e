// The largest and smallest of many numbers, by a loop: `Math.max(...values)` passes every value as
// an argument and overflows the stack past about 125,000 of them (issue 18, item 5).

/** The largest of `values`, or `floor` when it is larger (−Infinity by default, as `Math.max()`). */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let out = floor;
  for (const v of values) if (v > out || Number.isNaN(v)) out = v;
  return out;
}

/** The smallest of `values`, or `ceiling` when it is smaller (Infinity by default, as `Math.min()`). */
export function smallest(values: Iterable<number>, ceiling = Infinity): number {
  let out = ceiling;
  for (const v of values) if (v < out || Number.isNaN(v)) out = v;
  return out;
}
