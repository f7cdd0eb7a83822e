// The zipped readers on XML shaped to stall a parser (issue 18: "every reader under limits checked
// before work is done"): each hostile part is put into the bundled plan's .xlsx, .docx, .odt and .ods
// in place of its main XML, and the file must be read (all 30 tasks) or refused with one
// TableParseError, at once. The .xlsx ones that stalled read-excel-file's parser for 53–82 s (an
// unclosed tag repeated, a tag of 60,000 attributes) are refused by name.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planOutcome } from './plan-outcome.js';
import { tagProblem } from '../../../../packages/core/src/parse/formats/xml-scan.js';

const plan = fileURLToPath(new URL('../../../fixtures/formats/hunan-gba-2020/', import.meta.url));

/** Hostile XML put just before the part's last closing tag. */
const HOSTILE: Record<string, string> = {
  'an unclosed tag 200,000 times': '<c '.repeat(200_000),
  'an unclosed comment': `<!-- ${'x'.repeat(100_000)}`,
  'an unclosed CDATA section 100,000 times': '<![CDATA['.repeat(100_000),
  'a tag of 60,000 attributes': `<a ${Array.from({ length: 60_000 }, (_, i) => `x${i}="1"`).join(' ')}/>`,
  'an attribute value opened 100,000 times': '<a b="'.repeat(100_000),
  'elements nested 100,000 deep': `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`,
  'a bare ampersand 200,000 times': '&'.repeat(200_000),
  // Found by review: a declaration of 1 MB, and a > inside a quoted value hiding a tag of 1 MB (57 and 85 s).
  'a declaration of 1 MB': `<!x ${'y'.repeat(1_000_000)}>`,
  'a > inside a quoted value before 1 MB of attributes': `<a b=">" c="${'y'.repeat(1_000_000)}"/>`,
};

const PARTS = { xlsx: ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'], docx: ['word/document.xml'], odt: ['content.xml'], ods: ['content.xml'] } as const;

function withPart(format: keyof typeof PARTS, part: string, hostile: string): Uint8Array {
  const files = unzipSync(readFileSync(`${plan}document.${format}`));
  const xml = strFromU8(files[part] as Uint8Array);
  const cut = xml.lastIndexOf('</');
  return zipSync({ ...files, [part]: strToU8(xml.slice(0, cut) + hostile + xml.slice(cut)) });
}

describe('tagProblem', () => {
  it('finds the first tag that does not close before the next <, or one that is too long', () => {
    expect(tagProblem('<a b="1"><!-- < --><![CDATA[ <x ]]><?pi <?><c/></a>', 100)).toBeUndefined();
    expect(tagProblem('<a><c r="A1" <c/></a>', 100)).toEqual({ at: 3, kind: 'unclosed' });
    expect(tagProblem('<a><!-- no end', 100)).toEqual({ at: 3, kind: 'unclosed' });
    expect(tagProblem('<a b=">" c="x/></a>', 100)).toEqual({ at: 0, kind: 'unclosed' });
    expect(tagProblem('<a b="<"/>', 100)).toBeUndefined();
    expect(tagProblem('<a b=\'>\' c="1"/><b/>', 100)).toBeUndefined();
    expect(tagProblem(`<!x ${'y'.repeat(50)}>`, 10)).toEqual({ at: 0, kind: 'too-long' });
    expect(tagProblem('<a x="1234567890"/>', 10)).toEqual({ at: 0, kind: 'too-long' });
    expect(tagProblem(`<a><!-- ${'x'.repeat(50)} --></a>`, 10)).toBeUndefined();
    expect(tagProblem('text > with a stray > is fine <a/>', 10)).toBeUndefined();
  });

  it('passes every part of every workbook among the fixtures', () => {
    const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
    const workbooks = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xlsx') && !f.startsWith('regression'));
    expect(workbooks.length).toBeGreaterThan(1);
    for (const file of workbooks) {
      const parts = unzipSync(readFileSync(`${fixtures}${file}`));
      for (const [name, data] of Object.entries(parts)) if (/\.(?:xml|rels)$/u.test(name)) expect(tagProblem(strFromU8(data), 64 * 1024), name).toBeUndefined();
    }
  });
});

describe('long tags a real workbook has', () => {
  it('reads a sheet whose conditional format lists 12,000 ranges in one sqref (80 KB)', async () => {
    const sqref = Array.from({ length: 12_000 }, (_, i) => `A${i + 1}`).join(' ');
    const { code } = await planOutcome(withPart('xlsx', 'xl/worksheets/sheet1.xml', `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>`), 'plan.xlsx');
    expect(code).toBe('read');
  }, 60_000);
});

describe('hostile XML in the zipped readers', () => {
  // Timeouts as a guard against a stall only: each case takes well under a second (before the fix
  // the .xlsx ones took 53–82 s); generous because CI runs this beside CPU-heavy tests.
  const cases = Object.entries(PARTS).flatMap(([format, parts]) => parts.flatMap((part) => Object.keys(HOSTILE).map((name) => [format, part, name] as const)));
  it.each(cases)('.%s, %s: %s — read or refused, at once', async (format, part, name) => {
    const { code, message } = await planOutcome(withPart(format as keyof typeof PARTS, part, HOSTILE[name] as string), `plan.${format}`);
    expect(['read', 'unreadable-file', 'too-large']).toContain(code);
    // Refused by the check, before read-excel-file's parser (which ended these in a stack overflow).
    if (format === 'xlsx' && /unclosed|attributes|opened|CDATA|declaration/u.test(name)) expect(message).toMatch(new RegExp(`^not a readable \\.xlsx workbook: ${part.replace(/\./gu, '\\.')} has a tag (that does not close|longer than)`, 'u'));
  }, 60_000);
});
