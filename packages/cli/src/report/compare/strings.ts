// The compare report's words in Chinese and in English: figure titles, captions, table headings and notes.
import type { ReportLang } from '../strings.js';

export interface CompareStrings {
  title: (plans: number) => string;
  figures: { bars: string; slope: string };
  captions: { bars: string; slope: string };
  tables: { plans: string; agencies: string; turnover: string; stability: string; network: string; grew: (from: string, to: string) => string; fell: (from: string, to: string) => string; identity: string };
  plan: string;
  date: string;
  file: string;
  share: string;
  entered: string;
  left: string;
  none: string;
  step: string;
  agenciesInBoth: string;
  absent: string;
  change: string;
  notes: { agencies: string; stability: string; qap: string; network: string; pairs: string; identity: (reforms: boolean) => string };
  shownOf: (shown: number, total: number) => string;
  summary: (x: { plans: number; labels: string[]; entered: number; left: number; spearman: string; top: string }) => string;
}

const ZH: CompareStrings = {
  title: (n) => `${n} 份方案的比较`,
  figures: { bars: '各方案的任务负荷（同一刻度）', slope: '主要单位在各方案中的负荷' },
  captions: {
    bars: '每个单位列名的任务占该方案任务总数的比例，分为牵头与配合；各方案横轴刻度相同，便于比较。单位按各方案平均比例排序；缺席某方案的单位在该方案无条形；集体单位为灰色。',
    slope: '平均负荷最重的非集体单位在各方案中列名任务的比例；缺席的方案不连线；数值相同的线相互重叠，标签按次序排开。',
  },
  tables: {
    plans: '方案',
    agencies: '各单位在各方案中的负荷',
    turnover: '进入与退出的单位',
    stability: '排名稳定性与共同责任的延续',
    network: '网络指标对比',
    grew: (a, b) => `${a} → ${b}：共同责任增加最多的单位对`,
    fell: (a, b) => `${a} → ${b}：共同责任减少最多的单位对`,
    identity: '适用的更名与合并',
  },
  plan: '方案',
  date: '日期',
  file: '文件',
  share: '比例',
  entered: '进入',
  left: '退出',
  none: '无',
  step: '前后方案',
  agenciesInBoth: '两方案共有单位',
  absent: '—',
  change: '变化（百分点）',
  notes: {
    agencies: '每个方案：列名任务数（其中牵头数）、占该方案任务的比例、按任务数的排名（并列同名次）；— 表示未出现。',
    stability: '只比较两方案共有的单位：Spearman ρ 与 Kendall τ-b 为其任务数的秩相关（与 scipy.stats 一致），接近 1 表示排名稳定；Jaccard = 共有单位 ÷ 任一方案中的单位。',
    qap: 'QAP 相关（Krackhardt 1987）：两方案共同责任矩阵（两单位共同列名的任务数）非对角元素的 Pearson r，p 值由同时随机置换行列得到（设定种子）；MRQAP（Dekker、Krackhardt 与 Snijders 2007，双重半偏残差置换）将后一方案的共同责任回归到前一方案的共同责任与牵头—配合关系上，报告系数、t 与双侧 p。',
    network: '密度 = 连接数 ÷ (单位数 × 任务数)；度中心势为各模式内二模度中心性的 Freeman 中心势；负荷基尼系数按单位任务数计算；Q_B 为 Louvain 划分的 Barber 二模模块度。',
    pairs: '共同责任比例 = 两单位共同列名的任务数 ÷ 该方案的任务数（方案大小不同，故比较比例）；变化 = 后 − 前，以百分点计。',
    identity: (reforms) =>
      reforms ? '2018 与 2023 年机构改革的更名与合并在方案日期晚于其生效日时适用（省级与地方日期取中央日期）。' : '未使用机构改革对照表（--no-reforms）。',
  },
  shownOf: (shown, total) => `仅列出前 ${shown} 个单位（共 ${total} 个）；完整数据见 fengong compare --format json。`,
  summary: ({ plans, labels, entered, left, spearman, top }) =>
    `本报告比较 ${plans} 份方案（${labels.join('、')}）。相邻方案之间共有 ${entered} 个单位进入、${left} 个单位退出；共有单位负荷排名的 Spearman ρ 为 ${spearman}。平均负荷最重的单位是${top}。`,
};

const EN: CompareStrings = {
  title: (n) => `Comparison of ${n} plans`,
  figures: { bars: 'Load in each plan (one scale)', slope: 'The main agencies across plans' },
  captions: {
    bars: 'Share of each plan’s tasks an agency is listed on, split into led and co-operated; every plan on the same scale. Agencies by mean share across plans; an agency absent from a plan has no bar there; collective units in grey.',
    slope: 'Share of each plan’s tasks the agencies with the highest mean load (collective units left out) are listed on; no line through a plan an agency is absent from; lines of equal values overlap, their labels stacked in order.',
  },
  tables: {
    plans: 'Plans',
    agencies: 'Agencies across plans',
    turnover: 'Agencies entering and leaving',
    stability: 'Rank stability and continuity of co-responsibility',
    network: 'Network measures side by side',
    grew: (a, b) => `${a} → ${b}: co-responsibility grew most`,
    fell: (a, b) => `${a} → ${b}: co-responsibility fell most`,
    identity: 'Renames and mergers applied',
  },
  plan: 'Plan',
  date: 'Date',
  file: 'File',
  share: 'share',
  entered: 'Entered',
  left: 'Left',
  none: 'none',
  step: 'Step',
  agenciesInBoth: 'Agencies in both',
  absent: '—',
  change: 'Change (points)',
  notes: {
    agencies: 'Each plan: tasks listed on (of them led), share of the plan’s tasks, rank by tasks (ties share a rank); — absent.',
    stability: 'Over the agencies in both plans only: Spearman’s ρ and Kendall’s τ-b of their tasks (as scipy.stats), near 1 when the ranking holds; Jaccard = agencies in both ÷ agencies in either.',
    qap: 'QAP correlation (Krackhardt 1987): Pearson’s r of the off-diagonal cells of the two plans’ co-responsibility matrices (tasks two agencies share), p from permuting rows and columns together (seeded); MRQAP (Dekker, Krackhardt & Snijders 2007, double semi-partialling) regresses the later plan’s co-responsibility on the earlier one’s and on its lead–co ties: coefficients, t and two-sided p.',
    network: 'Density = links ÷ (agencies × tasks); centralisation is Freeman’s, within each mode, of two-mode degree centrality; the load Gini is over agencies’ tasks; Q_B is Barber’s bipartite modularity of the Louvain partition.',
    pairs: 'Share of co-responsibility = tasks both agencies are on ÷ the plan’s tasks (plans differ in size, so shares are compared); change = after − before, in percentage points.',
    identity: (reforms) =>
      reforms
        ? 'Renames and mergers of the 2018 and 2023 reforms apply when a plan is dated on or after them (provincial and local dates: the national ones).'
        : 'The reform table is off (--no-reforms).',
  },
  shownOf: (shown, total) => `The first ${shown} of ${total} agencies are shown (every agency: fengong compare --format json).`,
  summary: ({ plans, labels, entered, left, spearman, top }) =>
    `This report compares ${plans} plans (${labels.join(', ')}). From one plan to the next, ${entered} ${entered === 1 ? 'agency' : 'agencies'} entered and ${left} left; the Spearman ρ of the shared agencies’ loads is ${spearman}. The agencies with the highest mean load are ${top}.`,
};

/** The compare report's words in `lang`. */
export function compareStringsFor(lang: ReportLang): CompareStrings {
  return lang === 'zh' ? ZH : EN;
}
