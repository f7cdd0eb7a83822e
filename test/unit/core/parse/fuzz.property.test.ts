// Fuzzing (fast-check, seeded): whatever text or bytes a user gives, the parsers either return a
// table or throw a TableParseError naming a line — never another exception, never a hang.
import { parseFile, parseTable, parseUnitPhrase, TableParseError, type ResponsibilityTable } from '@fengong/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Pieces that steer random text into the parsers' interesting paths. */
const PIECES = ['\t', '\n', '\n\n', '\r\n', '、', '，', ',', '；', '。', '（', '）', '(', ')', '[', ']', '<', '>', '|', '---', '"', '{', '}',
  '序号', '类别', '重点任务', '责任单位', '牵头单位', '配合单位', '牵头单位：', '责任单位：', '责任领导：', '时限要求:', '牵头', '配合', '按职责分工负责', '等', '和', '及',
  '1.', '1、', '（一）', '(1)', '一、', '十二、', '1.5亿', '省发展改革委', '省财政厅', '各有关市州人民政府', '各县、市、区', '第一责任单位为牵头单位,下同', '\uFEFF', '\uFFFD', '牽頭', '𠀀'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 80 }).map((xs) => xs.join(''));

function checkOutcome(run: () => ResponsibilityTable): void {
  let table: ResponsibilityTable;
  try {
    table = run();
  } catch (error) {
    expect(error).toBeInstanceOf(TableParseError);
    const e = error as TableParseError;
    expect(e.diagnostics.length).toBeGreaterThan(0);
    for (const d of e.diagnostics) expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    return;
  }
  // A table: every task has units, and every unit a non-empty name and a role.
  for (const t of table.tasks) {
    expect(t.units.length).toBeGreaterThan(0);
    for (const u of t.units) {
      expect(u.name.trim()).not.toBe('');
      expect(['lead', 'co', 'responsible']).toContain(u.role);
    }
  }
}

describe('fuzzing the parsers', () => {
  it('parseTable, in every layout, returns a table or throws TableParseError with lines', () => {
    const layouts = ['auto', 'word-table', 'line-cells', 'prose', 'delimited', 'markdown', 'json'] as const;
    fc.assert(
      fc.property(text, fc.constantFrom(...layouts), (t, layout) => checkOutcome(() => parseTable(t, { layout, file: 'fuzz.txt' }))),
      { seed: 8, numRuns: 1500 },
    );
  });

  it('parseUnitPhrase never throws and never returns an empty name', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'first-listed' | 'marked-only'>('first-listed', 'marked-only'), (t, convention) => {
        for (const u of parseUnitPhrase(t, convention).units) expect(u.name.trim()).not.toBe('');
      }),
      { seed: 8, numRuns: 1500 },
    );
  });

  it('parseFile on arbitrary bytes (including zip-like headers) returns a table or throws TableParseError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b]))), async (bytes) => {
        try {
          await parseFile(bytes, { file: 'fuzz.bin' });
        } catch (error) {
          expect(error).toBeInstanceOf(TableParseError);
        }
      }),
      { seed: 8, numRuns: 400 },
    );
  });
});
