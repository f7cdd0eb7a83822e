// The network as numbered vertices and weighted links, for the matrix-and-list formats of UCINET
// and Pajek: the bipartite graph (agencies, then tasks) or its agency projection.
import { compact } from '../graph/compact.js';
import type { ResponsibilityGraph, ResponsibilityNodeAttributes } from '../graph/types.js';
import { pairCounts } from '../projection/projection.js';

/** What to write: the agency–task graph (two-mode) or the agency projection weighted by shared tasks. */
export type NetworkMode = 'two-mode' | 'projection';
export const NETWORK_MODES: readonly NetworkMode[] = ['two-mode', 'projection'];

export interface NetworkLists {
  /** Vertex labels in file order: agencies (names, graph order), then, two-mode, tasks (`task:<id>`, table order). */
  labels: string[];
  /** Agencies: the first `rows` labels. */
  rows: number;
  /** Links as 0-based vertex indices (u an agency; v a task, or an agency after u), with their value and, two-mode, the role. */
  u: Int32Array;
  v: Int32Array;
  value: Int32Array;
  role: ('lead' | 'co' | 'responsible')[] | null;
}

/**
 * The vertices and links of a responsibility graph for a list format. Two-mode: every agency–task
 * link with value 1 and its role. Projection: every pair of agencies sharing at least one task once
 * (u < v), valued by the number of tasks they share. Throws, naming `caller`, when two vertices
 * would get the same label (an agency literally named `task:1`).
 */
export function networkLists(graph: ResponsibilityGraph, mode: NetworkMode, caller: string): NetworkLists {
  if (!NETWORK_MODES.includes(mode)) throw new Error(`${caller}: invalid \`mode\` "${String(mode)}" (expected ${NETWORK_MODES.join(', ')})`);
  const view = compact(graph, { caller });
  const label = (i: number): string => {
    const a = view.attributes[i] as ResponsibilityNodeAttributes;
    return a.part === 'agency' ? a.name : `task:${a.id}`;
  };
  const count = mode === 'two-mode' ? view.keys.length : view.nA;
  const labels = Array.from({ length: count }, (_, i) => label(i));
  const seen = new Set<string>();
  for (const l of labels) {
    if (seen.has(l)) throw new Error(`${caller}: two vertices would both be labelled ${JSON.stringify(l)}; rename the agency`);
    seen.add(l);
  }
  if (mode === 'projection') {
    const pairs = pairCounts(view, 'agency');
    return { labels, rows: view.nA, u: pairs.u, v: pairs.v, value: pairs.shared, role: null };
  }
  const links = view.offsets[view.nA] as number;
  const u = new Int32Array(links);
  const v = new Int32Array(links);
  const role: ('lead' | 'co' | 'responsible')[] = [];
  for (let a = 0, e = 0; a < view.nA; a += 1) {
    for (let f = view.offsets[a] as number; f < (view.offsets[a + 1] as number); f += 1, e += 1) {
      u[e] = a;
      v[e] = view.neighbors[f] as number;
      role.push(view.lead[f] === 1 ? 'lead' : view.responsible[f] === 1 ? 'responsible' : 'co');
    }
  }
  return { labels, rows: view.nA, u, v, value: new Int32Array(links).fill(1), role };
}

/**
 * A vertex label for DL and Pajek: in double quotes, on one line. Neither format has an escape that
 * its own programs read (UCINET's DL has none; Pajek has none, igraph reads `\"` as two
 * characters while NetworkX's shlex reads it as `"`), so a `"` in a name is written as the
 * full-width ＂ (U+FF02), a `\` ending a name (it would escape the closing quote for NetworkX) as
 * ＼ (U+FF3C), and line breaks, tabs and other control characters as spaces; nothing else changes
 * (Chinese, spaces, commas, `\` inside a name are written as they are).
 */
export function quotedLabel(label: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const text = label.replace(/[\u0000-\u001f\u007f\u2028\u2029]/gu, ' ').replace(/"/gu, '\uff02').replace(/\\$/u, '\uff3c');
  return `"${text}"`;
}
