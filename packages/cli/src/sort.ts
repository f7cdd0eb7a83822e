// Ordering helpers shared by the ranking commands: float ties and competition ranks.

/**
 * The value used to compare and tie floats: rounded to 12 significant digits, so two values that
 * differ only by floating-point noise (structurally equivalent agencies) tie, and ties are transitive.
 */
export function tieKey(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(12));
}

/** Competition ranks (1, 2, 2, 4) of already-sorted rows, tied where `key` is equal. */
export function competitionRanks<T>(rows: readonly T[], key: (row: T) => number): number[] {
  const ranks: number[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    ranks.push(i > 0 && previous !== undefined && key(previous) === key(row) ? (ranks[i - 1] ?? i + 1) : i + 1);
  });
  return ranks;
}
