// Splits a 责任单位 cell into unit names: separators, the trailing duty clause, empty pieces.

/** Separators between units: the enumeration comma 、 and, as pasted text often has them, full-width and ASCII commas and semicolons. */
const SEPARATORS = new Set(['、', '，', ',', '；', ';']);

/** The closing clause "each responsible according to its duties", attached to the last unit. */
export const DUTY_CLAUSE = '按职责分工负责';

/** Punctuation that may end a cell without being part of the last name. */
const TRAILING = new Set(['。', '．', '.', '；', ';', '，', ',', '、', ' ', '\t', '\u3000']);

/** Drops trailing punctuation and spaces; a loop rather than a `[…]+$` pattern, which is quadratic on long runs. */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

export interface SplitUnits {
  /** Unit names in order, trimmed, with duplicates kept (the caller decides what a duplicate means). */
  names: string[];
  /** Whether the cell ended with {@link DUTY_CLAUSE}. */
  dutyClause: boolean;
  /** How many empty pieces were found between separators (e.g. `A、、B`). */
  emptyPieces: number;
}

/**
 * Splits a units cell such as `省发展改革委、省财政厅、各有关市州人民政府按职责分工负责`.
 * Runs in one pass over the cell (no backtracking regular expression), so its time is linear in the
 * cell's length.
 */
export function splitUnits(cell: string): SplitUnits {
  let text = trimTrailing(cell.trim());
  const dutyClause = text.endsWith(DUTY_CLAUSE);
  if (dutyClause) text = trimTrailing(text.slice(0, -DUTY_CLAUSE.length));

  const names: string[] = [];
  let emptyPieces = 0;
  let start = 0;
  const flush = (end: number, last: boolean): void => {
    const piece = text.slice(start, end).trim();
    if (piece !== '') names.push(piece);
    else if (!(last && names.length === 0)) emptyPieces += 1;
  };
  for (let i = 0; i < text.length; i += 1) {
    if (SEPARATORS.has(text[i] as string)) {
      flush(i, false);
      start = i + 1;
    }
  }
  flush(text.length, true);
  return { names, dutyClause, emptyPieces };
}
