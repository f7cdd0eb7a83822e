// What each metric measures, with its formula or reference: shown where the metric is (ranking
// headers, the line under the ranking, the details panel), in both languages.
import type { Lang } from '../state.js';
import type { MetricKey } from './catalog.js';

/** Every metric of the catalog (`METRICS`) has its entry; the browser tests check each one shown. */
const HELP: Partial<Record<MetricKey, { zh: string; en: string }>> = {
  tasks: { zh: '列为责任单位的任务数（牵头 + 配合）。', en: 'Tasks it is listed on (lead + co-operating).' },
  lead: { zh: '牵头的任务数（首列或标明“牵头”的单位）。', en: 'Tasks it leads (listed first, or marked 牵头).' },
  co: { zh: '配合的任务数（列为责任单位但不牵头）。', en: 'Tasks it co-operates on (listed, not leading).' },
  share: { zh: '任务占比 = 任务数 / 全部任务数。', en: 'Share = its tasks / all tasks.' },
  categories: { zh: '其任务涉及的类别数。', en: 'Distinct categories among its tasks.' },
  leadShare: { zh: '牵头比例 = 牵头数 / 任务数。', en: 'Lead share = led / tasks.' },
  weightedLoad: { zh: '加权负荷 W = λ·牵头 + 配合（λ = 2，牵头计双倍）。', en: 'Weighted load W = λ·led + co (λ = 2: leading counts double).' },
  credit: { zh: '分摊责任：每项任务 1 份，牵头单位分 ρ = ½，配合单位平分其余；总和 = 任务数。', en: 'Credit: each task hands out 1 unit, its lead gets ρ = ½, its co-agencies share the rest; sums to the task count.' },
  coordinationBurden: { zh: '协调负担 = Σ（其牵头任务的单位数 − 1）：需要组织的配合单位次数。', en: 'Coordination burden = Σ over tasks it leads of (agencies on the task − 1).' },
  coordinated: { zh: '其牵头任务上的其他单位（去重）。', en: 'Distinct other agencies on the tasks it leads.' },
  entropy: { zh: '类别熵 H = −Σ p_c ln p_c（p_c：其任务在类别 c 的比例；香农熵）。', en: 'Category entropy H = −Σ p_c ln p_c (p_c: share of its tasks in category c; Shannon).' },
  specialisation: { zh: '专门化 = 1 − H / ln C（C：类别总数）；1 = 全在一类。', en: 'Specialisation = 1 − H / ln C (C: categories in the table); 1 = all in one category.' },
  degreeCentrality: { zh: '度中心性 = 任务数 / 任务总数（二模归一化，Borgatti & Everett 1997；同 NetworkX bipartite）。', en: 'Degree centrality = tasks / all tasks (two-mode normalisation, Borgatti & Everett 1997; as NetworkX bipartite).' },
  betweenness: { zh: '中介中心性：经过该单位的最短路径比例，按二模最大值归一化（Borgatti & Halgin 2011；同 NetworkX）。', en: 'Betweenness: share of shortest paths through it, divided by the two-mode maximum (Borgatti & Halgin 2011; as NetworkX).' },
  closeness: { zh: '接近中心性：到其他节点平均距离的倒数，二模归一化（Borgatti & Everett 1997；同 NetworkX）。', en: 'Closeness: inverse mean distance to the others, two-mode normalised (Borgatti & Everett 1997; as NetworkX).' },
  pagerank: { zh: 'PageRank（Brin & Page 1998，阻尼 0.85），在二模网络上计算。', en: 'PageRank (Brin & Page 1998, damping 0.85) on the two-mode network.' },
  eigenvector: { zh: '特征向量中心性：邻接矩阵主特征向量（Bonacich 1972）。', en: 'Eigenvector centrality: the adjacency matrix’s leading eigenvector (Bonacich 1972).' },
  latapyClustering: { zh: '二模聚类系数（Latapy et al. 2008，同 NetworkX latapy_clustering）。', en: 'Two-mode clustering (Latapy et al. 2008; NetworkX latapy_clustering).' },
  redundancy: { zh: '冗余度：其任务之间被其他单位重复连接的程度（Latapy et al. 2008）。', en: 'Redundancy: how far its tasks are also joined by other agencies (Latapy et al. 2008).' },
  strength: { zh: '共担强度 = Σ 与每个合作单位共担的任务数。', en: 'Strength = Σ over partners of the tasks shared with each.' },
  partners: { zh: '至少共担一项任务的单位数。', en: 'Agencies it shares at least one task with.' },
  participation: { zh: '参与系数 P = 1 − Σ_s (k_is / k_i)²（Guimerà & Amaral 2005，按 Louvain 社区）。', en: 'Participation P = 1 − Σ_s (k_is / k_i)² (Guimerà & Amaral 2005, over Louvain communities).' },
  withinModuleZ: { zh: '模块内 z 值：社区内度数的标准分（Guimerà & Amaral 2005）。', en: 'Within-module z: z-score of its degree inside its community (Guimerà & Amaral 2005).' },
  effectiveSize: { zh: '有效规模 e_i = Σ_j [1 − Σ_q p_iq·m_jq]：合作单位中互不重复的部分（Burt 1992 结构洞；共担任务数为权重）。', en: 'Effective size e_i = Σ_j [1 − Σ_q p_iq·m_jq]: its partners less their redundancy (Burt 1992 structural holes; ties weighted by shared tasks).' },
  efficiency: { zh: '效率 = 有效规模 / 合作单位数（Burt 1992）。', en: 'Efficiency = effective size / partners (Burt 1992).' },
  constraint: { zh: '约束度 c_i = Σ_j (p_ij + Σ_q p_iq·p_qj)²：越高越依赖彼此相连的少数合作单位（Burt 1992；同 NetworkX constraint）。', en: 'Constraint c_i = Σ_j (p_ij + Σ_q p_iq·p_qj)²: high when its ties are few and to each other (Burt 1992; as NetworkX constraint).' },
  hierarchy: { zh: '等级度：约束集中在一个合作单位上的程度（Burt 1992，0–1）。', en: 'Hierarchy: how far its constraint comes from one partner (Burt 1992, 0–1).' },
  coreness: { zh: 'k-核数：共担网络中它所在的最大 k，使每个单位至少有 k 个合作单位（Batagelj & Zaveršnik 2003；同 NetworkX core_number）。', en: 'Coreness: the largest k of a k-core of the co-responsibility network it belongs to (Batagelj & Zaveršnik 2003; as NetworkX core_number).' },
  twoModeCoreness: { zh: '二模核数：它所在的最大 k，使核中每个单位至少有 k 项任务、每项任务至少有 l = 2 个单位（Ahmed et al. 2007）。', en: 'Two-mode coreness: the largest k of a (k, l = 2)-core it is in: agencies on ≥ k of its tasks, tasks with ≥ 2 of its agencies (Ahmed et al. 2007).' },
  continuousCoreness: { zh: '核心度：共担网络的连续核心–边缘模型 a_ij ≈ c_i·c_j（Borgatti & Everett 1999）。', en: 'Coreness: continuous core–periphery model a_ij ≈ c_i·c_j of the co-responsibility network (Borgatti & Everett 1999).' },
  continuousCorenessTwoMode: { zh: '二模核心度：单位–任务矩阵的连续核心–边缘模型 b_at ≈ c_a·d_t（Borgatti & Everett 1999）。', en: 'Two-mode coreness: continuous core–periphery model b_at ≈ c_a·d_t of the agency–task matrix (Borgatti & Everett 1999).' },
  coordinator: { zh: '协调人：牵头→配合网络中 a → v → b 三者同组（组 = 主要类别；Gould & Fernandez 1989）。', en: 'Coordinator: paths a → v → b on the lead → co network with all three in one group (main category; Gould & Fernandez 1989).' },
  consultant: { zh: '顾问：a、b 同组，v 在另一组（Gould & Fernandez 1989）。', en: 'Consultant: a and b in one group, v in another (Gould & Fernandez 1989).' },
  gatekeeper: { zh: '守门人：v 与 b 同组，a 在组外（Gould & Fernandez 1989）。', en: 'Gatekeeper: v with b, a outside (Gould & Fernandez 1989).' },
  representative: { zh: '代表人：v 与 a 同组，b 在组外（Gould & Fernandez 1989）。', en: 'Representative: v with a, b outside (Gould & Fernandez 1989).' },
  liaison: { zh: '联络人：a、v、b 分属三组（Gould & Fernandez 1989）。', en: 'Liaison: a, v and b in three groups (Gould & Fernandez 1989).' },
  brokerage: { zh: '五种中介角色次数之和（Gould & Fernandez 1989）。', en: 'The five brokerage roles summed (Gould & Fernandez 1989).' },
  backboneDegree: { zh: '骨干联系数：共担任务显著多于随机（SDSM，Neal 2014；BH q < 0.05）的合作单位数。', en: 'Backbone ties: partners it shares significantly more tasks with than chance (SDSM, Neal 2014; BH q < 0.05).' },
};

/** What `key` measures, with its formula or reference, in `lang`. */
export function metricHelp(key: MetricKey, lang: Lang): string {
  return HELP[key]?.[lang] ?? '';
}
