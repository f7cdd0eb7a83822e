// Notes printed under a table (注：带★的为牵头单位。 / 备注：… / 说明：…): text about the table, not
// the rest of its last row. Flattened to text, a note line has no cell boundary a reader could see,
// so the cells before it would take it in (嘉兴港区 + 注：带“★”的 read as one unit, and its
// 为牵头单位 as a role).

/** The label that opens a note under a table: 注： 注1： 备注： 说明： 附注：, simplified or traditional. */
const NOTE_LABEL = /^(?:注|註|备注|備註|说明|說明|附注|附註)[ \t\u3000]*[0-9０-９一二三四五]?[ \t\u3000]*[：:]/u;

/** A note about the table's marks and roles (★, 牵头, 排在第一位, 下同), never one row's remark. */
const ABOUT_THE_TABLE = /[★☆※▲△●◆]|牵头|牽頭|第一位|排名第一|排在第一|列第一|首位|下同/u;

/** At most this many lines of notes: a longer run is more likely a column of remarks (说明：…) than notes under the table. */
const MAX_NOTE_LINES = 6;

/** Whether a line of text opens a note under a table. */
export function isNoteLine(text: string): boolean {
  return NOTE_LABEL.test(text.trimStart());
}

/**
 * Splits the notes off the end of a table's body: from the first piece after the last bare 序号 that
 * opens its line with a note label (see {@link isNoteLine}) to the end, when that spans at most
 * {@link MAX_NOTE_LINES} lines. The first piece is never a note; with remark columns (`remarkHeaders`,
 * their header words) only a note about the table's marks and roles, or one opening with such a
 * header's word, is.
 */
export function trailingNotes<T extends { text: string; line: number }>(body: readonly T[], remarkHeaders: readonly string[] = []): { rows: T[]; notes: T[] } {
  // (From the end: the last candidate with no row after it; a remark 注：… inside the body is passed over.
  // With a 备注 or 说明 column, a last cell opening 注： may be that row's remark: only a note about the
  // table's marks and roles, 注：带“★”的为牵头单位, or one opening with that column's own name — a cell
  // does not repeat its header, 备注：… — is split off there.)
  let at = -1;
  for (let i = body.length - 1; i >= 1; i -= 1) {
    const piece = body[i] as T;
    if (/^[0-9０-９]{1,4}$/u.test(piece.text.trim())) break;
    const note = remarkHeaders.length === 0 || ABOUT_THE_TABLE.test(piece.text) || remarkHeaders.some((h) => piece.text.trimStart().startsWith(h));
    if ((body[i - 1] as T).line !== piece.line && isNoteLine(piece.text) && note) at = i;
  }
  if (at < 0) return { rows: [...body], notes: [] };
  const after = body.slice(at);
  if (new Set(after.map((p) => p.line)).size > MAX_NOTE_LINES) return { rows: [...body], notes: [] };
  return { rows: body.slice(0, at), notes: after };
}
