// The traditional forms the reader matches (牽頭, 責任單位, 高質量) come from a generated map: a word
// added to a list without rewriting the map is matched in simplified characters only.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../../scripts/parse/make-traditional-map.mjs', import.meta.url));

describe('traditional-map.ts', () => {
  it('holds the traditional forms of every character in the word lists (make-traditional-map.mjs --check)', () => {
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('up to date');
  });
});
