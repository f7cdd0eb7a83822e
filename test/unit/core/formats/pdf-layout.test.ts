// The pure parts of the PDF reader, on constructed inputs: text pieces → lines → paragraphs
// (pdf-lines.ts), drawing operators → ruling lines (pdf-rulings.ts), rulings → table grids and
// cells (pdf-grid.ts), pages → blocks (pdf-pages.ts). Coordinates in points, y growing downward.
import { describe, expect, it } from 'vitest';
import { cellText, fillGrid, findGrids } from '../../../../packages/core/src/parse/formats/pdf-grid.js';
import { cleanText, groupLines, joinPieces, margins, paragraphs, type TextPiece } from '../../../../packages/core/src/parse/formats/pdf-lines.js';
import { assemble, layoutPage } from '../../../../packages/core/src/parse/formats/pdf-pages.js';
import { rulings, type RulingOps, type Segment } from '../../../../packages/core/src/parse/formats/pdf-rulings.js';

const SIZE = 12;
/** A run of CJK (or any) text at x, baseline y, one em per character unless a width is given. */
const piece = (text: string, x: number, y: number, width = Array.from(text).length * SIZE): TextPiece => ({ text, x, y, width, size: SIZE });
const h = (y: number, x1: number, x2: number): Segment => ({ x1, x2, y1: y, y2: y });
const v = (x: number, y1: number, y2: number): Segment => ({ x1: x, x2: x, y1, y2 });

describe('joining the pieces of a line', () => {
  it('puts no space between CJK runs, nor for the fifth-of-an-em autospace next to Latin text', () => {
    expect(joinPieces([piece('现就', 0, 0), piece('2013', 26.4, 0, 24), piece('年', 52.8, 0)])).toBe('现就2013年');
    expect(joinPieces([piece('省发展', 0, 0), piece('改革委', 36, 0)])).toBe('省发展改革委');
  });

  it('puts a space for a gap of about a character between CJK text, a word space elsewhere', () => {
    expect(joinPieces([piece('序号', 0, 0), piece('重点任务', 24 + 12, 0)])).toBe('序号 重点任务');
    expect(joinPieces([piece('17:01', 0, 0, 30), piece('浏览次数', 33.1, 0)])).toBe('17:01 浏览次数');
    expect(joinPieces([piece('Hello', 0, 0, 30), piece('world', 33, 0, 30)])).toBe('Hello world');
    expect(joinPieces([piece('Hel', 0, 0, 18), piece('lo', 18.5, 0, 12)])).toBe('Hello');
  });

  it('keeps text drawn twice at almost the same place (fake bold) once', () => {
    expect(joinPieces([piece('重点任务', 0, 0), piece('重点任务', 0.3, 0)])).toBe('重点任务');
  });

  it('replaces Kangxi radicals and compatibility ideographs by the ideographs they look like', () => {
    expect(cleanText('\u2F2F作\u2F00\u5B9A\uF9F1')).toBe('工作一定隣');
    expect(cleanText('a\u0000b\u200bc')).toBe('abc');
  });
});

describe('grouping pieces into lines', () => {
  it('groups by baseline (within a third of the font size), top to bottom, left to right', () => {
    const lines = groupLines([piece('第二行', 0, 40), piece('右', 60, 20.5), piece('左', 0, 20), piece(' ', 12, 20, 48)]);
    expect(lines.map((l) => l.text)).toEqual(['左 右', '第二行']);
    expect(lines[0]).toMatchObject({ left: 0, right: 72, y: 20, size: 12 });
  });
});

describe('lines into paragraphs', () => {
  // A text column from x = 0 to 240 (20 characters), lines 16 points apart.
  const full = (text: string, y: number) => piece(text.padEnd(20, '字'), 0, y);
  const lines = (...ps: TextPiece[]) => groupLines(ps);

  it('joins a line that runs to the right margin with the next, without a space between CJK text', () => {
    const ls = lines(full('甲', 0), full('乙', 16), piece('丙丁。', 0, 32), full('戊', 56), piece('己。', 0, 72), full('庚', 96), full('辛', 112));
    expect(margins(ls)).toEqual({ left: 0, right: 240 });
    expect(paragraphs(ls)).toEqual([`${'甲'.padEnd(20, '字')}${'乙'.padEnd(20, '字')}丙丁。`, `${'戊'.padEnd(20, '字')}己。`, `${'庚'.padEnd(20, '字')}${'辛'.padEnd(20, '字')}`]);
  });

  it('keeps lines apart after a sentence end, before a list item, after a short line, or far below', () => {
    const ls = lines(full('甲', 0), piece(`${'乙'.repeat(19)}。`, 0, 16), full('丙', 32), piece('（二）下一项', 0, 48), piece('短行', 0, 64), full('丁', 80), full('戊', 130));
    expect(paragraphs(ls)).toEqual([
      `${'甲'.padEnd(20, '字')}${'乙'.repeat(19)}。`,
      '丙'.padEnd(20, '字'),
      '（二）下一项',
      '短行',
      '丁'.padEnd(20, '字'),
      '戊'.padEnd(20, '字'),
    ]);
  });

  it('joins when a Latin word or number too long for the line was moved to the next, not when a character would have fitted', () => {
    const head = [full('甲', 0), full('丙', 16), piece('乙'.repeat(17), 0, 32)];
    expect(paragraphs(lines(...head, piece('1000亿元以上。', 0, 48, 96)))).toEqual([`${'甲'.padEnd(20, '字')}${'丙'.padEnd(20, '字')}${'乙'.repeat(17)}1000亿元以上。`]);
    expect(paragraphs(lines(...head, piece('字字字。', 0, 48)))).toHaveLength(2);
  });

  it('does not join lines set in columns (a table without rulings)', () => {
    const ls = lines(piece('1', 0, 0, 6), piece('建设高速铁路', 30, 0), piece('省发展改革委', 168, 0), piece('2', 0, 16, 6), piece('推进公路互联', 30, 16), piece('省交通运输厅', 168, 16), piece('3', 0, 32, 6), piece('推进航空建设', 30, 32), piece('省发展改革委', 168, 32));
    expect(paragraphs(ls)).toEqual(['1 建设高速铁路 省发展改革委', '2 推进公路互联 省交通运输厅', '3 推进航空建设 省发展改革委']);
  });

  it('does not join anything when too few lines reach the rightmost end to tell the margin', () => {
    const ls = lines(full('甲', 0), piece('乙', 0, 16));
    expect(margins(ls).right).toBe(Number.POSITIVE_INFINITY);
    expect(paragraphs(ls)).toHaveLength(2);
  });
});

describe('ruling lines from drawing operators', () => {
  const OPS: RulingOps = { save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, stroke: [20, 21, 24], fill: [22, 23, 24] };
  // pdf.js v5 path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo …, 4 closePath.
  const rect = (x: number, y: number, w: number, hh: number) => [0, x, y, 1, x + w, y, 1, x + w, y + hh, 1, x, y + hh, 4];
  const path = (paint: number, data: number[]) => [paint, [Float32Array.from(data)], null];

  it('reads stroked rectangles and lines, thin filled rectangles, through cm, q/Q and forms, with y flipped', () => {
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.paintFormXObjectBegin, OPS.constructPath, OPS.paintFormXObjectEnd, OPS.constructPath];
    const args = [
      null,
      [1, 0, 0, 1, 100, 0],
      path(20, rect(0, 700, 50, 20)), // stroked box, shifted right by 100
      null,
      path(22, rect(0, 600, 200, 0.5)), // thin filled box: a horizontal rule
      path(22, rect(0, 500, 200, 100)), // a filled area: no rule
      path(20, [0, 0, 400, 2, 10, 10, 20, 20, 30, 30, 1, 40, 30]), // curve then slanted-free line
      [[1, 0, 0, 1, 0, -100], null],
      path(21, [0, 10, 300, 1, 10, 350]), // a vertical line in a form moved down by 100
      null,
      path(28, rect(0, 0, 595, 842)), // a clipping path (endPath): no rule
    ];
    const segs = rulings(fn, args, OPS, 842);
    expect(segs).toEqual([
      { x1: 100, x2: 150, y1: 142, y2: 142 },
      { x1: 150, x2: 150, y1: 122, y2: 142 },
      { x1: 100, x2: 150, y1: 122, y2: 122 },
      { x1: 100, x2: 100, y1: 122, y2: 142 },
      { x1: 0, x2: 200, y1: 241.75, y2: 241.75 },
      { x1: 30, x2: 40, y1: 812, y2: 812 },
      { x1: 10, x2: 10, y1: 592, y2: 642 },
    ]);
  });
});

describe('tables from ruling lines', () => {
  // A 3 × 3 grid, x at 0 / 50 / 150 / 250, y at 0 / 20 / 60 / 100. Cell (1, 0) runs down into
  // (2, 0) (no line between them); cell (0, 1) spans (0, 2) (no line between them).
  const segments: Segment[] = [
    h(0, 0, 250),
    h(20, 0, 250),
    h(60, 50, 250),
    h(100, 0, 250),
    v(0, 0, 100),
    v(50, 0, 100),
    v(150, 20, 100),
    v(250, 0, 100),
    h(300, 0, 100), // a lone line elsewhere: no table
    ...[h(400, 0, 100), h(450, 0, 100), v(0, 400, 450), v(100, 400, 450)], // one framed box: no table
  ];

  it('finds the grid and its merged cells; a lone line or a single box is no table', () => {
    const grids = findGrids(segments);
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    expect(grid?.xs).toEqual([0, 50, 150, 250]);
    expect(grid?.ys).toEqual([0, 20, 60, 100]);
    expect(grid?.cell).toEqual([
      [0, 1, 1],
      [2, 3, 4],
      [2, 5, 6],
    ]);
  });

  it('puts text into cells: the merged text in the top-left cell, repeated down a vertical merge, "" across a span', () => {
    const [grid] = findGrids(segments);
    if (grid === undefined) throw new Error('no grid');
    const pieces = [
      piece('类别', 2, 12),
      piece('重点任务说明', 52, 12),
      piece('交通', 2, 45),
      piece('建设高铁', 52, 35),
      piece('省发改委', 152, 35),
      piece('推进公路', 52, 75),
      piece('省交通', 152, 75),
      piece('运输厅', 152, 90),
    ];
    expect(fillGrid(grid, pieces).rows).toEqual([
      ['类别', '重点任务说明', ''],
      ['交通', '建设高铁', '省发改委'],
      ['交通', '推进公路', '省交通\n运输厅'],
    ]);
  });

  it('splits a piece crossing a column boundary into its characters', () => {
    const [grid] = findGrids(segments);
    if (grid === undefined) throw new Error('no grid');
    // 8 characters of 12 points from x = 2: the first four have their middle left of x = 50.
    expect(fillGrid(grid, [piece('一二三四五六七八', 2, 35, 96)]).rows[1]).toEqual(['一二三四', '五六七八', '']);
  });

  it('joins in-cell lines that run to the cell edge; a short line ends a paragraph (\\n)', () => {
    const ls = groupLines([piece('省发展改革委、省财', 102, 10), piece('政厅', 102, 24), piece('配合单位：', 102, 38), piece('省水利厅', 102, 52)]);
    expect(cellText(ls, 100, 212)).toBe('省发展改革委、省财政厅\n配合单位：\n省水利厅');
  });
});

describe('pages into blocks', () => {
  // A two-column table with its header repeated on the second page and a merged cell running
  // over the page break: one table, the merged text repeated, the repeated header dropped.
  const table = (top: number, rows: [string, string][], merged = false) => {
    const ys = rows.map((_, i) => top + i * 20);
    ys.push(top + rows.length * 20);
    const segs: Segment[] = [v(0, top, ys.at(-1) as number), v(200, top, ys.at(-1) as number), v(100, top, ys.at(-1) as number)];
    ys.forEach((y, i) => segs.push(i === 0 || i === 1 || i === ys.length - 1 || !merged ? h(y, 0, 200) : h(y, 100, 200)));
    const pieces = rows.flatMap(([a, b], i) => [...(a === '' ? [] : [piece(a, 2, top + i * 20 + 15)]), piece(b, 102, top + i * 20 + 15)]);
    return { segs, pieces };
  };

  it('continues a table on the next page, and joins a paragraph wrapped onto the next page', () => {
    const one = table(100, [['类别', '任务'], ['交通', '建设高铁'], ['', '推进公路']], true);
    const two = table(40, [['类别', '任务'], ['', '建设机场'], ['', '建设港口']], true);
    const wrap = Array.from({ length: 3 }, (_, i) => piece('字'.repeat(20), 0, 200 + i * 16));
    const page1 = layoutPage([piece('附件', 0, 20), ...one.pieces, ...wrap], one.segs);
    const page2 = layoutPage([piece('二页开头接续。', 0, 20), ...two.pieces], two.segs);
    const page3 = layoutPage([piece('注：完。', 0, 20)], []);
    // page 1 ends with text (the wrapped lines), so the table on page 2 is a new one
    expect(assemble([page1, page2, page3])).toEqual([
      { kind: 'paragraph', text: '附件' },
      { kind: 'table', rows: [['类别', '任务'], ['交通', '建设高铁'], ['交通', '推进公路']] },
      { kind: 'paragraph', text: `${'字'.repeat(60)}二页开头接续。` },
      { kind: 'table', rows: [['类别', '任务'], ['', '建设机场'], ['', '建设港口']] },
      { kind: 'paragraph', text: '注：完。' },
    ]);
    const pageA = layoutPage([piece('附件', 0, 20), ...one.pieces, piece('— 1 —', 90, 800, 60)], one.segs);
    const pageB = layoutPage([piece('2', 100, 10, 6), ...two.pieces, piece('— 2 —', 90, 800, 60)], two.segs);
    expect(assemble([pageA, pageB])).toEqual([
      { kind: 'paragraph', text: '附件' },
      { kind: 'table', rows: [['类别', '任务'], ['交通', '建设高铁'], ['交通', '推进公路'], ['交通', '建设机场'], ['交通', '建设港口']] },
    ]);
  });
});
