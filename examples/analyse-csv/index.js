// @ts-check
// Analyse a responsibility table of your own (here a CSV) and write a Markdown report.
// Usage: node index.js [TABLE] [REPORT]   (defaults: plan.csv beside this file, report.md)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, buildResponsibilityGraph, formatDiagnostic, normaliseTable, parseFile, TableParseError } from '@fengong/core';

const input = process.argv[2] ?? fileURLToPath(new URL('plan.csv', import.meta.url));
const output = process.argv[3] ?? 'report.md';

/** @type {import('@fengong/core').ResponsibilityTable} */
let table;
try {
  // parseFile takes bytes: CSV, TSV, Markdown, a pasted Word table, .docx or .xlsx, in UTF-8, UTF-16 or GB18030.
  table = await parseFile(readFileSync(input), { file: input });
} catch (error) {
  if (!(error instanceof TableParseError)) throw error;
  console.error(error.message); // every problem, as file:line: message
  process.exit(1);
}
for (const d of table.diagnostics) console.error(formatDiagnostic(d));

// Merge spelling variants (市人力资源和社会保障局 → 市人力资源社会保障局), then analyse without collective
// units such as 各区、县级市, which are groups of bodies rather than agencies.
const { normalisation, ...normalised } = normaliseTable(table);
const graph = buildResponsibilityGraph(normalised);
const report = analyze(graph, { excludeCollective: true });
const { network } = report;

/** A Markdown table cell: pipes and line breaks would break the table. */
const cell = (/** @type {unknown} */ v) => String(v).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (/** @type {unknown[]} */ cells) => `| ${cells.map(cell).join(' | ')} |`;
const fixed = (/** @type {number} */ x, digits = 3) => x.toFixed(digits);

const singlePoints = report.tasks.filter((t) => t.agencies <= 1);
const lines = [
  `# Responsibility network: ${input.split('/').pop()}`,
  '',
  `${network.tasks} tasks, ${network.agencies} agencies, ${network.links} links (collective units left out: ` +
    `${report.source.excluded.map((u) => u.name).join('；') || 'none'}).`,
  '',
  '## Network',
  '',
  row(['measure', 'value']),
  row(['---', '---:']),
  row(['density', fixed(network.density)]),
  row(['agencies per task (min / median / max)', `${network.teamSize.min} / ${network.teamSize.median} / ${network.teamSize.max}`]),
  row(['load Gini (0 = even, 1 = one agency does all)', fixed(network.loadGini)]),
  row(['communities (Louvain) / bipartite modularity Q_B', `${network.communities} / ${fixed(network.modularity)}`]),
  '',
  '## Most-loaded agencies',
  '',
  row(['#', 'agency', 'tasks', 'lead', 'co', 'betweenness', 'partners']),
  row(['---:', '---', '---:', '---:', '---:', '---:', '---:']),
  ...report.agencies.slice(0, 10).map((a) => row([a.rank, a.agency, a.tasks, a.lead, a.co, fixed(a.betweenness), a.partners])),
  '',
  '## Strongest co-responsibility pairs',
  '',
  row(['agency A', 'agency B', 'shared tasks', 'Jaccard', 'p']),
  row(['---', '---', '---:', '---:', '---:']),
  ...report.pairs.slice(0, 5).map((p) => row([p.a, p.b, p.shared, fixed(p.jaccard), fixed(p.pValue)])),
  '',
  '## Single points of failure',
  '',
  singlePoints.length === 0
    ? 'Every task has at least two agencies.'
    : singlePoints.map((t) => `- task ${t.id} ${t.title}: ${[...t.lead, ...t.co, ...t.responsible].join('、') || 'no agency'}`).join('\n'),
  '',
  '## Names merged',
  '',
  normalisation.length === 0 ? 'None.' : normalisation.map((c) => `- ${c.from} → ${c.to} (${c.reason})`).join('\n'),
  '',
];
writeFileSync(output, lines.join('\n'));
console.log(`wrote ${output}: ${network.tasks} tasks, ${network.agencies} agencies; most loaded: ${report.agencies[0]?.agency ?? '—'}`);
