// Notes printed under a table (注：带★的为牵头单位。 / 备注：… / 说明：…): text about the table, not
// the rest of its last row. Flattened to text, a note line has no cell boundary a reader could see,
// so the cells before it would take it in (嘉兴港区 + 注：带“★”的 read as one unit, and its
// 为牵头单位 as a role).

/** The label that opens a note under a table: 注： 注1： 备注： 说明： 附注：, simplified or traditional. */
const NOTE_LABEL = /^(?:注|註|备注|備註|说明|說明|附注|附註)[ \t\u3000]*[0-9０-９一二三四五]?[ \t\u3000]*[：:]/u;

/** At most this many lines of notes: a longer run is more likely a column of remarks (说明：…) than notes under the table. */
const MAX_NOTE_LINES = 6;

/** Whether a line of text opens a note under a table. */
export function isNoteLine(text: string): boolean {
  return NOTE_LABEL.test(text.trimStart());
}

/**
 * Splits the notes off the end of a table's body: from the first piece that opens its line with a
 * note label (see {@link isNoteLine}) to the end — when no row starts after it (no piece after it is
 * a bare 序号) and it spans at most {@link MAX_NOTE_LINES} lines. The first piece is never a note.
 */
export function trailingNotes<T extends { text: string; line: number }>(body: readonly T[]): { rows: T[]; notes: T[] } {
  for (let i = 1; i < body.length; i += 1) {
    const piece = body[i] as T;
    if ((body[i - 1] as T).line === piece.line || !isNoteLine(piece.text)) continue;
    const after = body.slice(i);
    const lines = new Set(after.map((p) => p.line)).size;
    if (lines > MAX_NOTE_LINES || after.slice(1).some((p) => /^[0-9０-９]{1,4}$/u.test(p.text.trim()))) return { rows: [...body], notes: [] };
    return { rows: body.slice(0, i), notes: after };
  }
  return { rows: [...body], notes: [] };
}
