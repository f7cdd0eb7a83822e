// Small text helpers shared by the parsers.

/** Splits text into lines on \n, \r\n or \r, after dropping a UTF-8 byte-order mark. */
export function splitLines(text: string): string[] {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/u);
}

/** Quotes user text for a message, cut to `max` characters so a hostile cell cannot flood the terminal. */
export function quote(text: string, max = 40): string {
  const chars = Array.from(text);
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : text}”`;
}

/** Index of the last of `sorted` (ascending) that is at most `value`; 0 when none is (binary search). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
