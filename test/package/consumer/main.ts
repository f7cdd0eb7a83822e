// A browser page bundling the installed @fengong/core with Vite: parse, build, rank, export.
import { agencyLoad, buildResponsibilityGraph, parseTable, toGexf } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';

const graph = buildResponsibilityGraph(parseTable(hunanGba2020.text), { dictionary: hunanGba2020.dictionary });
const [top] = agencyLoad(graph, { by: 'lead', excludeCollective: true });
const result = document.getElementById('result') as HTMLElement;
result.textContent = `${graph.order} nodes; ${top?.agency ?? '—'} leads ${top?.lead ?? 0}; GEXF ${toGexf(graph).length > 0 ? 'ok' : 'empty'}`;
document.body.dataset.ready = 'true';
