// @ts-check
// Draws the bundled responsibility network with sigma.js in an element of your own page.
/* global document */
import { buildResponsibilityGraph, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';

/** Tableau 10 without grey, one colour per category in table order. */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'];

/**
 * Renders the network of `text` (any table layout fengong reads) into `container`; returns a
 * function that removes it. Encodings live on the graph's nodes (x, y, size, color), as sigma reads them.
 * @param {HTMLElement} container
 * @param {string} text
 * @param {import('@fengong/core').BuildOptions} [options]
 */
export function drawNetwork(container, text, options = {}) {
  const graph = buildResponsibilityGraph(parseTable(text), options);
  const categories = graph.getAttribute('categories');
  const maxTasks = Math.max(...graph.filterNodes((_n, a) => a.part === 'agency').map((n) => graph.degree(n)));

  // A deterministic start (every node on a circle, in table order), then ForceAtlas2.
  graph.forEachNode((node, a) => {
    const angle = (2 * Math.PI * graph.nodes().indexOf(node)) / graph.order;
    const size = a.part === 'agency' ? 4 + 12 * Math.sqrt(graph.degree(node) / maxTasks) : 5;
    const color = a.part === 'task' ? PALETTE[Math.max(0, categories.indexOf(a.category ?? '')) % PALETTE.length] : a.collective ? '#aab' : '#334';
    graph.mergeNodeAttributes(node, /** @type {object} */ ({ x: Math.cos(angle), y: Math.sin(angle), size, color }));
  });
  forceAtlas2.assign(graph, { iterations: 500, settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 20, outboundAttractionDistribution: true } });
  graph.forEachEdge((edge, a) => graph.mergeEdgeAttributes(edge, /** @type {object} */ ({ size: a.role === 'lead' ? 2 : 0.5, color: a.role === 'lead' ? '#667' : '#ccd' })));

  const renderer = new Sigma(graph, container, { labelFont: 'WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif', labelRenderedSizeThreshold: 8 });
  return { graph, destroy: () => renderer.kill() };
}

const container = /** @type {HTMLElement} */ (document.getElementById('network'));
// Collective units (各有关市州人民政府, on every task) would pull everything into one knot: leave them out.
const { graph } = drawNetwork(container, hunanGba2020.text, { dictionary: hunanGba2020.dictionary, excludeCollective: true });
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
// Text, never innerHTML: names come from documents you did not write.
status.textContent = `${hunanGba2020.title}: ${graph.order} nodes, ${graph.size} links.`;
document.body.dataset.ready = 'true';
