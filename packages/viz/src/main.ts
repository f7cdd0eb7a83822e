// Entry point: bundled dataset → display graph → header + sigma renderer + hover.
import { defaultDataset, type Dataset } from '@fengong/core/datasets';
import { describeNode } from './describe.js';
import { datasetGraph } from './graph.js';
import { renderHeader } from './header.js';
import { bindHover } from './interactions.js';
import './page.css';
import { createRenderer } from './renderer.js';
import { exposeTestHook } from './test-hook.js';

/** Mounts the viewer for `dataset` and returns a cleanup that kills the renderer. */
export function mount(header: HTMLElement, container: HTMLElement, dataset: Dataset = defaultDataset): () => void {
  const graph = datasetGraph(dataset);
  const info = renderHeader(header, dataset, graph);
  const idleText = info.textContent ?? '';
  const renderer = createRenderer(graph, container);
  const hover = bindHover(renderer, (node) => {
    info.textContent = node === undefined ? idleText : describeNode(graph, node);
  });
  exposeTestHook({ graph, renderer });
  return () => {
    hover.unbind();
    renderer.kill();
  };
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`@fengong/viz: index.html has no #${id} element`);
  return found;
}

const cleanup = mount(byId('header'), byId('graph'));
import.meta.hot?.dispose(cleanup);
