#!/usr/bin/env node
// Benchmark: parsing time grows linearly with input size, even on pathological inputs. For each
// input kind, parses sizes n and 4n (best of 5 runs each) and prints the time ratio: ~4 means
// linear, ~16 would mean quadratic. Uses the built core (run `pnpm build` or install first).
// Usage: node scripts/parse-growth.mjs [n] [filter]   (writes nothing; paste the table into docs/parse-growth.md)
// Exits 1 when a ratio passes SUPERLINEAR (10: between linear's 4, with the noise of a shared
// machine, and quadratic's 16) three times running, so a regression fails the run instead of only
// showing in the table. `.ci/run` runs it at n = 8000 (about 40 s).
import { performance } from 'node:perf_hooks';
import { parseTable, parseUnitPhrase } from '../packages/core/dist/index.js';

const n = Number(process.argv[2] ?? 25_000);
/** A time ratio for ×4 the input above this fails the run. */
const SUPERLINEAR = 10;
const failed = [];
const inputs = {
  'unit list of n names (、)': (k) => ({ kind: 'phrase', text: Array.from({ length: k }, (_, i) => `单位${i}厅`).join('、') }),
  'unit list joined by 和': (k) => ({ kind: 'phrase', text: Array.from({ length: k }, (_, i) => `单位${i}厅`).join('和') }),
  'a line of n separators': (k) => ({ kind: 'phrase', text: '、，；'.repeat(k) }),
  'n nested brackets': (k) => ({ kind: 'table', text: `1. 任务${'（'.repeat(k)}省财政厅牵头${'）'.repeat(k)}\n` }),
  // (Each opener left open was once stripped of the line's tail by a pattern anchored at its end: cubic.)
  'n/4 brackets left open, closed by ten': (k) => ({ kind: 'table', text: `1.推进某项工作${'（'.repeat(k / 4)}市甲局牵头${'）'.repeat(10)}\n` }),
  'a tab-indented cell with n/4 blanks inside': (k) => ({ kind: 'table', text: `\t序号${' '.repeat(k / 4)}。\n\t重点任务\n` }),
  'prose, n/10 tasks': (k) => ({ kind: 'table', text: Array.from({ length: k / 10 }, (_, i) => `${i + 1}. 任务${i}。（省财政厅牵头，省商务厅配合）`).join('\n') }),
  'word table, n/10 rows': (k) => ({ kind: 'table', text: ['\t序号\n\t重点任务\n\t责任单位', ...Array.from({ length: k / 10 }, (_, i) => `\t${i + 1}\n\t任务${i}\n\t省财政厅、省商务厅按职责分工负责`)].join('\n\n') }),
  // The cases of issue 18, item 4 (each took a minute or more at 1.5–3 MB).
  'a bracket of n/4 collectives (各…)': (k) => ({ kind: 'table', text: `1.推进某项工作（${Array.from({ length: k / 4 }, (_, i) => `各${i}县`).join('、')}负责）\n` }),
  'prose after a preamble of n/10 lines': (k) => ({ kind: 'table', text: [...Array.from({ length: k / 10 }, (_, i) => `这是通知的第${i}句话，说明有关要求。`), '1.推进某项工作。（市发改委牵头）'].join('\n') }),
  'prose, n/20 tasks each with a note': (k) => ({ kind: 'table', text: Array.from({ length: k / 20 }, (_, i) => `${i + 1}.推进第${i}项工作。（市发改委牵头）\n说明：这项工作要抓紧推进，确保按期完成。`).join('\n') }),
  'one labelled list of n/5 names': (k) => ({ kind: 'table', text: `1.推进某项工作。\n责任单位：${Array.from({ length: k / 5 }, (_, i) => `市${i}局`).join('、')}\n` }),
  'n/20 headings, a task under each': (k) => ({ kind: 'table', text: Array.from({ length: k / 20 }, (_, i) => `（${i}）某方面工作\n${i + 1}.推进某项工作。（市发改委牵头）`).join('\n') }),
  'word table, a distinct 类别 on every row': (k) => ({ kind: 'table', text: ['\t序号\n\t类别\n\t重点任务\n\t责任单位', ...Array.from({ length: k / 10 }, (_, i) => `\t${i + 1}\n\t类别${i}\n\t任务${i}\n\t省财政厅`)].join('\n\n') }),
  'space table, n/20 rows': (k) => ({ kind: 'table', text: ['序号 工作任务 责任单位 完成时限', ...Array.from({ length: k / 20 }, (_, i) => `${i + 1} 完成第${i}项指标 市发改委 年底前`)].join('\n') }),
  'cells closed by a bar, one per line, n/20 rows': (k) => ({ kind: 'table', text: ['序号 |', '工作任务 |', '责任单位 |', ...Array.from({ length: k / 20 }, (_, i) => `| ${i + 1} |\n完成第${i}项指标 |\n市发改委 |`)].join('\n') }),
  'one cell per line, n/20 rows': (k) => ({ kind: 'table', text: ['序号', '工作任务', '责任单位', ...Array.from({ length: k / 20 }, (_, i) => `${i + 1}\n完成第${i}项指标\n市发改委`)].join('\n') }),
  // The readers of stop 27: cells run together, names run together, retold lists.
  'cells run together, n/20 rows': (k) => ({ kind: 'table', text: `序号工作任务牵头单位配合单位${Array.from({ length: k / 20 }, (_, i) => `${i + 1}完成第${i}项指标。市发改委市财政局、市统计局`).join('')}` }),
  'n/10 names run together, no separator': (k) => ({ kind: 'table', text: `序号工作任务责任单位1完成某项指标。${'市甲局市乙局'.repeat(k / 10)}` }),
  // Found by review (stop 33): lines of one width read as hard-wrapped, all joined into one paragraph.
  'n/2 lines of one width (a hard-wrapped paragraph)': (k) => ({ kind: 'table', text: Array.from({ length: k / 2 }, (_, i) => `来源: 某某第${String(i).padStart(6, '0')}号文件说明`).join('\n') }),
  // (A meeting's story: the names after 会同 are read no further than a run of names can go.)
  'a news paragraph, 会同 before a clause of n characters': (k) => ({ kind: 'table', text: ['某县召开某某工作推进会', '    4月11日，某县召开某某工作推进会。', `    县甲局要会同县乙局推进${'某某工作建设'.repeat(k / 6)}。`, '    由县丙局牵头，县丁局配合，做好某某工作。'].join('\n') }),
  // (News paragraphs, each marked for its division.)
  'n/40 news paragraphs, a division in each': (k) => ({ kind: 'table', text: ['某县召开某某工作推进会', '    4月11日，某县召开某某工作推进会。', ...Array.from({ length: k / 40 }, (_, i) => `    会议要求，由县甲局牵头，县乙局配合，做好第${i}项工作。`)].join('\n') }),
  'a retold list of n/20 items': (k) => ({ kind: 'table', text: `需要甲部参加的工作有${k / 20}项由甲部牵头，分别是${Array.from({ length: k / 20 }, (_, i) => `做好第${i}项工作`).join('；')}。` }),
};
// node scripts/parse-growth.mjs [n] [part of an input's name]: only the inputs whose name has it.
const only = process.argv[3];

function time(input) {
  let best = Infinity;
  for (let r = 0; r < 5; r += 1) {
    const t0 = performance.now();
    try {
      if (input.kind === 'phrase') parseUnitPhrase(input.text, 'marked-only');
      else parseTable(input.text);
    } catch {
      /* errors are fine: we time the work, not the result */
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

console.log(`| input | size n = ${n}: ms | 4n: ms | ratio (4 = linear) |`);
console.log('|---|---:|---:|---:|');
for (const [name, make] of Object.entries(inputs).filter(([name]) => only === undefined || name.includes(only))) {
  let a = time(make(n));
  let b = time(make(4 * n));
  // A ratio past the bound is measured again (twice at most) before it fails: on a shared machine
  // one slow run of a few milliseconds can pass 10, a quadratic path passes it every time.
  for (let retry = 0; retry < 2 && b / a > SUPERLINEAR; retry += 1) {
    a = time(make(n));
    b = time(make(4 * n));
  }
  console.log(`| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(1)} |`);
  if (b / a > SUPERLINEAR) failed.push(`${name}: ×${(b / a).toFixed(1)} for ×4 the input`);
}
if (failed.length > 0) {
  console.error(`parse-growth: super-linear (ratio above ${SUPERLINEAR}, three times running):\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}
