// One line of text about a node, shown in the header while it is hovered.
import type { ResponsibilityGraph } from '@fengong/core';
import type { Lang } from '../state.js';

/** Lead and other links of a node, counted from the graph. */
export function roleCounts(graph: ResponsibilityGraph, node: string): { tasks: number; lead: number; co: number; responsible: number } {
  const out = { tasks: 0, lead: 0, co: 0, responsible: 0 };
  graph.forEachEdge(node, (_edge, attr) => {
    out.tasks += 1;
    out[attr.role] += 1;
  });
  return out;
}

/** "省发展改革委 — Hunan Provincial … · 27 tasks (10 lead, 17 co)" or "#1 加快… — Accelerate … · 构建… · 6 agencies". */
export function describeNode(graph: ResponsibilityGraph, node: string, lang: Lang): string {
  if (!graph.hasNode(node)) return '';
  const attr = graph.getNodeAttributes(node);
  if (attr.part === 'agency') {
    const c = roleCounts(graph, node);
    const en = attr.nameEn === undefined ? '' : ` — ${attr.nameEn}`;
    const collective = attr.collective ? (lang === 'zh' ? ' · 集体单位' : ' · collective') : '';
    const roles = lang === 'zh' ? `${c.tasks} 项任务（牵头 ${c.lead}，配合 ${c.co}）` : `${c.tasks} tasks (${c.lead} lead, ${c.co} co)`;
    return `${attr.name}${en} · ${roles}${collective}`;
  }
  const en = attr.titleEn === undefined ? '' : ` — ${attr.titleEn}`;
  const category = attr.category === null ? '' : ` · ${attr.category}`;
  const n = graph.degree(node);
  return `#${attr.id} ${attr.title}${en}${category} · ${lang === 'zh' ? `${n} 个单位` : `${n} agencies`}`;
}
