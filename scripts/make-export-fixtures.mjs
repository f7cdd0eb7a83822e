#!/usr/bin/env node
// Writes the DL and Pajek files that scripts/exports-reference.py reads back with NetworkX and
// igraph: test/fixtures/exports/<table>.<mode>.{dl,net}, from core's built dist (build first:
// node_modules/.bin/tsc -b packages/core). The unit test checks these files equal what toPajek and
// toUcinetDl write today, so they cannot go stale unnoticed.
//
//   node scripts/make-export-fixtures.mjs && /usr/bin/python3 scripts/exports-reference.py
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildResponsibilityGraph, parseTable, toPajek, toUcinetDl } from '../packages/core/dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The tables, as in scripts/exports-reference.py. */
export const EXPORT_TABLES = {
  'hunan-gba-2020': 'data/hunan-gba-2020/table.txt',
  small: 'test/fixtures/tables/small.txt',
  'quoted-names': 'test/fixtures/tables/quoted-names.txt',
};

mkdirSync(`${root}/test/fixtures/exports`, { recursive: true });
for (const [name, source] of Object.entries(EXPORT_TABLES)) {
  const graph = buildResponsibilityGraph(parseTable(readFileSync(`${root}/${source}`, 'utf8'), { file: source }));
  for (const mode of ['two-mode', 'projection']) {
    writeFileSync(`${root}/test/fixtures/exports/${name}.${mode}.net`, toPajek(graph, { mode }));
    writeFileSync(`${root}/test/fixtures/exports/${name}.${mode}.dl`, toUcinetDl(graph, { mode }));
  }
  console.log(`${name}: written`);
}
