// The note on each method the report's tables use, in Chinese and English (the same content as
// the Notes of `fengong analyze --format markdown`).
import type { AnalysisReport } from '@fengong/core';
import type { ReportLang } from './strings.js';

export interface MethodNotes {
  network: string;
  centralities: string;
  holes: string;
  pairs: string;
  single: string;
}

/** The notes under each table, with the settings the report was computed with. */
export function methodNotes(report: AnalysisReport, lang: ReportLang): MethodNotes {
  const s = report.settings;
  const sampled = s.betweenness.method === 'sampled';
  if (lang === 'zh') {
    return {
      network: `密度 = 连接数 ÷ (单位数 × 任务数)；负荷基尼系数按各单位任务数计算；NODF 嵌套度见 Almeida-Neto 等（2008）；社区由 Louvain 算法在按共同任务数加权的单位投影网络上求得（种子 ${s.louvainSeed}），Q_B 为 Barber 二模模块度。`,
      centralities: `二模（二部）中心性，归一化同 NetworkX bipartite 模块：度 = 任务数 ÷ 任务总数；中介中心性 ÷ 同类节点可能的最大值（Borgatti & Halgin 2011）${sampled ? `，由 ${s.betweenness.pivots ?? ''} 个种子枢纽抽样估计（Brandes & Pich 2007）` : '，精确计算（Brandes 2001）'}；接近中心性 = 最小可能距离和 ÷ 实际距离和（Borgatti & Everett 1997），乘以可达比例；PageRank（α = ${s.pagerankAlpha}）在整个单位—任务网络上计算。`,
      holes: `Burt（1992）结构洞，在单位投影网络上以共同任务数为权：有效规模 = 合作单位数减去其相互冗余；效率 = 有效规模 ÷ 合作单位数；约束 = Σ_j (p_ij + Σ_q p_iq·p_qj)²，越高表示关系越集中于少数彼此相连的单位；等级度表示约束集中于单一伙伴的程度。k 核见 Batagelj & Zaveršnik（2003）；二模核：单位至少负责核内 k 项任务，任务至少有核内 ${s.twoModeCoreL} 个单位。`,
      pairs: '共同任务 = 两单位都列名的任务数；Jaccard = 共同任务 ÷ 任一单位列名的任务数；Newman = Σ 共同任务 1 ÷ (任务单位数 − 1)；p = 若各单位的任务随机抽取，至少共享这么多任务的概率（超几何分布，未作多重比较校正）。',
      single: '单点依赖任务：除集体单位外至多只有一个单位列名的任务——该单位缺位时无人接手。列名单位不论角色（牵头、配合，或未标明牵头时的“负责”）都计入：两个“负责”单位的任务不是单点依赖；只有集体单位的任务列为“仅集体单位”。',
    };
  }
  return {
    network: `Density = links ÷ (agencies × tasks); the load Gini is over agencies' tasks; NODF nestedness after Almeida-Neto et al. (2008); communities by Louvain on the agency projection weighted by shared tasks (seed ${s.louvainSeed}), Q_B Barber's bipartite modularity of that partition.`,
    centralities: `Two-mode (bipartite) centralities, normalised as NetworkX's bipartite module: degree = tasks ÷ number of tasks; betweenness ÷ the largest possible for a node of its set (Borgatti & Halgin 2011)${sampled ? `, estimated from ${s.betweenness.pivots ?? ''} seeded pivots (Brandes & Pich 2007)` : ', exact (Brandes 2001)'}; closeness = the smallest possible total distance ÷ the actual one (Borgatti & Everett 1997), scaled by the share reached; PageRank (α = ${s.pagerankAlpha}) on the whole agency–task graph.`,
    holes: `Burt's (1992) structural holes on the agency projection, ties weighted by shared tasks: effective size = partners less their redundancy with each other; efficiency = effective size ÷ partners; constraint = Σ_j (p_ij + Σ_q p_iq·p_qj)², high when an agency's ties lead back to the same few agencies; hierarchy = how far that constraint comes from one partner. k-core after Batagelj & Zaveršnik (2003); two-mode core: agencies on at least k of the core's tasks, tasks with at least ${s.twoModeCoreL} of its agencies.`,
    pairs: 'Shared = tasks both agencies are on; Jaccard = shared ÷ tasks either is on; Newman = Σ over shared tasks of 1 ÷ (agencies on the task − 1); p = the chance of sharing at least that many tasks if each agency’s tasks were drawn at random (hypergeometric, not adjusted for multiple comparisons).',
    single: 'Single points of failure: tasks with at most one agency that is not a collective unit — nobody else is answerable for them. Every unit listed counts, whatever its role (lead, co-operating, or responsible where no lead is marked): a task of two responsible agencies is not one; a task of collective units only is listed as such.',
  };
}
