// @ts-check
// Rank the agencies of a responsibility-division table from a Node script.
// Usage: node index.js [FILE]   (without FILE: the bundled Hunan–GBA 2020 table)
import { readFileSync } from 'node:fs';
import { agencyLoad, buildResponsibilityGraph, parseTable, TableParseError } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';

const file = process.argv[2];
let table;
try {
  table = file === undefined
    ? parseTable(hunanGba2020.text, { file: hunanGba2020.file })
    : parseTable(readFileSync(file, 'utf8'), { file });
} catch (error) {
  if (!(error instanceof TableParseError)) throw error;
  console.error(error.message); // every problem, as file:line: message
  process.exit(1);
}

const graph = buildResponsibilityGraph(table, file === undefined ? { dictionary: hunanGba2020.dictionary } : {});
const rows = agencyLoad(graph, { by: 'lead', excludeCollective: true });

console.log(`${table.tasks.length} tasks, ${rows.length} agencies (collective units left out). Who leads most:`);
for (const row of rows.slice(0, 5)) {
  console.log(`${row.rank}. ${row.agency}${row.nameEn ? ` (${row.nameEn})` : ''}: leads ${row.lead} of its ${row.tasks} tasks`);
}
