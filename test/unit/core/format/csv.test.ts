import { toCsv } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('toCsv', () => {
  it('writes a header and rows in the column order given', () => {
    expect(toCsv([{ a: 1, b: '省财政厅', c: true }], ['b', 'a', 'c'])).toBe('b,a,c\n省财政厅,1,true');
  });

  it('quotes commas, quotes and newlines, and writes missing values as empty cells', () => {
    const rows = [{ name: '甲,乙', note: 'say "hi"\nthere', n: undefined as number | undefined }];
    expect(toCsv(rows, ['name', 'note', 'n'])).toBe('name,note,n\n"甲,乙","say ""hi""\nthere",');
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(toCsv([{ name: '=HYPERLINK("x")' }], ['name'])).toBe(`name\n"'=HYPERLINK(""x"")"`);
  });
});
