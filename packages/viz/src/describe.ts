// One line of text about a node, shown in the header while it is hovered.
import type { DisplayGraph } from './types.js';

/** "省发展改革委 — Hunan Provincial … · 27 tasks (10 lead, 17 co)" or "#1 加快… — Accelerate … · 构建… · 6 agencies". */
export function describeNode(graph: DisplayGraph, node: string): string {
  const attr = graph.getNodeAttributes(node);
  if (attr.part === 'agency') {
    const en = attr.nameEn === undefined ? '' : ` — ${attr.nameEn}`;
    const collective = attr.collective ? ' · collective' : '';
    return `${attr.name}${en} · ${attr.tasks} tasks (${attr.lead} lead, ${attr.tasks - attr.lead} co)${collective}`;
  }
  const en = attr.titleEn === undefined ? '' : ` — ${attr.titleEn}`;
  const category = attr.category === null ? '' : ` · ${attr.category}`;
  return `#${attr.id} ${attr.title}${en}${category} · ${graph.degree(node)} agencies`;
}
