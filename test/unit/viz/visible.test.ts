// What the viewer's filters leave of a table (packages/viz/src/filter/visible.ts) and how
// categories are coloured (style.ts), on hand-built tables whose answer is known.
import { buildResponsibilityGraph, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { filtersActive, visibleGraph } from '../../../packages/viz/src/filter/visible.js';
import { CATEGORY_PALETTE, OTHER_CATEGORY_COLOR, categoryColors } from '../../../packages/viz/src/style.js';

/** Three tasks: #1 交通 (甲局 leads, 乙局), #2 交通 (乙局, 各有关市州人民政府), #3 产业 (丙局, 甲局). */
const TEXT = ['附件', '', '\t序号', '\t类别', '\t重点任务', '\t责任单位', '', '\t1', '\t交通', '\t建设铁路', '\t甲局、乙局', '', '\t2', '\t交通', '\t建设公路', '\t乙局、各有关市州人民政府', '', '\t3', '\t产业', '\t培育产业', '\t丙局、甲局', ''].join('\n');
const graph = () => buildResponsibilityGraph(parseTable(TEXT, { file: 't.txt' }));
const sorted = (g: ReturnType<typeof graph>) => g.nodes().sort();

describe('visibleGraph', () => {
  it('returns the table itself when no filter is on', () => {
    const g = graph();
    expect(filtersActive({ hiddenCategories: new Set(), hideCollective: false })).toBe(false);
    expect(visibleGraph(g, { hiddenCategories: new Set(), hideCollective: false })).toBe(g);
  });

  it('hiding a category removes its tasks and the agencies left with none, and leaves the source alone', () => {
    const g = graph();
    const v = visibleGraph(g, { hiddenCategories: new Set(['交通']), hideCollective: false });
    expect(sorted(v)).toEqual(['agency:丙局', 'agency:甲局', 'task:3']);
    expect(v.size).toBe(2);
    expect(g.order).toBe(7);
    expect(v.getAttribute('categories')).toEqual(g.getAttribute('categories'));
  });

  it('hiding collective units removes them and their links, every task stays', () => {
    const v = visibleGraph(graph(), { hiddenCategories: new Set(), hideCollective: true });
    expect(sorted(v)).toEqual(['agency:丙局', 'agency:乙局', 'agency:甲局', 'task:1', 'task:2', 'task:3']);
    expect(v.size).toBe(5);
  });

  it('both filters together', () => {
    const v = visibleGraph(graph(), { hiddenCategories: new Set(['产业']), hideCollective: true });
    expect(sorted(v)).toEqual(['agency:乙局', 'agency:甲局', 'task:1', 'task:2']);
  });
});

describe('categoryColors', () => {
  it('up to nine categories: each its own colour, in table order', () => {
    const names = Array.from({ length: 9 }, (_v, i) => `c${i}`);
    expect([...categoryColors(names).values()]).toEqual([...CATEGORY_PALETTE]);
  });

  it('more: the eight with the most tasks keep a colour (table order among them), the rest are 其他', () => {
    const names = Array.from({ length: 12 }, (_v, i) => `c${i}`);
    // c0..c3 have one task, the others 20 − i: the eight largest are c4..c11.
    const tasks = new Map(names.map((c, i) => [c, i < 4 ? 1 : 20 - i]));
    const colors = categoryColors(names, tasks);
    expect(names.filter((c) => colors.get(c) === OTHER_CATEGORY_COLOR)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(names.slice(4).map((c) => colors.get(c))).toEqual(CATEGORY_PALETTE.slice(0, 8));
    expect(CATEGORY_PALETTE).not.toContain(OTHER_CATEGORY_COLOR);
  });

  it('ties in size go to the earlier category', () => {
    const names = Array.from({ length: 10 }, (_v, i) => `c${i}`);
    const colors = categoryColors(names, new Map(names.map((c) => [c, 5])));
    expect(names.filter((c) => colors.get(c) === OTHER_CATEGORY_COLOR)).toEqual(['c8', 'c9']);
  });
});
