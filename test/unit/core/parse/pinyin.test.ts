// Pages that print pinyin after characters for reading aloud (棚戶區(qū)): the annotations are removed
// before the text is read, with a warning.
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('pinyin printed after characters', () => {
  it('is removed from titles and unit names, with one warning saying how many and where', () => {
    const text = ['一、城建類', '1.棚戶區(qū)改造工程。（縣住房和城鄉(xiāng)建設局負責）', '2.口袋公園建設工程。（縣城市管理綜合行政執(zhí)法局負責）'].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([
      ['棚戶區改造工程', ['縣住房和城鄉建設局']],
      ['口袋公園建設工程', ['縣城市管理綜合行政執法局']],
    ]);
    const notes = table.diagnostics.filter((d) => d.code === 'pinyin-removed');
    expect(notes.map((d) => [d.severity, d.line])).toEqual([['warning', 2]]);
    expect(notes[0]?.message).toMatch(/removed 3 pinyin annotations .* on 2 lines/u);
  });

  it('leaves brackets of letters that are not one pinyin syllable (PM2.5, (VOCs), (a)) alone', () => {
    const table = parseTable('1.降低细颗粒物(PM2.5)和挥发性有机物(vocs)浓度。（市生态环境局负责）');
    expect(table.tasks[0]?.title).toBe('降低细颗粒物(PM2.5)和挥发性有机物(vocs)浓度');
    expect(table.diagnostics.some((d) => d.code === 'pinyin-removed')).toBe(false);
  });
});
