// The real-document corpus (test/fixtures/real/): published responsibility lists in several
// layouts, each with a hand-checked expected reading.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OFFICIAL_LABELS, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../fixtures/real/', import.meta.url));

interface ExpectedTask {
  id: string;
  title: string;
  titleIsPrefix?: boolean;
  category: string | null;
  lead: string[];
  co: string[];
  responsible: string[];
  officials: string[];
}

const slugs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.each(slugs)('real document %s', (slug) => {
  const expected = JSON.parse(readFileSync(`${root}${slug}/expected.json`, 'utf8')) as { tasks: ExpectedTask[] };
  const text = readFileSync(`${root}${slug}/source.txt`, 'utf8');

  it('parses to the hand-checked tasks, units and roles', () => {
    // No options: layouts, the documents' own rules (第一责任单位为牵头单位，下同) and roles are detected.
    const table = parseTable(text, { file: `${slug}/source.txt` });
    const got = table.tasks.map((t) => {
      const officials = Object.entries(t.extra)
        .filter(([label]) => OFFICIAL_LABELS.includes(label))
        .flatMap(([, v]) => v.split(/[、，,]/u).map((s) => s.trim()).filter((s) => s !== ''));
      const names = (role: string) => t.units.filter((u) => u.role === role).map((u) => u.name);
      return { id: t.id, title: t.title, category: t.category, lead: names('lead'), co: names('co'), responsible: names('responsible'), officials };
    });
    const want = expected.tasks.map(({ titleIsPrefix: _prefix, ...t }) => t);
    // Titles given as a prefix (long paragraphs) only need to start the same way.
    got.forEach((g, i) => {
      const e = expected.tasks[i];
      if (e?.titleIsPrefix === true && g.title.startsWith(e.title)) g.title = e.title;
    });
    expect(got).toEqual(want);
  });
});
