#!/usr/bin/env node
// Writes a synthetic responsibility table in the word-table layout (the one `parseTable` reads),
// seeded, so the explorer can be measured on a large input:
//   node packages/viz/scripts/synthetic-table.mjs [tasks=10000] [seed=1] > big.txt
// Agencies are drawn with Zipf-like weights (a few hubs, a long tail), as in real plans; each task
// has one lead and 0–9 co-operating units; one collective unit appears on a third of the tasks.

const tasks = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
if (!Number.isInteger(tasks) || tasks < 1) {
  console.error('synthetic-table: the task count must be a positive integer');
  process.exit(2);
}

/** mulberry32: a small, fast, seedable generator (public domain). */
function random(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);

const domains = [
  '发展改革', '财政', '交通运输', '教育', '科技', '工业和信息化', '公安', '民政', '司法', '人力资源社会保障',
  '自然资源', '生态环境', '住房城乡建设', '水利', '农业农村', '商务', '文化和旅游', '卫生健康', '应急管理', '审计',
  '市场监管', '体育', '统计', '医疗保障', '林业', '粮食和物资储备', '能源', '文物', '中医药', '药品监管',
  '地方金融监管', '乡村振兴', '机关事务管理', '信访', '国资', '外事', '港澳事务', '广播电视', '知识产权', '数据',
];
const suffixes = ['厅', '委', '局', '办', '中心'];
const cities = ['长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底'];
const agencies = [];
for (const d of domains) for (const s of suffixes) agencies.push(`省${d}${s}`);
for (const c of cities) agencies.push(`${c}市人民政府`);
// Zipf-like weights, in a shuffled order so hubs are not all of one domain.
for (let i = agencies.length - 1; i > 0; i -= 1) {
  const j = Math.floor(rand() * (i + 1));
  [agencies[i], agencies[j]] = [agencies[j], agencies[i]];
}
const weights = agencies.map((_a, i) => 1 / (i + 1) ** 0.9);
const total = weights.reduce((a, b) => a + b, 0);
function pick(taken) {
  for (;;) {
    let r = rand() * total;
    let i = 0;
    while (i < weights.length - 1 && r >= weights[i]) r -= weights[i++];
    if (!taken.has(agencies[i])) return agencies[i];
  }
}

const categories = Array.from({ length: 12 }, (_v, i) => `第${'一二三四五六七八九十'[i % 10]}${i >= 10 ? '补充' : ''}类重点任务`);
const verbs = ['加快', '推进', '完善', '强化', '深化', '支持', '建设', '优化', '提升', '健全'];
const objects = ['交通通道', '产业协作', '科技创新', '营商环境', '人才交流', '公共服务', '生态保护', '开放平台', '金融合作', '文旅融合'];

const out = ['附件', '', '重点任务责任分工（合成数据）', '', '\t序号', '\t类别', '\t重点任务', '\t责任单位', ''];
for (let t = 1; t <= tasks; t += 1) {
  const c = Math.floor(((t - 1) * categories.length) / tasks);
  const firstOfCategory = Math.floor(((t - 2) * categories.length) / tasks) !== c || t === 1;
  const taken = new Set();
  const units = [];
  const team = 1 + Math.floor(rand() ** 2 * 10);
  for (let k = 0; k < team; k += 1) {
    const a = pick(taken);
    taken.add(a);
    units.push(a);
  }
  if (rand() < 1 / 3) units.push('各有关市州人民政府');
  const title = `${verbs[Math.floor(rand() * verbs.length)]}${objects[Math.floor(rand() * objects.length)]}第${t}项`;
  out.push(`\t${t}`, `\t${firstOfCategory ? categories[c] : ''}`, `\t${title}`, `\t${units.join('、')}`, '');
}
process.stdout.write(out.join('\n'));
