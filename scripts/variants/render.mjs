// A generated table written out in one of the shapes pages flatten tables into (scripts/layout-variants.mjs,
// scripts/cell-variants.mjs): one cell per line, `|` after each cell, rows of cells split by spaces,
// `|` rows, tab rows, the whole table on one line, or cells run together with nothing between them.

/**
 * The lines of a table: `head` (cells of the header row, or several rows as arrays of cells) and
 * `rows` ({ cells } or { heading }, with `across`: the heading's number and text as two cells) in `shape`.
 */
export function render(shape, head, rows) {
  const heads = Array.isArray(head[0]) ? head : [head];
  const width = Math.max(...heads.map((h) => h.length));
  const lines = [];
  const row = (cells) => {
    if (shape === 'cell-per-line') lines.push(...cells.map((c) => c));
    // (Pages give an empty cell no line of its own: a lone `|` line is a separator there.)
    else if (shape === 'cell-pipe') lines.push(...cells.filter((c) => c !== '').map((c) => `${c} |`));
    else if (shape === 'space-row') lines.push(cells.map((c) => (c === '' ? '　' : c)).join(' '));
    else if (shape === 'one-line') lines.push(cells.filter((c) => c !== '').join(' '));
    else if (shape === 'run-together') lines.push(cells.join(''));
    // (Pages copying a table with | pad a row whose merged cells are left out at its end: `X | |`.)
    else if (shape === 'pipe-row') lines.push(`| ${[...cells, ...new Array(Math.max(0, width - cells.length)).fill('')].join(' | ')} |`);
    else lines.push(cells.join('\t'));
  };
  for (const h of heads) row(h);
  for (const r of rows) {
    // (A heading written across the 序号 and title cells, `一 | 教育文化 | |`, where rows keep their cells apart.)
    if (r.across !== undefined && !['cell-per-line', 'cell-pipe', 'one-line', 'run-together'].includes(shape)) row([...r.across, ...new Array(Math.max(0, width - r.across.length)).fill('')]);
    else if (r.heading !== undefined) {
      if (shape === 'pipe-row') lines.push(`| ${r.heading} |`);
      else if (shape === 'cell-pipe') lines.push(`${r.heading} |`);
      else lines.push(r.heading);
    } else {
      row(r.cells);
      // (The rest of a row's wrapped cells, on the next line: space rows only.)
      if (r.next !== undefined && shape === 'space-row') lines.push(r.next.join(' '));
    }
  }
  return shape === 'one-line' ? [lines.join(' ')] : shape === 'run-together' ? [lines.join('')] : lines;
}
