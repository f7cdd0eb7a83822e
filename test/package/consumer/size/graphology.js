// Bundle-size baseline: graphology alone.
import { UndirectedGraph } from 'graphology';
const g = new UndirectedGraph();
g.mergeEdge('a', 'b');
globalThis.result = g.size;
