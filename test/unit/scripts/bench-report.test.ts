// The benchmark report keeps what was measured by hand when `pnpm bench` writes it again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { keepHandWritten, renderReport } from '../../../scripts/bench/report.mjs';

const keep = keepHandWritten as (rendered: string, previous: string) => string;
const render = renderReport as (results: unknown) => string;

describe('docs/benchmarks.md', () => {
  it('is what report.mjs renders from docs/bench/results.json, with its hand-written blocks kept', () => {
    const doc = readFileSync(new URL('../../../docs/benchmarks.md', import.meta.url), 'utf8');
    const results: unknown = JSON.parse(readFileSync(new URL('../../../docs/bench/results.json', import.meta.url), 'utf8'));
    const rendered = render(results);
    // Rendered alone, the hand-written blocks are empty; kept from the document, it is the document.
    expect(rendered).toContain('<!-- hand-written: hubs-before-after -->\n<!-- /hand-written -->');
    expect(keep(rendered, doc)).toBe(doc);
  });

  it('fills each block from the report it replaces, and keeps one that has no place at the end', () => {
    const rendered = 'a\n<!-- hand-written: x -->\n<!-- /hand-written -->\nb\n';
    const previous = 'old\n<!-- hand-written: x -->\nmeasured by hand\n<!-- /hand-written -->\n<!-- hand-written: gone -->\nkept\n<!-- /hand-written -->\n';
    expect(keep(rendered, previous)).toBe('a\n<!-- hand-written: x -->\nmeasured by hand\n<!-- /hand-written -->\nb\n\n<!-- hand-written: gone -->\nkept\n<!-- /hand-written -->\n');
    expect(keep(rendered, '')).toBe(rendered);
  });
});
