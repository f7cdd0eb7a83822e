// The report's words in Chinese and in English: every label, heading and note it prints.

export const REPORT_LANGS = ['zh', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export interface Strings {
  htmlLang: string;
  lead: string;
  co: string;
  collective: string;
  tasks: string;
  agency: string;
  agencies: string;
  source: string;
  summary: string;
  figures: { load: string; breadthDepth: string; heatmap: string; matrix: string; network: string };
  captions: { load: string; breadthDepth: string; heatmap: string; matrix: string; network: string };
  quadrants: { leading: string; key: string; specialist: string; auxiliary: string };
  shareLed: string;
  sharedTasks: string;
  category: string;
  uncategorised: string;
  tables: { network: string; centralities: string; holes: string; pairs: string; single: string; notes: string };
  measure: string;
  value: string;
  rest: (shown: number, total: number, restTasks: number) => string;
  /** Added to a figure's caption when it shows only the most-loaded agencies. */
  figureRest: (shown: number, total: number) => string;
  /** Label of the matrix's summary row (agencies left out) and column (categories left out). */
  matrixRestRow: (agencies: number) => string;
  matrixRestColumn: (categories: number) => string;
  /** Added to the matrix's caption when it leaves agencies or categories out. */
  matrixOmitted: (x: { agencies: number; shownAgencies: number; categories: number; shownCategories: number }) => string;
  noSingle: string;
  onlyCollective: string;
  generated: string;
}

const ZH: Strings = {
  htmlLang: 'zh-CN',
  lead: '牵头',
  co: '配合',
  collective: '集体单位',
  tasks: '任务数',
  agency: '单位',
  agencies: '单位',
  source: '来源',
  summary: '摘要',
  figures: { load: '任务负荷：牵头与配合', breadthDepth: '广度与牵头深度', heatmap: '共同责任热力图', matrix: '单位 × 任务类别', network: '共同责任网络' },
  captions: {
    load: '每个单位列名的任务数，分为牵头与配合；集体单位（如各有关市州人民政府）单列于下方，浅色。',
    breadthDepth: '横轴：列名任务数（广度）；纵轴：其中牵头的比例（深度）。虚线为单位任务数的中位数和 50% 牵头比例，分出四个象限。',
    heatmap: '两单位共同列名的任务数。行列按谱排序（Atkins、Boman 与 Hendrickson 1998）：以共同任务数为权的拉普拉斯矩阵 L = D − W 的 Fiedler 向量（第二小特征值的特征向量）排列各连通部分，共同任务多的单位相邻，使协作块沿对角线显现；并列按任务数，不与其他单位共同列名的单位在末尾。',
    matrix: '每个单位在各任务类别中列名的任务数。',
    network: '单位之间共同列名任务形成的网络：圆点大小表示任务数，连线粗细表示共同任务数，颜色表示 Louvain 社区；不含集体单位。布局为确定性 ForceAtlas2；重叠的标签被省略。',
  },
  quadrants: { leading: '主导型（面广、多牵头）', key: '关键协同型（面广、多配合）', specialist: '专项牵头型（面窄、多牵头）', auxiliary: '辅助型（面窄、多配合）' },
  shareLed: '牵头比例',
  sharedTasks: '共同任务数',
  category: '类别',
  uncategorised: '（未分类）',
  tables: { network: '网络概况', centralities: '中心性', holes: '结构洞与核心', pairs: '协作最多的单位对', single: '单点依赖任务', notes: '方法说明' },
  measure: '指标',
  value: '值',
  rest: (shown, total, restTasks) => `仅列出前 ${shown} 个单位；其余 ${total - shown} 个单位合计列名 ${restTasks} 次（完整数据见 fengong analyze --format xlsx）。`,
  figureRest: (shown, total) => `图中为负荷最重的 ${shown} 个单位（共 ${total} 个非集体单位）。`,
  matrixRestRow: (n) => `其余 ${n} 个单位（合计）`,
  matrixRestColumn: (k) => `其余 ${k} 类（合计）`,
  matrixOmitted: ({ agencies, shownAgencies, categories, shownCategories }) =>
    [
      agencies > 0 ? `只列出负荷最重的 ${shownAgencies} 个非集体单位（共 ${shownAgencies + agencies} 个）和全部集体单位；末行（灰色）合计其余 ${agencies} 个单位在各类别的列名次数。` : '',
      categories > 0 ? `只列出任务最多的 ${shownCategories} 个类别（共 ${shownCategories + categories} 个）；末列（灰色）合计每个单位在其余 ${categories} 个类别的任务数。` : '',
    ].join(''),
  noSingle: '无：每项任务都至少有两个非集体单位负责。',
  onlyCollective: '仅集体单位',
  generated: '由 fengong 生成',
};

const EN: Strings = {
  htmlLang: 'en',
  lead: 'lead',
  co: 'co-operate',
  collective: 'collective units',
  tasks: 'tasks',
  agency: 'agency',
  agencies: 'agencies',
  source: 'Source',
  summary: 'Summary',
  figures: { load: 'Load: tasks led and co-operated on', breadthDepth: 'Breadth and depth', heatmap: 'Co-responsibility heatmap', matrix: 'Agency × task category', network: 'Co-responsibility network' },
  captions: {
    load: 'Tasks each agency is listed on, split into those it leads and those it co-operates on; collective units (such as 各有关市州人民政府) are set apart below, in lighter colours.',
    breadthDepth: 'Across: tasks listed on (breadth); up: the share of them the agency leads (depth). The dashed lines, at the median number of tasks and at 50 % led, divide four quadrants.',
    heatmap: 'Tasks two agencies are listed on together. Rows and columns in spectral seriation order (Atkins, Boman & Hendrickson 1998): each connected part by the Fiedler vector (the eigenvector of the second-smallest eigenvalue) of the Laplacian L = D − W of shared tasks, so that agencies sharing many tasks sit side by side and blocks of co-operation show along the diagonal; ties by tasks, agencies sharing no task with the others last.',
    matrix: 'Tasks each agency is listed on, by task category.',
    network: 'Agencies tied by the tasks they share: dot size is tasks, line width shared tasks, colour the Louvain community; collective units left out. Deterministic ForceAtlas2 layout; labels that would overlap are left out.',
  },
  quadrants: { leading: 'leading (broad, leads)', key: 'key partner (broad, co-operates)', specialist: 'specialist lead (narrow, leads)', auxiliary: 'auxiliary (narrow, co-operates)' },
  shareLed: 'share led',
  sharedTasks: 'shared tasks',
  category: 'category',
  uncategorised: '(no category)',
  tables: { network: 'The network', centralities: 'Centralities', holes: 'Structural holes and cores', pairs: 'Pairs that must co-ordinate most', single: 'Single points of failure', notes: 'Notes on the methods' },
  measure: 'Measure',
  value: 'Value',
  rest: (shown, total, restTasks) => `The first ${shown} agencies are shown; the other ${total - shown} are listed ${restTasks} times in all (every agency: fengong analyze --format xlsx).`,
  figureRest: (shown, total) => `The ${shown} most-loaded of ${total} agencies that are not collective units are shown.`,
  matrixRestRow: (n) => `the other ${n} agencies (sum)`,
  matrixRestColumn: (k) => `the other ${k} categories (sum)`,
  matrixOmitted: ({ agencies, shownAgencies, categories, shownCategories }) =>
    [
      agencies > 0 ? `Only the ${shownAgencies} most-loaded of ${shownAgencies + agencies} agencies that are not collective units are shown, with every collective unit; the last row (grey) sums the listings of the other ${agencies} per category.` : '',
      categories > 0 ? `Only the ${shownCategories} largest of ${shownCategories + categories} categories are shown; the last column (grey) sums each row's tasks in the other ${categories}.` : '',
    ]
      .filter((x) => x !== '')
      .join(' '),
  noSingle: 'None: every task has at least two agencies that are not collective units.',
  onlyCollective: 'collective units only',
  generated: 'Made with fengong',
};

/** The words of the report in `lang`. */
export function stringsFor(lang: ReportLang): Strings {
  return lang === 'zh' ? ZH : EN;
}
