// The terminal table: columns as wide as their widest cell (CJK counted double), for any number
// of rows — 200,000 rows once overflowed the stack (Math.max over spread arguments).
import { describe, expect, it } from 'vitest';
import { textTable } from '../../../packages/cli/src/text-table.js';

describe('textTable', () => {
  it('pads each column to its widest cell, counting CJK characters as two columns', () => {
    const out = textTable([{ a: '1', b: '省发展改革委' }, { a: '10', b: 'x' }], [
      { header: '#', value: (r) => r.a, align: 'right' },
      { header: 'Agency', value: (r) => r.b },
    ]);
    const lines = out.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]).toMatch(/^ +# +Agency/u);
    expect(lines.some((l) => l.includes(' 1  省发展改革委'))).toBe(true);
  });

  it('lays out 200,000 rows', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ id: String(i + 1) }));
    const out = textTable(rows, [{ header: '#', value: (r) => r.id, align: 'right' }]);
    const lines = out.split('\n');
    expect(lines).toHaveLength(200_001);
    expect([lines[0], lines[1], lines.at(-1)]).toEqual(['     #', '     1', '200000']);
  });
});
