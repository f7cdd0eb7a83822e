// Diagnostics in the message area: core's English in the English interface, Chinese (by kind of
// problem, with the document's words) in the Chinese one.
import { TableParseError, type Diagnostic } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { diagnosticLine, errorLines } from '../../../packages/viz/src/ui/diagnostic-text.js';

const cells: Diagnostic = { severity: 'error', code: 'missing-cells', message: 'row has 3 cells, expected 4 (序号 / 类别 / 重点任务 / 责任单位)', file: 'plan.txt', line: 13 };
const twice: Diagnostic = { severity: 'warning', code: 'duplicate-unit', message: '“省甲厅” is listed twice on task 1; counted once, at its first position', file: 'plan.txt', line: 9 };

describe('diagnosticLine', () => {
  it('is core’s line in English', () => {
    expect(diagnosticLine(cells, 'en')).toBe('plan.txt:13: row has 3 cells, expected 4 (序号 / 类别 / 重点任务 / 责任单位)');
    expect(diagnosticLine(twice, 'en')).toBe('plan.txt:9: warning: “省甲厅” is listed twice on task 1; counted once, at its first position');
  });

  it('says what the problem is in Chinese, with the counts of a short row or the words quoted', () => {
    expect(diagnosticLine(cells, 'zh')).toBe('plan.txt 第 13 行：该行的单元格少于表头的列数：有 3 个，应为 4 个（序号 / 类别 / 重点任务 / 责任单位）');
    expect(diagnosticLine(twice, 'zh')).toBe('plan.txt 第 9 行：警告：同一单位在一项任务中列出两次，只计一次：“省甲厅”');
    expect(diagnosticLine({ severity: 'error', code: 'no-rows', message: 'the header row is not followed by any task row', line: 4 }, 'zh')).toBe('<input> 第 4 行：表头之后没有任务行');
  });
});

describe('errorLines', () => {
  it('lists every diagnostic of a parse error, and the message of any other error', () => {
    const error = new TableParseError([cells, { ...cells, line: 14 }], 'plan.txt');
    expect(errorLines(error, 'zh')).toHaveLength(2);
    expect(errorLines(error, 'en')[1]).toMatch(/^plan\.txt:14: row has 3 cells/u);
    expect(errorLines(new Error('boom'), 'en')).toEqual(['boom']);
    expect(errorLines(new Error('boom'), 'zh')).toEqual(['读取时出错：boom']);
  });
});
