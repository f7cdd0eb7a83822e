// Control characters in the human-readable outputs are shown escaped, never sent to the terminal
// (issue 18, item 12).
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../packages/cli/src/format/markdown.js';
import { escapeControls, escapeControlsByLine } from '../../../packages/cli/src/terminal.js';
import { textTable } from '../../../packages/cli/src/text-table.js';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

describe('escapeControls', () => {
  it('throws on invalid input', () => {
    expect(() => escapeControls(undefined as unknown as string)).toThrow(TypeError);
  });

  it('writes C0, DEL and C1 controls as escapes, tab, LF and CR by name', () => {
    expect(escapeControls('省财政厅\u001b]0;pwned\u0007')).toBe('省财政厅\\x1b]0;pwned\\x07');
    expect(escapeControls('\u001b[2J\u0000\u007f\u0085\u009b')).toBe('\\x1b[2J\\x00\\x7f\\x85\\x9b');
    expect(escapeControls('a\tb\nc\rd')).toBe('a\\tb\\nc\\rd');
  });

  it('writes the bidirectional controls that reorder what is shown (Trojan Source) as \\u escapes', () => {
    expect(escapeControls('省财政厅\u202e局政财\u202c')).toBe('省财政厅\\u202e局政财\\u202c');
    expect(escapeControls('\u200e\u200f\u202a\u202b\u202d\u2066\u2067\u2068\u2069')).toBe('\\u200e\\u200f\\u202a\\u202b\\u202d\\u2066\\u2067\\u2068\\u2069');
  });

  it('leaves everything else alone, and is idempotent', () => {
    const text = '省发展改革委（省能源局） A&B\\x1b ％ \u00a0\u3000';
    expect(escapeControls(text)).toBe(text);
    expect(escapeControls(escapeControls('\u001b[2J'))).toBe('\\x1b[2J');
  });

  it('by line: keeps the line breaks of a message of several lines', () => {
    expect(escapeControlsByLine('Cannot read a\u001b.txt: 1 problem\n  a\u001b.txt:1: \r')).toBe('Cannot read a\\x1b.txt: 1 problem\n  a\\x1b.txt:1: \\r');
  });
});

describe('escaped outputs', () => {
  it('textTable escapes cells and headers and aligns on the escaped text', () => {
    const out = textTable([{ name: '甲\u001b[2J局' }, { name: '乙局\r\n' }], [{ header: 'Agency\u0007', value: (r) => r.name }]);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out.split('\n')).toEqual(['Agency\\x07', '甲\\x1b[2J局', '乙局\\r\\n']);
  });

  it('escapeMarkdown escapes control characters too (line breaks stay spaces)', () => {
    expect(escapeMarkdown('甲\u001b]0;x\u0007局\r\n乙')).toBe('甲\\x1b\\]0;x\\x07局 乙');
  });
});
