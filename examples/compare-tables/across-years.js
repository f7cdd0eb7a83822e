// @ts-check
// One government's plans year after year with comparePlans: who entered and left, how stable the
// ranking is, and whether the co-responsibility structure held (QAP).
// Usage: node across-years.js [FILE …]   (default: Liaoning's 2012, 2023 and 2024 plans beside this file)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { comparePlans, parseFile, TableParseError } from '@fengong/core';

const here = (/** @type {string} */ name) => fileURLToPath(new URL(name, import.meta.url));
const bundled = process.argv.length <= 2;
const files = bundled ? [here('liaoning-2012.txt'), here('liaoning-2023.txt'), here('liaoning-2024.txt')] : process.argv.slice(2);
// The 2012 excerpt carries no date (its stored page starts at the addressees): give the date of its
// page's address. Every other date is read from the document (the signing date under the issuer).
/** @type {Record<string, string>} */
const given = bundled ? { 'liaoning-2012.txt': '2012-04-26' } : {};

/** @type {import('@fengong/core').PlanInput[]} */
const plans = [];
try {
  for (const file of files) {
    const label = file.split('/').pop() ?? file;
    const date = given[label];
    plans.push({ table: await parseFile(readFileSync(file), { file }), label, ...(date === undefined ? {} : { date }) });
  }
} catch (error) {
  if (!(error instanceof TableParseError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Collective units (各市人民政府) are groups of bodies: leave them out. Dates come from the documents.
const result = comparePlans(plans, { excludeCollective: true, qap: { permutations: 999, seed: 1 } });
for (const p of result.plans) console.log(`${p.label}: ${p.date ?? 'undated'} — ${p.tasks} tasks, ${p.agencies} agencies`);
const fixed = (/** @type {number | null} */ x) => (x === null ? '—' : x.toFixed(3));
for (const s of result.steps) {
  console.log('');
  console.log(`${s.from} → ${s.to}: ${s.shared} ${s.shared === 1 ? 'agency' : 'agencies'} in both (Jaccard ${s.jaccard.toFixed(3)})`);
  console.log(`  entered: ${s.entered.join('，') || '—'}`);
  console.log(`  left: ${s.left.join('，') || '—'}`);
  console.log(`  rank stability of loads: Spearman ${fixed(s.spearman)}, Kendall tau-b ${fixed(s.kendall)}`);
  if (s.qap !== null) console.log(`  QAP r of co-responsibility: ${s.qap.r.toFixed(3)} (p = ${s.qap.pGreater.toFixed(3)}, ${s.qap.permutations} permutations)`);
}
console.log('');
console.log('share of tasks, by plan:');
for (const a of result.agencies.slice(0, 5)) {
  console.log(`  ${a.agency}: ${a.plans.map((p) => (p === null ? '—' : `${Math.round(100 * p.share)}%`)).join(' → ')}`);
}
for (const c of result.identity) console.log(`renamed: ${c.plan}: ${c.from} → ${c.to} (${c.rule.source})`);
