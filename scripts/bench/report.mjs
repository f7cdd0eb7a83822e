// Renders the benchmark results (scripts/bench/run.mjs) as docs/benchmarks.md.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** fengong step(s) → the NetworkX / igraph step compared with it, and the target it is held to. */
const ROWS = [
  { label: 'parse the table', ours: ['parse'], theirs: 'parse' },
  { label: 'build the graph', ours: ['build'], theirs: 'build', igraph: 'no slower' },
  { label: '↳ as a graphology graph', ours: ['build (graphology graph)'], theirs: 'build', note: 'the graph handed to library users' },
  { label: '↳ compact view of that graph', ours: ['compact view'], theirs: 'build', note: 'what the metrics take from a graphology graph' },
  { label: 'load table', ours: ['load'], theirs: 'load', igraph: 'no slower' },
  { label: 'projection: shared', ours: ['projection: shared and Newman'], theirs: 'projection: shared', igraph: 'no slower' },
  { label: 'projection: Jaccard', ours: ['projection: Jaccard'], theirs: 'projection: Jaccard', igraph: 'no slower' },
  { label: 'projection: overlap', ours: ['projection: overlap'], theirs: 'projection: overlap', igraph: 'no slower' },
  { label: 'projection: Newman', ours: ['projection: shared and Newman'], theirs: 'projection: Newman', igraph: 'no slower' },
  { label: '↳ as a graphology graph, every weight, p and q', ours: ['projection: all weights, p and q'], theirs: 'projection: shared', note: 'the graph handed to library users' },
  { label: 'PageRank', ours: ['PageRank'], theirs: 'PageRank', igraph: 'no slower' },
  { label: 'eigenvector', ours: ['eigenvector'], theirs: 'eigenvector' },
  { label: 'betweenness, exact', ours: ['betweenness (exact)', 'betweenness (exact), worker threads'], theirs: 'betweenness (exact)', igraph: 'half', at: 10_000 },
  { label: 'betweenness, 1,000 pivots', ours: ['betweenness (1,000 pivots)', 'betweenness (1,000 pivots), worker threads'], theirs: 'betweenness (1,000 pivots)' },
  { label: 'closeness', ours: ['closeness', 'closeness, worker threads'], theirs: 'closeness', igraph: 'quarter' },
  { label: '↳ closeness by search only', ours: ['closeness by search', 'closeness by search, worker threads'], theirs: 'closeness', note: 'no closed form, as without a collective' },
  { label: 'Louvain', ours: ['Louvain (projection included)'], theirs: 'Louvain' },
  { label: 'NODF and network measures', ours: ['network measures (NODF, Robins–Alexander, components)'], theirs: null },
  { label: 'Latapy clustering', ours: ['Latapy clustering'], theirs: 'Latapy clustering' },
  { label: 'redundancy', ours: ['redundancy'], theirs: 'redundancy' },
  { label: 'structural holes, weighted by shared tasks', ours: ['structural holes (shared)'], theirs: null },
  { label: 'structural holes, unweighted', ours: ['structural holes (unweighted)'], theirs: null },
  { label: 'k-cores: projection and two-mode', ours: ['k-cores (projection and two-mode, l = 2)'], theirs: null },
  { label: 'core–periphery: projection and two-mode', ours: ['core–periphery (projection and two-mode)'], theirs: null },
  { label: 'brokerage roles', ours: ['brokerage roles (by category)'], theirs: null },
  { label: 'SDSM backbone p-values', ours: ['SDSM p-values (fit included)'], theirs: null },
  { label: 'robustness, 20 random orders', ours: ['robustness, 20 random orders'], theirs: null },
  { label: 'analyze(), in process', ours: ['analyze (in process)', 'analyze (in process), worker threads'], theirs: null },
];
const FACTOR = { 'no slower': 1, half: 2, quarter: 4 };

const find = (rows, step) => rows?.find((r) => r.step === step);
const fmt = (s) => (s === undefined ? '—' : s >= 100 ? `${s.toFixed(0)} s` : s >= 10 ? `${s.toFixed(1)} s` : s >= 1 ? `${s.toFixed(2)} s` : s >= 0.01 ? `${(s * 1000).toFixed(0)} ms` : `${(s * 1000).toFixed(1)} ms`);
const time = (row) => (row === undefined ? '—' : `${row.estimated ? '~' : row.timedOut ? '> ' : ''}${fmt(row.seconds)}`);
const ratio = (theirs, ours) => {
  if (theirs === undefined || !Number.isFinite(ours)) return '—';
  const r = theirs.seconds / ours;
  return `${theirs.estimated ? '~' : theirs.timedOut ? '> ' : ''}${r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toFixed(2)}×`;
};
const finished = (row) => row !== undefined && !row.estimated && !row.timedOut;

function sizeTable(size) {
  const lines = [
    '| step | fengong | NetworkX | igraph | NetworkX ÷ fengong | igraph ÷ fengong | targets |',
    '|---|---|---|---|---|---|---|',
  ];
  const verdicts = [];
  for (const row of ROWS) {
    const ours = row.ours.map((step) => find(size.fengong.rows, step));
    const best = Math.min(...ours.filter((r) => r !== undefined).map((r) => r.seconds));
    const oursCell = ours.every((r) => r === undefined) ? '—' : ours.map(time).join(' / ');
    const nx = row.theirs === null ? undefined : find(size.networkx?.rows, row.theirs);
    const ig = row.theirs === null ? undefined : find(size.igraph?.rows, row.theirs);
    // A step the run did not measure (results older than the step) is left out, not shown empty.
    if (ours.every((r) => r === undefined) && nx === undefined && ig === undefined) continue;
    const marks = [];
    if (finished(nx) && Number.isFinite(best) && !row.note) marks.push(nx.seconds / best >= 10 ? '≥10× NX ✓' : '≥10× NX ✗');
    if (row.igraph && ig !== undefined && !ig.timedOut && (row.at === undefined || row.at === size.tasks) && Number.isFinite(best)) {
      const ok = best * FACTOR[row.igraph] <= ig.seconds;
      const wanted = row.igraph === 'no slower' ? 'igraph' : `${row.igraph} igraph`;
      marks.push(`≤ ${wanted} ${ok ? '✓' : '✗'}`);
      verdicts.push({ target: `${row.label}: ≤ ${wanted}`, ok, estimated: ig.estimated === true });
    }
    if (finished(nx) && Number.isFinite(best) && !row.note) verdicts.push({ target: `${row.label}: ≥ 10× NetworkX`, ok: nx.seconds / best >= 10 });
    lines.push(`| ${row.label} | ${oursCell} | ${time(nx)} | ${time(ig)} | ${ratio(nx, best)} | ${ratio(ig, best)} | ${marks.join(', ')} |`);
  }
  return { table: lines.join('\n'), verdicts };
}

function wholeTable(size) {
  const w = size.whole;
  const cell = (x) => (x === undefined ? '—' : x.error ? `failed (${x.error})` : `${x.estimated ? '~' : ''}${fmt(x.seconds)}${x.memory ? `, ${x.memory.toFixed(0)} MB` : ''}`);
  const lines = [`| whole process | fengong analyze | NetworkX | igraph |\n|---|---|---|---|\n| time, peak memory | ${cell(w.fengong)} | ${cell(w.networkx)} | ${cell(w.igraph)} |`];
  for (const lib of ['networkx', 'igraph']) {
    const phases = w[lib]?.phases;
    if (phases) lines.push('', `${lib === 'igraph' ? 'igraph' : 'NetworkX'} process by phase: ${Object.entries(phases).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}.`);
  }
  return lines.join('\n');
}

const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;

/** The start-up rows: each command against bare `node -e 0`, medians of alternated runs. */
function startupTable(startup) {
  const before = startup.rows.some((r) => r.baseline);
  const lines = [
    `| command | fengong | bare \`node -e 0\` | over bare node | ratio | CPU (user + sys) | peak memory |${before ? ' before: time, over bare node, ratio, CPU |' : ''} budget over bare node |`,
    `|---|---|---|---|---|---|---|${before ? '---|' : ''}---|`,
  ];
  for (const r of startup.rows) {
    const budget = r.budgetMs === null ? '—' : `≤ +${r.budgetMs} ms ${r.overMs <= r.budgetMs ? '✓' : '✗'}`;
    const b = r.baseline;
    const was = before ? (b ? ` ${ms(b.wall)}, +${b.overMs.toFixed(0)} ms, ${b.ratio.toFixed(2)}×, ${ms(b.cpu)} |` : ' — |') : '';
    lines.push(`| \`${r.label}\` | ${ms(r.wall)} | ${ms(r.bareWall)} | +${r.overMs.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ${ms(r.cpu)} | ${r.memory.toFixed(0)} MB |${was} ${budget} |`);
  }
  return lines.join('\n');
}

/** Hub-heavy tables beside the one-hub tables of the same size: `fengong analyze`, whole processes. */
function hubsTable(sizes) {
  const lines = [
    '| tasks | agencies | links | hub-heavy: wall, CPU, peak memory | one-hub table, run right after | hub-heavy ÷ one-hub (CPU) | one-minute load before → after |',
    '|---|---|---|---|---|---|---|',
  ];
  const cell = (x) => (x === undefined ? '—' : x.error ? `failed (${x.error})` : `${fmt(x.seconds)}, ${x.cpu === undefined ? '' : `${fmt(x.cpu)} CPU, `}${x.memory.toFixed(0)} MB`);
  for (const s of sizes) {
    if (!s.hubs) continue;
    const { whole, oneHub } = s.hubs;
    const ratioCpu = whole?.cpu !== undefined && oneHub?.cpu !== undefined ? `${(whole.cpu / oneHub.cpu).toFixed(2)}×` : '—';
    lines.push(`| ${s.tasks.toLocaleString('en')} | ${s.hubs.agencies.toLocaleString('en')} | ${s.hubs.links.toLocaleString('en')} | ${cell(whole)} | ${cell(oneHub ?? s.whole?.fengong)} | ${ratioCpu} | ${s.hubs.load?.before?.toFixed(1) ?? '?'} → ${s.hubs.loadAfter?.toFixed(1) ?? '?'} |`);
  }
  return lines.join('\n');
}

function samplingTable(size) {
  const [head, ...rows] = size.sampling?.rows ?? [];
  if (head === undefined) return '';
  const lines = [
    `${size.tasks.toLocaleString('en')} tasks (${head.nodes.toLocaleString('en')} nodes; largest exact value ${head.topExact.toFixed(3)}), ${rows[0]?.seeds ?? ''} seeds per pivot count, worst seed shown:`,
    '',
    '| pivots | time (2 threads) | largest abs. error | mean abs. error | top-10 agencies: worst rel. error | top-10 kept | Spearman ρ, all agencies |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(`| ${r.pivots} | ${fmt(r.seconds)} | ${r.maxAbsError.toFixed(4)} | ${r.meanAbsError.toExponential(1)} | ${(100 * r.top10RelativeError).toFixed(1)}% | ${r.top10Overlap}/10 | ${r.spearman.toFixed(3)} |`);
  }
  return lines.join('\n');
}

/** The whole Markdown document. */
/** A line saying which sizes' NetworkX and igraph figures come from an earlier run (`--reuse`). */
function reusedNote(results) {
  const reused = results.sizes.filter((s) => s.reused !== undefined);
  if (reused.length === 0) return [];
  const { date, git } = reused[0].reused;
  return [
    `- NetworkX and igraph figures at ${reused.map((s) => s.tasks.toLocaleString('en')).join(', ')} tasks are those of the run of ${date.slice(0, 16).replace('T', ' ')} UTC (commit ${git})`,
    '  on byte-identical tables (`--reuse`: their code did not change; fengong was measured again in this run).',
  ];
}

/**
 * Where a hand-written block of the report goes (measurements made by hand, not by `pnpm bench`):
 * an empty pair of markers, which {@link keepHandWritten} fills from the report being replaced.
 */
const handWritten = (key) => [`<!-- hand-written: ${key} -->`, '<!-- /hand-written -->', ''];

/**
 * `rendered` with each hand-written block (between `<!-- hand-written: KEY -->` and
 * `<!-- /hand-written -->`) taken from `previous`, the report it replaces, so that re-running the
 * benchmark keeps what was measured by hand. A block `previous` has but `rendered` has no place
 * for is kept at the end, under its key, rather than lost.
 */
export function keepHandWritten(rendered, previous) {
  const blocks = new Map();
  // (Line ends as the checkout has them: \n, or \r\n on Windows.)
  for (const m of (previous ?? '').replace(/\r\n/gu, '\n').matchAll(/<!-- hand-written: ([\w-]+) -->\n([\s\S]*?)<!-- \/hand-written -->/gu)) blocks.set(m[1], m[2]);
  const placed = new Set();
  let out = rendered.replace(/<!-- hand-written: ([\w-]+) -->\n[\s\S]*?<!-- \/hand-written -->/gu, (whole, key) => {
    placed.add(key);
    return `<!-- hand-written: ${key} -->\n${blocks.get(key) ?? ''}<!-- /hand-written -->`;
  });
  for (const [key, body] of blocks) if (!placed.has(key)) out += `\n<!-- hand-written: ${key} -->\n${body}<!-- /hand-written -->\n`;
  return out;
}

export function renderReport(results) {
  const m = results.machine;
  const [py, nx, ig, np, sp] = (m.python ?? '').split(' ');
  const parts = [
    '# Benchmarks: fengong, NetworkX and igraph',
    '',
    '<!-- Written by scripts/bench/run.mjs (`pnpm bench`); edit scripts/bench/report.mjs, not this file. -->',
    '',
    `Reproduce: \`pnpm bench --viewer\` (about 40 minutes, most of it NetworkX at 100,000 tasks and the viewer;`,
    '`--sizes 1000,10000` takes about 5). Tables are',
    'synthetic, seeded and shaped like the bundled one (`node scripts/bench/generate.mjs --tasks N`:',
    '3–11 units per task, one collective on every task, one agency on ~90%, a Zipf tail over round(10·√tasks) agencies).',
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; Linux ${m.os}. Run ${results.date.slice(0, 16).replace('T', ' ')} UTC at commit ${m.git}${m.dirty ? ' (with uncommitted changes)' : ''}.`,
    `- fengong: Node ${m.node}. NetworkX ${nx ?? '—'} and igraph ${ig ?? '—'} (python-igraph) on Python ${py ?? '—'}, numpy ${np ?? '—'}, scipy ${sp ?? '—'} (Debian packages).`,
    `- This run: \`${results.command}\`.`,
    '- Raw results (every step, CPU times, the NetworkX and igraph rows): `docs/bench/results.json`;',
    '  `pnpm bench --reuse docs/bench/results.json` measures fengong again and takes the Python side from it.',
    ...reusedNote(results),
    `- Times are wall-clock seconds, the best of up to ${results.repeat} runs (repeated while under 1 s in all); fengong's steps run`,
    '  after a warm-up on a 1,000-task table (each fast step repeated for 0.3 s, as JIT benchmark harnesses do: V8 optimises',
    '  a function after many calls; NetworkX and igraph have nothing to compile; whole processes include the cold start). `~` marks an',
    `  estimate: a step that would take over ${results.budget} s was timed on a sample of its sources or nodes and scaled`,
    '  linearly (igraph cannot time part of its betweenness: its 100,000-task figure is the 10,000-task time scaled by N·m);',
    `  \`>\` marks a NetworkX step stopped at the ${results.budget} s budget. Targets against NetworkX count only steps it finished.`,
    '- "a / b" for fengong: one thread / worker threads on every core (`workerRunner` from `@fengong/core/node`).',
    '- The machine is shared: other jobs ran at the same time. One-minute load average before → after each size:',
    `  ${results.sizes.map((s) => `${s.tasks.toLocaleString('en')} tasks ${s.load.before.toFixed(1)} → ${s.load.after.toFixed(1)}`).join('; ')}. Ratios of a few`,
    '  tens of per cent between runs are noise; CPU times are in the raw results.',
    '',
  ];
  const verdicts = [];
  if (results.partial !== undefined) {
    const when = (x) => (x?.date === undefined ? 'not measured' : `${x.date.slice(0, 16).replace('T', ' ')} UTC at commit ${x.git}`);
    const hubs = results.sizes.find((s) => s.hubs)?.hubs;
    parts.push(
      `- Measured after the run above with \`pnpm bench --only … --merge docs/bench/results.json\` (last: \`${results.partial.command}\`):`,
      `  start-up rows ${when(results.startup)}, hub-heavy rows ${when(hubs)}; every other figure is that run's.`,
      '',
    );
  }
  if (results.startup !== undefined) {
    const st = results.startup;
    parts.push(
      '## Start-up',
      '',
      'Whole processes on the bundled plan (30 tasks), each command alternated with bare `node -e 0` (A B A B …,',
      `${st.rows[0]?.runs ?? '?'} runs each after one warm-up): medians, and the median of the pair-by-pair ratios and differences`,
      `(\`node scripts/bench/startup.mjs\`; one-minute load ${st.load.before.toFixed(1)} → ${st.load.after.toFixed(1)}). The budgets are issue 17's.`,
      ...(st.rows[0]?.packed === true
        ? ['Each checkout runs as a user installs it (`--startup-packed`): core and cli packed with `pnpm pack` (whose prepack builds the bundle the bin runs, where the checkout has one) and installed with npm into an empty project in /tmp.']
        : []),
      ...(st.rows.some((r) => r.baseline) ? [`"Before" is the checkout \`${st.baselineLabel ?? st.rows[0].baseline.root}\`, run in the same rotation (\`--startup-baseline\`).`] : []),
      '',
      startupTable(st),
      '',
    );
    for (const r of st.rows) if (r.budgetMs !== null) verdicts.push({ tasks: 30, target: `start-up: \`${r.label}\` ≤ +${r.budgetMs} ms over bare node`, ok: r.overMs <= r.budgetMs });
  }
  if (results.sizes.some((s) => s.hubs)) {
    parts.push(
      '## Hub-heavy tables',
      '',
      'Tables of the same sizes from `node scripts/bench/generate.mjs --tasks N --shape hubs`: 10,000 agencies (or 10·√N if more) from a',
      'Zipf law whose first five are on about 90 %, 54 %, 39 %, 30 % and 23 % of the tasks, the collective on every task,',
      'team sizes as the bundled table\'s. `fengong analyze FILE --format json`, whole process, wall time and peak memory (`/usr/bin/time`),',
      'one run each, the one-hub table of the same size right after it (so that their ratio holds under the same load). Which steps',
      'grow faster than the links, and how they are bounded: `docs/bench-hubs.md`.',
      '',
      hubsTable(results.sizes),
      '',
      ...handWritten('hubs-before-after'),
    );
    const big = results.sizes.find((s) => s.tasks === 100_000)?.hubs?.whole;
    if (big?.seconds !== undefined) verdicts.push({ tasks: 100_000, target: 'hub-heavy whole analyze: ≤ 20 s and ≤ 1 GB', ok: big.seconds <= 20 && big.memory <= 1024 });
  }
  for (const size of results.sizes) {
    const g = find(size.fengong.rows, 'graph');
    parts.push(`## ${size.tasks.toLocaleString('en')} tasks`, '');
    if (g) parts.push(`${g.agencies.toLocaleString('en')} agencies, ${g.tasks.toLocaleString('en')} tasks, ${g.links.toLocaleString('en')} links.`, '');
    if (size.fengong.error) parts.push(`fengong steps failed: ${size.fengong.error}`, '');
    const { table, verdicts: v } = sizeTable(size);
    parts.push(table, '', wholeTable(size), '');
    for (const x of v) verdicts.push({ ...x, tasks: size.tasks });
    const whole = size.whole;
    if (whole.fengong?.seconds !== undefined && whole.igraph?.seconds !== undefined && size.tasks === 10_000) {
      verdicts.push({ tasks: size.tasks, target: 'whole analyze: faster than igraph (whole processes)', ok: whole.fengong.seconds < whole.igraph.seconds, estimated: whole.igraph.estimated === true });
    }
    if (size.tasks === 100_000 && whole.fengong?.seconds !== undefined) {
      verdicts.push({ tasks: size.tasks, target: 'whole analyze: under 30 s and 1.5 GB', ok: whole.fengong.seconds < 30 && (whole.fengong.memory ?? Infinity) < 1536 });
    }
  }
  const missed = [...new Set(verdicts.filter((v) => !v.ok).map((v) => v.target.replace(/: (≤|≥).*/, '')))];
  parts.splice(
    parts.findIndex((p) => p.startsWith('## ')),
    0,
    `**Summary:** ${verdicts.filter((v) => v.ok).length} of ${verdicts.length} target checks met. Missed: ${missed.join('; ') || 'none'} (see "Where the time goes").`,
    '',
  );
  parts.push(...handWritten('many-agencies'));
  parts.push('## Targets', '', '| size | target | met? |', '|---|---|---|');
  for (const v of verdicts) parts.push(`| ${v.tasks.toLocaleString('en')} | ${v.target} | ${v.ok ? 'yes' : '**no**'}${v.estimated ? ' (against an estimate)' : ''} |`);
  parts.push('', '## Sampled betweenness against exact', '');
  parts.push(
    '`betweenness(graph, { pivots: k, seed })` runs Brandes from k seeded pivots, stratified by side',
    '(k·n_A/N agencies, the rest tasks) and weighted n_X/k_X: an unbiased estimate (Brandes & Pich 2007).',
    '`analyze` uses it with 1,000 pivots once N·m > 10⁹ (about 12,000 tasks of this shape) and reports',
    '`settings.betweenness: { method, pivots, seed }`; `analyze(graph, { betweenness: \'exact\' | { pivots, seed } })` overrides.',
    'Errors are on the normalised (Borgatti–Halgin) values.',
    '',
  );
  for (const size of results.sizes) if (size.sampling) parts.push(samplingTable(size), '');
  parts.push(...viewerSection(results));
  parts.push(...researchCostSection());
  parts.push(METHOD);
  return parts.join('\n') + '\n';
}

/**
 * The cost of issue 14's measures, from docs/bench/research-cost.json (written by
 * scripts/bench/research-cost.mjs, a separate measurement: whole processes before and after them).
 */
const pct = (a, b) => `${a >= b ? '+' : '−'}${Math.abs((100 * (a - b)) / b).toFixed(0)} %`;

/** Issue 13's goal for each view: ready within this many seconds at this many tasks. */
const VIEWER_GOAL = { 1000: 5, 5000: 15 };

/** The viewer's section: each view's time to ready (median of the runs), against the goal, and how responsive the page stayed. */
function viewerSection(results) {
  const parts = ['## Viewer', ''];
  const v = results.viewer;
  if (v === undefined || v.rows === undefined) {
    parts.push(v?.error !== undefined ? `Not measured: ${v.error}` : 'Not measured in this run (`pnpm bench --viewer`, or `pnpm bench --only viewer --merge docs/bench/results.json`, runs `packages/viz/scripts/measure-views.mjs` at 1,000 and 5,000 tasks).', '');
    return parts;
  }
  const mine = v.rows.filter((r) => r.build !== 'compare');
  const before = v.rows.filter((r) => r.build === 'compare');
  const runs = Math.max(...mine.map((r) => r.run + 1));
  const loads = v.rows.map((r) => r.load);
  parts.push(
    `Each view of the built explorer in headless Chromium without a GPU (SwiftShader), on the synthetic tables of \`packages/viz/scripts/synthetic-table.mjs N 1\``,
    `(1,000 tasks: 214 agencies, 4,134 links; 5,000 tasks: 214 agencies, 21,036 links), ${runs} runs each, measured ${v.date.slice(0, 16).replace('T', ' ')} UTC at commit ${v.git ?? '?'}`,
    `(one-minute load ${v.load.before.toFixed(1)} before, ${(v.load.after ?? v.load.before).toFixed(1)} after, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} at the start of each measurement, on ${results.machine.cores} cores shared with other jobs).`,
    '*Opened*: from navigation to the view ready, the page opened straight into it (`?view=`); *switched*: from choosing it in the view menu, the agency–task view and the metrics done.',
    'Ready = its layout done (ForceAtlas2 and Noverlap, `fengong:layout-done:<view>`), or for the matrix its table drawn in community order.',
    '*CPU*: user + system seconds of every Chromium process (browser, GPU, the page with its workers) meanwhile, less sensitive to the other jobs than wall time.',
    'Responsiveness: the worst lateness of a 50 ms timer on the page and the longest main-thread task meanwhile (a frame is 16 ms).',
    ...(v.compare === undefined || before.length === 0
      ? []
      : [`*Before*: the build of commit ${v.compare.git} (\`--viewer-compare\`), each of its runs right after the same run of this one, so both saw the same load.`]),
    '',
    `| tasks | view | how | median | runs | goal | met | CPU | worst timer lag | longest task |${before.length === 0 ? '' : ' before: median | runs | CPU | longest task |'}`,
    `|---|---|---|---|---|---|---|---|---|---|${before.length === 0 ? '' : '---|---|---|---|'}`,
  );
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const cpuOf = (rs) => (rs.every((r) => typeof r.cpuSeconds === 'number') && rs.length > 0 ? `${median(rs.map((r) => r.cpuSeconds)).toFixed(1)} s` : '—');
  for (const tasks of [...new Set(mine.map((r) => r.tasks))]) {
    for (const view of ['bipartite', 'projection', 'lead', 'matrix']) {
      for (const how of ['opened', 'switched']) {
        const these = mine.filter((r) => r.tasks === tasks && r.view === view && r.how === how);
        if (these.length === 0) continue;
        const m = median(these.map((r) => r.seconds));
        const goal = VIEWER_GOAL[tasks];
        const spread = these.map((r) => r.seconds.toFixed(1)).join(', ');
        const then = before.filter((r) => r.tasks === tasks && r.view === view && r.how === how);
        const thenCells = then.length === 0 ? (before.length === 0 ? '' : ' — | — | — | — |') : ` ${median(then.map((r) => r.seconds)).toFixed(1)} s | ${then.map((r) => r.seconds.toFixed(1)).join(', ')} | ${cpuOf(then)} | ${Math.max(...then.map((r) => r.longestTask))} ms |`;
        parts.push(`| ${tasks.toLocaleString('en')} | ${view} | ${how} | ${m.toFixed(1)} s | ${spread} | ${goal === undefined ? '—' : `< ${goal} s`} | ${goal === undefined ? '—' : m < goal ? 'yes' : '**no**'} | ${cpuOf(these)} | ${Math.max(...these.map((r) => r.timerLag))} ms | ${Math.max(...these.map((r) => r.longestTask))} ms |${thenCells}`);
      }
    }
  }
  parts.push(
    '',
    'Before ForceAtlas2 ran in a worker of its own (commit ddd3930: the package\'s supervisor, one iteration per message answered by the page, redraws',
    'ten times a second under 500 nodes, the matrix drawn again at each metric), one run of the same script at 1,000 tasks (load about 5):',
    'agency–task 5.7 s, co-responsibility 22.2 s opened and 35.4 s switched, lead → co 14.9 and 19.3 s, matrix 15.0 s opened (a 50 ms timer 8.2 s late).',
    'At commit 01fa909 (2026-12-03, load 7–8) the views opened cold at 1,000 tasks took 5.8–7.7 s and, at 5,000, the agency–task view 38.7 s and the',
    'co-responsibility view 16.8 s; ForceAtlas2 shared the 2 cores with the metrics worker, whose exact betweenness took about 12 s there.',
    'Since then: the analysis worker\'s costly measures (betweenness, closeness, the research measures) and the pinyin index wait for the first layout;',
    'the agency–task seeds are barycentric (tasks start beside their agencies), so ForceAtlas2 runs 100 iterations at 5,214 nodes instead of 186 (247 at 1,214 instead of 385), and a',
    'dense result is spread to its nodes\' sizes before Noverlap (about 1 s instead of 3.5 at 5,000 tasks); the matrix is built in slices and put in place once.',
    'The load average counts runnable threads, the measured page\'s among them: a page laying out while its analysis worker runs keeps three to five',
    'threads busy, so part of the load above is the measurement itself.',
    'Since commit 3983a7e (2026-12-06) a file is read in a worker of its own, the graph built and drawn in tasks of their own, and the costly measures',
    'and the pinyin index start after the first frame with every link is on screen: at 5,000 tasks the longest main-thread task of the agency–task view',
    'went from 2,256 ms (2026-12-05, load 0.7–2.5) to 636 ms (this run, load 2.8–4.6), of the lead → co view from 2,176 to 454 ms. What remains of the',
    'timer\'s lateness is the compositor waiting for the frame: without a GPU, Chromium reads each WebGL frame back (GLES2 ReadPixels in a trace),',
    'about 0.4–0.8 s for the first frame of 5,000 tasks, longer while the layout and analysis workers hold the cores.',
    '',
  );
  return parts;
}


export function researchCostSection(path = fileURLToPath(new URL('../../docs/bench/research-cost.json', import.meta.url))) {
  if (!existsSync(path)) return [];
  const c = JSON.parse(readFileSync(path, 'utf8'));
  const s = (x) => `${x.toFixed(1)} s`;
  const loads = [...c.before.rows, ...c.after.rows].map((r) => r.load);
  const row = (name, x) => `| ${name} (${x.git}) | ${s(x.cpu)} | ${s(x.minCpu)} | ${s(x.wall)} | ${x.memoryMB} MB |`;
  return [
    '## What the research measures cost',
    '',
    `\`${c.command}\` (every metric, JSON) at ${c.tasks.toLocaleString('en')} tasks, ${c.runs} whole processes each, run alternately`,
    `with a checkout from before issue 14's measures and with this one (\`node scripts/bench/research-cost.mjs --before DIR\`,`,
    `${c.date.slice(0, 16).replace('T', ' ')} UTC, ${c.cores} cores, one-minute load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} while measuring:`,
    'other jobs shared the machine). Medians; CPU = user + system seconds of the process and its worker threads.',
    '',
    '| analyze | CPU | CPU, best run | wall | peak memory |',
    '|---|---|---|---|---|',
    row('before the research measures', c.before),
    row('with them', c.after),
    `| difference | ${pct(c.after.cpu, c.before.cpu)} | ${pct(c.after.minCpu, c.before.minCpu)} | ${pct(c.after.wall, c.before.wall)} | ${pct(c.after.memoryMB, c.before.memoryMB)} |`,
    '',
    ...inProcessLines(c.inProcess),
    ...(c.note === undefined ? [] : [c.note, '']),
  ];
}

/** The in-process part of the cost (scripts/bench/research-steps.mjs): both analyzeTable alternately, and each measure alone. */
function inProcessLines(p) {
  if (p === undefined) return [];
  const ms = (x) => `${(1000 * x).toFixed(0)} ms`;
  const share = (x) => `${((100 * x) / p.before).toFixed(1)} %`;
  return [
    `In one process (\`scripts/bench/research-steps.mjs --before DIR\`, ${p.date.slice(0, 16).replace('T', ' ')} UTC, load ${p.load.toFixed(1)}): \`analyzeTable\` on one thread,`,
    `the two versions alternately on the same parsed table, best CPU of each: ${p.before.toFixed(2)} s before, ${p.analyze.toFixed(2)} s with the measures`,
    `(${pct(p.analyze, p.before)}). Each measure alone, on the same view (each with its own projection, where analyze shares one: an upper bound):`,
    '',
    '| measure | CPU | share of analyze before |',
    '|---|---|---|',
    ...Object.entries(p.steps).map(([name, x]) => `| ${name} | ${ms(x)} | ${share(x)} |`),
    `| all of them | ${ms(p.research)} | ${share(p.research)} |`,
    '',
  ];
}

const METHOD = `## Where the time goes

- Exact betweenness runs Brandes' algorithm eight sources at a time on the typed-array (CSR) view:
  path counts and dependencies of eight sources sit side by side, and on a bipartite graph every
  neighbour is one level nearer or farther, so each node pulls its values from all its neighbours
  with no distance test (\`kernels/brandes-lanes.ts\`). Worker threads split the sources; partial sums
  are added in a fixed order, so results are the same bits on one thread or many.
- Closeness: where one node is linked to the whole other side of its component — a collective on
  every task, as in these tables — every distance is 1, 2, 3 or 4 and the sums have a closed form
  (\`kernels/universal.ts\`); elsewhere a bit-parallel breadth-first search runs 32 sources per pass.
- PageRank eliminates one side and solves the remaining symmetric system by conjugate gradients
  (about 10 iterations instead of ~150 power steps); eigenvector centrality iterates B·Bᵀ on one side.
- Latapy clustering, redundancy and NODF count through hub bitmasks, subset sums and sorted degrees
  instead of visiting every pair of second neighbours (O(n²) before: 490 s for Latapy at 100,000 tasks).
- The analysis never builds a graphology graph: \`analyzeTable\` (what \`fengong analyze\` runs) fills the
  typed-array view straight from the parsed table (row "build the graph"), computes the agency
  projection once as typed arrays of pairs (\`pairCounts\`: each agency meets only the partners after it
  in its tasks' sorted lists), and runs Louvain, strength, partners, module roles and the report's pairs
  on it. Louvain is our own, on that CSR (aggregation levels in typed arrays). \`fengong analyze\` writes
  its JSON in pieces, never the whole ~160 MB string at once.
- What is left is reading the table: layout detection, role words, labels, officials, diagnostics and
  name normalisation, where the Python side reads one strict layout with \`str.split\` (it has no
  equivalent of any of that). fengong's parser is linear (docs/parse-growth.md) and, after scanning
  by code unit with cheap prefilters, as fast as Python's split or up to 1.7× faster, but not 10×: a
  tenth of Python's time would leave about 17 ns per character (10,000 tasks: 861,000 characters in
  15 ms) for everything the parser decides.
- The graphology graphs the library hands to its users (rows "as a graphology graph") cost one
  JavaScript object per node and edge, where igraph fills C arrays; the analysis no longer pays for them.

## What is compared

- Same files, same definitions: the two-mode normalisations of NetworkX \`bipartite\` (fengong's values
  match NetworkX within 1e-9, \`test/unit/core/metrics/networkx.test.ts\`). igraph steps compute igraph's
  own (one-mode) closeness and betweenness: the same searches, without the two-mode rescaling.
- PageRank: fengong stops when the L1 error is provably < 1e-12; NetworkX gets \`tol = 1e-12/N\` (it stops at
  N·tol), igraph uses PRPACK (solved to machine precision).
- Build: fengong fills its typed-array view, with every node's attributes, from the parsed table;
  NetworkX and igraph build their graphs from the same parsed lists. Load: from that view / graph.
- Projections: fengong's \`pairCounts\` (every pair with its shared count and Newman weight, as typed
  arrays) and, for Jaccard and overlap, \`pairWeights\` on top; NetworkX builds one graph per weight,
  igraph its multiplicity projection (other weights with numpy/scipy). The row "as a graphology graph,
  every weight, p and q" is \`projection(graph)\`, the graph the library hands to users.
- fengong's Louvain includes building its projection; NetworkX's and igraph's run on a prebuilt one.
- Whole processes: \`fengong analyze FILE --format json\` (parse, names, graph, every metric, JSON) against
  reference.py \`--whole\`: the same parse, graph, two-mode degree, exact betweenness, closeness, PageRank,
  eigenvector, projection with every weight, p and q, Louvain, components and JSON — plus Latapy and
  redundancy in NetworkX; igraph has neither, nor NODF, so its process does less work than fengong's.
`;

// `node scripts/bench/report.mjs RESULTS.json [OUT.md]`: re-render a finished run.
if (process.argv[1] === new URL(import.meta.url).pathname && process.argv[2] !== undefined) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { existsSync } = await import('node:fs');
  const out = process.argv[3];
  const text = keepHandWritten(renderReport(JSON.parse(readFileSync(process.argv[2], 'utf8'))), out !== undefined && existsSync(out) ? readFileSync(out, 'utf8') : '');
  if (out === undefined) process.stdout.write(text);
  else writeFileSync(out, text);
}
