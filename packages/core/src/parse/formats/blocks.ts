// What every document reader yields, whatever the file format: paragraphs and tables in reading
// order (documents), or sheets of cells (spreadsheets). The table and text readers take it from here.

/**
 * One block of a document. A table's rows hold the text of each cell (paragraphs inside a cell
 * joined by `\n`); a cell covered by a vertical merge repeats the text of the merged cell, a cell
 * covered by a horizontal span is `''`, so every row has one entry per grid column it spans.
 */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** One sheet of a workbook: its name and rows of cell text (merges applied as in {@link Block}). */
export interface Sheet {
  name: string;
  rows: string[][];
}
