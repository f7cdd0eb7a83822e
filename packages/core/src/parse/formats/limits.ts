// Limits every file-format reader checks before doing the work, so a small hostile file (a zip or
// OLE bomb, a span of a billion columns) gets a clear error instead of exhausting memory.

/** Bytes a reader may inflate or extract from one file (zip entries, OLE streams, PDF content). */
export const MAX_EXTRACTED_BYTES = 256 * 1024 * 1024;

/** Cells a table or sheet may have, counting those covered by spans and merges. */
export const MAX_CELLS = 2_000_000;

/** Columns one table row may span. */
export const MAX_COLUMNS = 1_000;

/** Pages of a PDF read. */
export const MAX_PAGES = 2_000;

/**
 * The deepest a web page's elements may nest (elements still open at once). htmlparser2 keeps its
 * open elements in an array it shifts at the front, so nesting costs it O(depth²) (100,000 nested
 * `<div>` took 7 s, 200,000 28 s), and it searches the whole array for every end tag that matches
 * none (1,000,000 of them under 9,900 open elements: 8.4 s). Real pages nest a few dozen deep; at
 * this limit an unmatched end tag costs about 1 µs, so even a 64 MiB page of them reads in seconds.
 */
export const MAX_NESTING = 1_000;
