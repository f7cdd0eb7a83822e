#!/usr/bin/env node
// Scores the reader on the real corpus (test/fixtures/real/): tasks read exactly, spurious tasks,
// documents read whole and documents rejected, for the tuning and the test split, by layout.
// Writes docs/corpus.md. Usage: pnpm corpus [--details] [--tune-only] [--no-write] [--root DIR] [--json FILE]
// (run after `tsc -b packages/core`).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreText } from './variants/real-score.mjs';

// --root DIR scores another folder of documents laid out the same way (for a validation set, or a
// user's own documents); docs/corpus.md is then not written.
const rootAt = process.argv.indexOf('--root');
const root = rootAt > 0 ? `${resolve(process.argv[rootAt + 1])}/` : fileURLToPath(new URL('../test/fixtures/real/', import.meta.url));
const out = fileURLToPath(new URL('../docs/corpus.md', import.meta.url));
const details = process.argv.includes('--details');
const write = !process.argv.includes('--no-write') && rootAt < 0;
// While tuning, look at the tuning split only: the test split is scored once, at the end.
const tuneOnly = process.argv.includes('--tune-only');

function score(slug) {
  const expected = JSON.parse(readFileSync(`${root}${slug}/expected.json`, 'utf8'));
  const text = readFileSync(`${root}${slug}/source.txt`, 'utf8');
  return { slug, split: expected.split ?? 'tune', layout: expected.layout ?? 'unknown', ...scoreText(expected, text, `${slug}/source.txt`) };
}

const slugs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${root}${d.name}/expected.json`) && existsSync(`${root}${d.name}/source.txt`))
  .map((d) => d.name)
  .sort();
const results = slugs.map(score);

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
function summary(rows) {
  const tasks = rows.reduce((s, r) => s + r.tasks, 0);
  const exact = rows.reduce((s, r) => s + r.exact, 0);
  const full = rows.reduce((s, r) => s + r.full, 0);
  const spurious = rows.reduce((s, r) => s + r.spurious, 0);
  const whole = rows.filter((r) => r.whole).length;
  const rejected = rows.filter((r) => r.rejected !== null).length;
  return { docs: rows.length, tasks, exact, full, spurious, whole, rejected };
}
const line = (label, s) =>
  `| ${label} | ${s.docs} | ${s.tasks} | ${s.exact} (${pct(s.exact, s.tasks)}) | ${s.full} (${pct(s.full, s.tasks)}) | ${s.spurious} | ${s.whole} (${pct(s.whole, s.docs)}) | ${s.rejected} |`;
const head = ['| | documents | tasks | tasks exact | …and title, category, officials | spurious tasks | documents whole | documents rejected |', '|---|---|---|---|---|---|---|---|'];

const lines = [
  '# The reader on the real corpus',
  '',
  'Written by `pnpm corpus` (`scripts/corpus.mjs`) from `test/fixtures/real/`: each document\'s',
  '`source.txt` read by `parseTable` with no options, compared with its hand-written `expected.json`',
  '(rules: `test/fixtures/real/CONVENTIONS.md`). A task is **exact** when its lead, co-operating and',
  'responsible units are exactly those expected (matched to the expected task by number and the start',
  'of its title); **spurious** tasks are read where the document has none; a document is **whole**',
  'when every task is exact and none is spurious. The **test** split is never looked at while tuning',
  'the reader; the unit tests check the **tune** split exactly (`test/unit/core/real/`).',
  '',
  ...head,
  line('tune', summary(results.filter((r) => r.split === 'tune'))),
  line('**test**', summary(results.filter((r) => r.split === 'test'))),
  line('all', summary(results)),
  '',
  '## By layout',
  '',
  ...head.map((h, i) => (i === 0 ? h.replace('| |', '| layout (split) |') : h)),
];
const layouts = [...new Set(results.map((r) => r.layout))].sort();
for (const layout of layouts) {
  for (const split of ['tune', 'test']) {
    const rows = results.filter((r) => r.layout === layout && r.split === split);
    if (rows.length > 0) lines.push(line(`${layout} (${split})`, summary(rows)));
  }
}
lines.push('', '## Tuning documents', '', '| document | layout | tasks | exact | spurious | rejected |', '|---|---|---|---|---|---|');
for (const r of results.filter((x) => x.split === 'tune')) {
  lines.push(`| \`${r.slug}\` | ${r.layout} | ${r.tasks} | ${r.exact} | ${r.spurious} | ${r.rejected === null ? '' : 'yes'} |`);
}
lines.push('', `Test-split documents: ${results.filter((x) => x.split === 'test').length} (scored above, not listed one by one).`, '');
if (write) writeFileSync(out, `${lines.join('\n')}`);
console.log(lines.slice(10, tuneOnly ? 13 : 14).join('\n'));

// --json FILE: each tuning document's scores (to compare two readers document by document).
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) {
  const rows = results.filter((x) => !tuneOnly || x.split === 'tune').map(({ slug, tasks, exact, full, spurious, rejected }) => ({ slug, tasks, exact, full, spurious, rejected: rejected !== null }));
  writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify(rows, null, 1)}\n`);
}

if (details) {
  for (const r of results.filter((x) => x.split === 'tune' && !x.whole)) {
    console.log(`\n== ${r.slug} (${r.exact}/${r.tasks}, spurious ${r.spurious})${r.rejected ? ` REJECTED: ${r.rejected}` : ''}`);
    for (const w of r.wrong) console.log('  wrong', JSON.stringify({ id: w.expected.id, title: w.expected.title.slice(0, 20), want: [w.expected.lead, w.expected.co, w.expected.responsible], got: [w.got.lead, w.got.co, w.got.responsible] }));
    for (const m of r.missed) console.log('  missed', JSON.stringify({ id: m.id, title: m.title.slice(0, 30) }));
    for (const s of r.spuriousTasks) console.log('  spurious', JSON.stringify({ id: s.id, title: s.title.slice(0, 30), units: [s.lead, s.co, s.responsible] }));
  }
}
