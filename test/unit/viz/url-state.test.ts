import { describe, expect, it } from 'vitest';
import { FILE_PARAM, SRC_PARAM, withLocalFile } from '../../../packages/viz/src/url-state.js';

describe('withLocalFile', () => {
  it('names a file read on this machine and drops the server table it replaces, keeping the view', () => {
    expect(withLocalFile('?src=__table%2Fplan.docx&view=matrix', 'mine.txt')).toBe('?view=matrix&file=mine.txt');
    expect(new URLSearchParams(withLocalFile('', '完成 100%.txt')).get(FILE_PARAM)).toBe('完成 100%.txt');
  });

  it('with null, forgets a stale file name and keeps src', () => {
    expect(withLocalFile('?file=old.txt&sel=agency%3A%E7%9C%81', null)).toBe('?sel=agency%3A%E7%9C%81');
    expect(withLocalFile(`?${SRC_PARAM}=tables%2Fa.txt&file=old.txt`, null)).toBe('?src=tables%2Fa.txt');
    expect(withLocalFile('?file=old.txt', null)).toBe('');
  });
});
