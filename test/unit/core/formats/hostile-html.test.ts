// Web pages shaped to stall a parser (issue 18): each hostile piece is put into the bundled plan's
// page before </body>; the page must be read (all 30 tasks) or refused with one TableParseError, at
// once. Elements nested past MAX_NESTING are refused by name: htmlparser2 spends O(depth²) on them
// (200,000 nested <div> took 28 s), and searches them all for each end tag that matches none.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planOutcome } from './plan-outcome.js';
import { MAX_NESTING } from '../../../../packages/core/src/parse/formats/limits.js';

const page = readFileSync(fileURLToPath(new URL('../../../fixtures/formats/hunan-gba-2020/page.html', import.meta.url)), 'utf8');

const HOSTILE: Record<string, string> = {
  'an unclosed tag 200,000 times': '<div '.repeat(200_000),
  '200,000 nested <div>': '<div>'.repeat(200_000),
  '50,000 nested tables': '<table><tr><td>'.repeat(50_000),
  'an unclosed comment': `<!--${'x'.repeat(500_000)}`,
  'a tag of 100,000 attributes': `<a ${Array.from({ length: 100_000 }, (_, i) => `x${i}="1"`).join(' ')}>`,
  '500,000 < alone': '<'.repeat(500_000),
  'an unclosed script': `<script>${'x<'.repeat(300_000)}`,
  // Found by review: end tags that match no open element, each searched for through the whole stack.
  '1,000,000 unmatched end tags under 990 open <div>': `${'<div>'.repeat(990)}${'</x>'.repeat(1_000_000)}`,
};

/** The bundled page with `html` put before </body>, as parseFile takes it. */
async function outcome(html: string): Promise<{ code: string; message: string }> {
  const at = page.lastIndexOf('</body>');
  return planOutcome(new TextEncoder().encode(page.slice(0, at) + html + page.slice(at)), 'plan.html');
}

describe('hostile HTML', () => {
  // Timeouts as a guard against a stall only: each case takes well under a second.
  it.each(Object.keys(HOSTILE))('%s: read or refused, at once', async (name) => {
    const { code, message } = await outcome(HOSTILE[name] as string);
    expect(['read', 'too-large']).toContain(code);
    if (/nested/u.test(name)) expect(message).toBe(`the page nests its elements more than ${MAX_NESTING} deep (real pages nest a few dozen): not read`);
  }, 60_000);

  it(`reads a page nested just under the limit (${MAX_NESTING - 100} <div>)`, async () => {
    expect((await outcome('<div>'.repeat(MAX_NESTING - 100))).code).toBe('read');
  }, 60_000);
});
