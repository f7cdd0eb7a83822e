// ForceAtlas2 in a module worker: all the iterations in one go, on graphology-layout-forceatlas2's
// own matrices and iteration step. Its supervisor (`/worker`) does one iteration per message and
// waits for the page to answer each, so a busy page (drawing, metrics) slowed the layout itself.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { Fa2Message, Fa2Request } from './fa2-protocol.js';

const post = (message: Fa2Message, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<Fa2Request>) => {
  const { settings, iterations, progressEvery } = event.data;
  const nodes = new Float32Array(event.data.nodes);
  const edges = new Float32Array(event.data.edges);
  let last = performance.now();
  for (let i = 1; i <= iterations; i += 1) {
    iterate(settings, nodes, edges);
    if (progressEvery !== null && i < iterations && performance.now() - last >= progressEvery) {
      last = performance.now();
      post({ kind: 'progress', nodes: nodes.slice().buffer });
    }
  }
  post({ kind: 'done', nodes: nodes.buffer }, [nodes.buffer]);
};
