// Every input that once broke the parser (test/fixtures/regression/), with what must happen now.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTable, TableParseError } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../../fixtures/regression/', import.meta.url));
type Expected = { error: { code: string; line: number } } | { tasks: [string, string, string[]][]; co?: string[][]; warning?: { code: string; line: number } };
const cases = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, Expected>;

describe.each(Object.entries(cases))('regression %s', (file, expected) => {
  it('behaves as fixed', () => {
    const text = readFileSync(`${dir}${file}`, 'utf8');
    if ('error' in expected) {
      expect(() => parseTable(text, { file })).toThrow(TableParseError);
      try {
        parseTable(text, { file });
      } catch (error) {
        expect((error as TableParseError).diagnostics).toContainEqual(expect.objectContaining(expected.error));
      }
      return;
    }
    const table = parseTable(text, { file });
    expect(table.tasks.map((t) => [t.id, t.title, t.units.filter((u) => u.role === 'lead').map((u) => u.name)])).toEqual(expected.tasks);
    if (expected.warning) expect(table.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', ...expected.warning }));
    if (expected.co) expect(table.tasks.map((t) => t.units.filter((u) => u.role === 'co').map((u) => u.name))).toEqual(expected.co);
  });
});
