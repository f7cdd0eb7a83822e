#!/usr/bin/env node
// Metamorphic test of the reader, second family: what real Word tables put in their cells besides a
// title and units. A task cell of several paragraphs (a title, then `1.` `2.` sub-items or a second
// sentence); progress, amount and target columns whose text is long, numbered or numeric (and may name
// a unit: `已会同市财政局…`); a header in two rows (`责任单位` over `牵头单位` / `配合单位`); a units
// cell with its labels on lines of their own. The tasks are the tuning split's (real titles, real
// units), written out in the shapes pages flatten tables into, and read back.
// Usage: node scripts/cell-variants.mjs [--cases N] [--seed S] [--show K] [--only DIM=VALUE]
// (after `tsc -b packages/core`).
import { arg, seeded, loadPool, score } from './variants/shared.mjs';
import { render } from './variants/render.mjs';

const CASES = arg('--cases', 300);
const SHOW = arg('--show', 0);
const { random, pick } = seeded(arg('--seed', 1));
const { pool } = loadPool();

const TITLE_HEADS = ['重点任务', '工作任务', '主要任务', '具体任务', '工作内容', '重点工作', '任务名称'];
const SUB_ITEMS = ['加强组织领导，明确责任分工', '完善配套政策，形成长效机制', '建立工作台账，每季度报送进展', '强化资金保障，落实专项经费', '开展督导检查，确保按期完成'];
const SECOND = ['到年底前全面完成。', '确保取得明显成效。', '形成可复制可推广的经验。'];
// Progress as tables report it: a sentence, numbered paragraphs, percentages and money, and a unit met in passing.
const PROGRESS = [
  '已完成年度目标的80%。',
  '已完成前期手续，正在开展施工招标。',
  '1.已召开专题会议研究部署；2.已完成方案编制。',
  '已会同财政部门下达资金1200万元，完成投资65%。',
  '正在推进中，预计9月底前完成。',
  '已完成',
  '',
];
const PROGRESS_HEADS = ['进展情况', '完成情况', '工作进展', '推进情况', '目前进展'];
// (Small counts too, 1 or 2, which a row's number may equal.)
const AMOUNTS = ['1200', '350.5', '2.6', '8000', '15', '0.8', '2', '1', '5'];
const AMOUNT_HEADS = ['投资额（万元）', '总投资（亿元）', '年度计划投资（万元）', '资金（万元）'];
const TARGETS = ['完成80%', '新增3000户', '100%', '不少于5个', '≥95%', '2所'];
const TARGET_HEADS = ['年度目标', '目标值', '量化指标', '预期目标'];

function makeCase() {
  const size = 3 + Math.floor(random() * 4);
  const tasks = [];
  while (tasks.length < size) {
    const t = pick(pool);
    if (t.lead.length !== 1 || t.responsible.length > 0) continue;
    if (tasks.some((x) => x.title === t.title)) continue;
    tasks.push(t);
  }
  const shape = pick(['cell-per-line', 'cell-pipe', 'space-row', 'pipe-row', 'tab-row', 'one-line', 'run-together']);
  const byLine = shape === 'cell-per-line' || shape === 'cell-pipe';
  // A task cell of several paragraphs: one line each where cells go one per line, run together in a row.
  const titleParas = pick(['one', 'one', 'numbered', 'sentence']);
  const extra = pick(['progress', 'amount', 'target', 'progress+amount']);
  const twoLevel = random() < 0.35;
  const unitCells = twoLevel ? 'columns' : pick(['columns', 'columns', 'labels-lines']);
  // (Run together, only the 序号 in sequence tells where a row starts.)
  const withId = shape === 'run-together' || random() < 0.85;

  const titleHead = pick(TITLE_HEADS);
  const extraHeads = [];
  if (extra.includes('amount')) extraHeads.push(pick(AMOUNT_HEADS));
  if (extra === 'target') extraHeads.push(pick(TARGET_HEADS));
  if (extra.includes('progress')) extraHeads.push(pick(PROGRESS_HEADS));
  const idHead = withId ? ['序号'] : [];
  let head;
  if (twoLevel) head = [[...idHead, titleHead, '责任单位', ...extraHeads], ['牵头单位', '配合单位']];
  else head = [...idHead, titleHead, ...(unitCells === 'columns' ? ['牵头单位', '配合单位'] : ['责任单位']), ...extraHeads];

  const rows = [];
  const expected = [];
  tasks.forEach((t, i) => {
    const paragraphs = [t.title];
    if (titleParas === 'numbered') {
      const n = 2 + Math.floor(random() * 2);
      const items = [...SUB_ITEMS].sort(() => random() - 0.5).slice(0, n);
      paragraphs[0] = `${t.title}。`;
      paragraphs.push(...items.map((s, k) => `${k + 1}.${s}${k === n - 1 ? '。' : '；'}`));
    } else if (titleParas === 'sentence') {
      paragraphs[0] = `${t.title}。`;
      paragraphs.push(pick(SECOND));
    }
    const cell = (parts) => parts.join(byLine ? '\n' : '');
    const lead = t.lead.join('、');
    const co = t.co.join('、');
    const units = unitCells === 'columns' ? [lead, co] : [cell([`牵头单位：${lead}`, ...(co === '' ? [] : [`配合单位：${co}`])])];
    const extras = [];
    if (extra.includes('amount')) extras.push(pick(AMOUNTS));
    if (extra === 'target') extras.push(pick(TARGETS));
    if (extra.includes('progress')) {
      const p = pick(PROGRESS);
      extras.push(byLine ? p.replace('；', '；\n') : p);
    }
    rows.push({ cells: [...(withId ? [String(i + 1)] : []), cell(paragraphs), ...units, ...extras] });
    expected.push({ title: t.title, ...(paragraphs.length > 1 ? { titleIsPrefix: true } : {}), category: null, lead: t.lead, co: t.co, responsible: [] });
  });
  const text = ['附件', '重点任务责任分工表', ...render(shape, head, rows)].join('\n');
  return { text, expected, dims: { shape, titleParas, extra, twoLevel, unitCells, withId } };
}

score(CASES, makeCase, SHOW);
