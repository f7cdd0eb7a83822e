// A bracket of units broken over lines in a short text (class 18), which the hard-wrap reader
// cannot tell the column of: joined back, so that the task keeps its units. Made-up wording.
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('a bracket of units broken over lines', () => {
  it('is read whole, even broken right after a name’s own bracket (各县(市) / 区政府) or inside a name (城 / 乡建设局)', () => {
    const text = [
      '二、工作任务',
      '(一)实施某某管理。',
      '1.控制某某总量。强化某某监督管理。[市甲局牵头,市乙委、城乡建设局配合,各县(市)区政府负责落实。以下均需各县(市)',
      '区政府落实,不再列出)]',
      '2.加强某某管理。[市丙局牵头,市丁局配合]',
    ].join('\n');
    expect(read(text)).toEqual([
      ['1', ['市甲局:lead', '市乙委:co', '城乡建设局:co', '各县(市)区政府:co']],
      ['2', ['市丙局:lead', '市丁局:co']],
    ]);
    // Messages still point at the document's lines: the task is on line 3.
    expect(parseTable(text).tasks[0]?.line).toBe(3);
  });

  it('does not join the next item, nor text after a bracket that is never closed', () => {
    const text = ['1.推进某某建设。（市甲局牵头，市乙局配合', '2.完善某某机制。（市丙局负责）', '3.开展某某行动。（市丁局负责）'].join('\n');
    const table = parseTable(text);
    expect(read(text)).toEqual([
      ['1', ['市甲局:lead', '市乙局:co']],
      ['2', ['市丙局:responsible']],
      ['3', ['市丁局:responsible']],
    ]);
    expect(table.diagnostics.map((d) => [d.line, d.message.slice(0, 17)])).toEqual([[1, '（ at column 10 is']]);
  });

  it('warns on a numbered item before the first task that names roles but gives no unit, instead of leaving it in the preamble without a word', () => {
    const table = parseTable(['1.推进某某建设，请各牵头单位抓紧落实', '2.完善某某机制。（市丙局负责）', '3.开展某某行动。（市丁局负责）'].join('\n'));
    expect(table.tasks.map((t) => t.id)).toEqual(['2', '3']);
    expect(table.diagnostics.map((d) => [d.code, d.line])).toEqual([['empty-units', 1]]);
  });
});
