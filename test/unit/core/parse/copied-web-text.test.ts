// Text copied from web pages carries what is not part of it: pinyin printed after characters
// (棚戶區(qū)), markup remnants (/div>, &nbsp;), a bracket the page cut before its end.
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
    expect(notes[0]?.message).toMatch(/removed 3 pinyin annotations on 2 lines/u);
  });

  it('leaves brackets of letters that are not one pinyin syllable (PM2.5, (VOCs), (a)) alone', () => {
    const table = parseTable('1.降低细颗粒物(PM2.5)和挥发性有机物(vocs)浓度。（市生态环境局负责）');
    expect(table.tasks[0]?.title).toBe('降低细颗粒物(PM2.5)和挥发性有机物(vocs)浓度');
    expect(table.diagnostics.some((d) => d.code === 'pinyin-removed')).toBe(false);
  });
});

describe('web-page markup left in copied text', () => {
  it('removes tags, tags that lost their <, and decodes entities, with one warning', () => {
    const text = ['一、以政务公开助力稳增长/div>', '（一）加强预期引导<br>', '1.按旬公开财政收支情况&nbsp;。（省财政厅牵头）', '2.公开某类信息。（省统计局&amp;省财政厅牵头）'].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.category, t.title, t.units.map((u) => u.name)])).toEqual([
      ['加强预期引导', '按旬公开财政收支情况', ['省财政厅']],
      ['加强预期引导', '公开某类信息', ['省统计局&省财政厅']],
    ]);
    const notes = table.diagnostics.filter((d) => d.code === 'markup-removed');
    expect(notes.map((d) => [d.line, d.message.match(/removed \d+ markup remnants? on \d+ lines?/u)?.[0]])).toEqual([[1, 'removed 4 markup remnants on 4 lines']]);
  });

  it('leaves 《…》, <…> around Chinese titles and a lone & alone', () => {
    const table = parseTable('1.落实《关于印发<某省实施方案>的通知》要求 & 做好衔接。（市发展改革委负责）');
    expect(table.tasks[0]?.title).toBe('落实《关于印发<某省实施方案>的通知》要求 & 做好衔接');
    expect(table.diagnostics.some((d) => d.code === 'markup-removed')).toBe(false);
  });
});

describe('a bracket of units left open at the end of its line', () => {
  it('is closed by the line’s end when it names units with their roles, with the unclosed-bracket warning kept', () => {
    const table = parseTable(['1.按旬公开全省财政收支情况。（省财政厅牵头，省统计局配合', '2.公开某类信息。（省统计局负责）'].join('\n'));
    expect(table.tasks.map((t) => [t.id, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', ['省财政厅:lead', '省统计局:co']],
      ['2', ['省统计局:responsible']],
    ]);
    expect(table.diagnostics.filter((d) => d.code === 'unclosed-bracket').map((d) => d.line)).toEqual([1]);
  });
});

describe('markup that is not layout', () => {
  it('keeps a name written as an image tag (<img …>) as written: the viewer must show it as text, not lose it', () => {
    const table = parseTable('1.建设高速铁路。（省交通运输厅牵头，<img src=x onerror=alert(1)>配合）');
    expect(table.tasks[0]?.units.map((u) => u.name)).toContain('<img src=x onerror=alert(1)>');
  });
});
