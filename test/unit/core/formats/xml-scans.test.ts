// Scans that replaced regular expressions which backtracked super-linearly on raw XML and cell text
// (issue 18, item 3): the same answers as the expressions on ordinary input, and the hostile files
// that hung the readers for minutes are refused at once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFile, TableParseError } from '@fengong/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellReferences, joinCellLines } from '../../../../packages/core/src/parse/formats/xml-scan.js';

const regression = fileURLToPath(new URL('../../../fixtures/regression/', import.meta.url));
const office = fileURLToPath(new URL('../../../fixtures/office/', import.meta.url));

/** The diagnostic codes parseFile throws for a regression fixture (it must throw a TableParseError). */
async function refusal(file: string): Promise<string[]> {
  try {
    await parseFile(readFileSync(`${regression}${file}`), { file });
  } catch (error) {
    expect(error).toBeInstanceOf(TableParseError);
    return (error as TableParseError).diagnostics.map((d) => d.code);
  }
  throw new Error(`${file} was read`);
}

describe('cellReferences', () => {
  it('reads the r attribute of every <c> start tag, and nothing from other tags', () => {
    const xml = '<row r="1"><c r="A1" t="s"><v>0</v></c><c t="n" r="B1"/><c/><c  r = "C1">x</c><col r="Z9"/><cx r="Y9"/></row>';
    expect([...cellReferences(xml)]).toEqual(['A1', 'B1', undefined, 'C1']);
  });

  it('is quote-aware: a > inside a value does not end the tag, and an attribute merely ending in r is not r', () => {
    expect([...cellReferences('<c s=">" r="XFD1048576"/>')]).toEqual(['XFD1048576']);
    expect([...cellReferences("<c r='B2'/><c attr=\"D4\"/>")]).toEqual(['B2', undefined]);
  });

  it('agrees with the expression it replaced on generated sheets', () => {
    const cell = fc.record({ before: fc.constantFrom('', ' t="s"', ' s="3"'), ref: fc.stringMatching(/^[A-Z]{1,3}[1-9]\d{0,3}$/u), after: fc.constantFrom('', ' t="n"') });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 20 }), (cells) => {
        const xml = cells.map((c) => `<c${c.before} r="${c.ref}"${c.after}><v>1</v></c>`).join('');
        const old = [...xml.matchAll(/<c\b[^>]*?\sr="([^"]*)"/gu)].map((m) => m[1]);
        expect([...cellReferences(xml)]).toEqual(old);
      }),
      { seed: 18, numRuns: 300 },
    );
  });

  it('stops at an unclosed tag or quote', () => {
    expect([...cellReferences(`<c r="A1"/>${'<c '.repeat(1000)}`)]).toEqual(['A1']);
    // The quotes pair up as A1/><c r= and then an unclosed one: the tag never ends, nothing is yielded.
    expect([...cellReferences('<c r="A1/><c r="B2"/>')]).toEqual([]);
  });
});

describe('joinCellLines', () => {
  it('equals removing each line break with the white space around it, on random text', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u3000', 'a', '建设', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(joinCellLines(text)).toBe(text.replace(/\s*\n\s*/gu, ''));
      }),
      { seed: 18, numRuns: 2000 },
    );
  });
});

describe('hostile files that hung the readers', () => {
  // Timeouts as a guard against a hang only (before the fix each ran for minutes; now well under a
  // second): generous, since CI runs these beside CPU-heavy tests on a shared machine (one of them
  // once went past 20 s there while the readers were still being loaded). The readers are loaded
  // first, by reading an ordinary .xlsx and .docx, so the guard times only the hostile file.
  beforeAll(async () => {
    for (const file of ['table.xlsx', 'table.docx']) await parseFile(readFileSync(`${office}${file}`), { file });
  }, 120_000);

  it('cell-tags-unclosed.xlsx (2 KB, `<c ` 200,000 times with no `>`) is refused as unreadable', async () => {
    expect(await refusal('cell-tags-unclosed.xlsx')).toEqual(['unreadable-file']);
  }, 60_000);

  it('cell-of-spaces.docx (a header-less table, one cell of 400,000 spaces) is refused for its missing header', async () => {
    expect(await refusal('cell-of-spaces.docx')).toEqual(['missing-header']);
  }, 60_000);
});
