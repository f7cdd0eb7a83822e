// @ts-check
// Compare two responsibility tables: which agencies appear in both, and how their load differs.
// Usage: node index.js [FIRST [SECOND]]
//   no argument: the bundled Hunan–GBA 2020 table against anhui-2022.txt beside this file;
//   one: your table against the bundled one
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { agencyLoad, buildResponsibilityGraph, isCollectiveName, normaliseTable, parseFile, parseTable, TableParseError } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';

// What you know about the names, passed to fengong: a misprint in the Anhui notice (省农村农业厅;
// core's bundled aliases know this one too) and which units are collective (the wording rule
// already takes 省政府各部门 for one; extend it with your own).
const aliases = { 省农村农业厅: '省农业农村厅' };
const isCollective = (/** @type {string} */ name) => isCollectiveName(name) || name.endsWith('各部门');

/**
 * Loads a table (the bundled one for `undefined`), merges spelling variants — without that, 省农村农业厅
 * in one plan and 省农业农村厅 in another would count as two agencies — and returns its load table.
 * @param {string | undefined} file
 */
async function load(file) {
  const table =
    file === undefined
      ? parseTable(hunanGba2020.text, { file: hunanGba2020.file })
      : await parseFile(readFileSync(file), { file });
  const dictionary = file === undefined ? hunanGba2020.dictionary : undefined;
  const { normalisation, ...normalised } = normaliseTable(table, { aliases, ...(dictionary ? { dictionary } : {}) });
  const graph = buildResponsibilityGraph(normalised, { isCollective, ...(dictionary ? { dictionary } : {}) });
  // Collective units (各有关市州人民政府, 省政府各部门 …) are groups of bodies: leave them out.
  const rows = agencyLoad(graph, { excludeCollective: true });
  const name = file === undefined ? hunanGba2020.title : (file.split('/').pop() ?? file);
  return { name, tasks: table.tasks.length, rows: new Map(rows.map((r) => [r.agency, r])), merged: normalisation };
}

const defaultSecond = fileURLToPath(new URL('anhui-2022.txt', import.meta.url));
let first, second;
try {
  first = await load(process.argv[2]);
  second = await load(process.argv[3] ?? (process.argv[2] === undefined ? defaultSecond : undefined));
} catch (error) {
  if (!(error instanceof TableParseError)) throw error;
  console.error(error.message); // every problem, as file:line: message
  process.exit(1);
}

const both = [...first.rows.keys()].filter((a) => second.rows.has(a));
const onlyFirst = [...first.rows.keys()].filter((a) => !second.rows.has(a));
const onlySecond = [...second.rows.keys()].filter((a) => !first.rows.has(a));
const jaccard = both.length / (first.rows.size + second.rows.size - both.length);
const percent = (/** @type {number} */ x) => `${(100 * x).toFixed(0)}%`;
const tasks = (/** @type {number} */ n) => `${n} task${n === 1 ? '' : 's'}`;
const list = (/** @type {string[]} */ names) => (names.length === 0 ? '—' : names.join('，'));

console.log(`1: ${first.name} — ${first.tasks} tasks, ${first.rows.size} agencies`);
console.log(`2: ${second.name} — ${second.tasks} tasks, ${second.rows.size} agencies`);
console.log(`(collective units left out; names normalised: ${first.merged.length + second.merged.length} merged)`);
console.log('');
console.log(`${both.length} agencies in both (Jaccard ${jaccard.toFixed(3)}), by their mean share of tasks:`);
// Shares, not counts: the plans differ in size, so "on 4 of 5 tasks" outweighs "on 10 of 30".
const rows = both
  .map((agency) => ({ agency, a: /** @type {import('@fengong/core').AgencyLoad} */ (first.rows.get(agency)), b: /** @type {import('@fengong/core').AgencyLoad} */ (second.rows.get(agency)) }))
  .sort((x, y) => y.a.share + y.b.share - (x.a.share + x.b.share) || x.a.rank - y.a.rank);
for (const { agency, a, b } of rows) {
  console.log(`  ${agency}: 1 — ${tasks(a.tasks)} (${percent(a.share)}), leads ${a.lead}; 2 — ${tasks(b.tasks)} (${percent(b.share)}), leads ${b.lead}`);
}
console.log('');
console.log(`only in 1 (${onlyFirst.length}): ${list(onlyFirst)}`);
console.log(`only in 2 (${onlySecond.length}): ${list(onlySecond)}`);
