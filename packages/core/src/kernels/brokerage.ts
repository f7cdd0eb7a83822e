// Gould & Fernandez (1989) brokerage roles on a directed network with a grouping of its nodes.
import type { CompactGraph } from '../graph/compact.js';

/** The directed lead → co network between agencies as an out-adjacency CSR (agency indices 0 … nA − 1). */
export interface Digraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
}

/** Counts of each brokerage role per node, by node index. */
export interface BrokerageArrays {
  coordinator: Int32Array;
  consultant: Int32Array;
  gatekeeper: Int32Array;
  representative: Int32Array;
  liaison: Int32Array;
}

/**
 * The lead → co arcs of a view: a → b when a leads a task on which b is listed without leading it
 * (as `leadNetwork`), each arc once, each agency's arcs in order of first appearance. O(Σ_t lead_t·k_t).
 */
export function leadArcs(view: CompactGraph): Digraph {
  const { nA, offsets, neighbors, lead } = view;
  const stamp = new Int32Array(nA).fill(-1);
  const out = new Int32Array(nA + 1);
  const targets: number[] = [];
  for (let a = 0; a < nA; a += 1) {
    for (let e = offsets[a] as number; e < (offsets[a + 1] as number); e += 1) {
      if (lead[e] !== 1) continue;
      const t = neighbors[e] as number;
      for (let f = offsets[t] as number; f < (offsets[t + 1] as number); f += 1) {
        const b = neighbors[f] as number;
        if (lead[f] === 1 || b === a || stamp[b] === a) continue;
        stamp[b] = a;
        targets.push(b);
      }
    }
    out[a + 1] = targets.length;
  }
  return { n: nA, offsets: out, targets: Int32Array.from(targets) };
}

/**
 * Gould & Fernandez (1989) brokerage roles: for every two-path a → v → b with a ≠ b and no arc
 * a → b, the broker v is a **coordinator** when g(a) = g(v) = g(b), a **consultant** (itinerant
 * broker) when g(a) = g(b) ≠ g(v), a **gatekeeper** when g(v) = g(b) ≠ g(a), a **representative**
 * when g(a) = g(v) ≠ g(b), and a **liaison** when all three differ — the counts of R sna's
 * `brokerage` (w_I, w_O, b_OI, b_IO, b_O). Each node's count of each role is the number of such
 * paths through it. `group[v]` is any integer label (equal labels: same group). One pass over the
 * two-paths, each arc a → b tested by a mark on a's out-neighbours: O(n + Σ_v in(v)·out(v)).
 */
export function brokerageCounts(graph: Digraph, group: ArrayLike<number>): BrokerageArrays {
  const { n, offsets, targets } = graph;
  const roles: BrokerageArrays = {
    coordinator: new Int32Array(n),
    consultant: new Int32Array(n),
    gatekeeper: new Int32Array(n),
    representative: new Int32Array(n),
    liaison: new Int32Array(n),
  };
  const stamp = new Int32Array(n).fill(-1);
  for (let a = 0; a < n; a += 1) {
    const start = offsets[a] as number;
    const end = offsets[a + 1] as number;
    for (let e = start; e < end; e += 1) stamp[targets[e] as number] = a;
    const ga = group[a] as number;
    for (let e = start; e < end; e += 1) {
      const v = targets[e] as number;
      const gv = group[v] as number;
      for (let f = offsets[v] as number; f < (offsets[v + 1] as number); f += 1) {
        const b = targets[f] as number;
        if (b === a || stamp[b] === a) continue;
        const gb = group[b] as number;
        const role =
          ga === gv ? (gv === gb ? roles.coordinator : roles.representative) : gv === gb ? roles.gatekeeper : ga === gb ? roles.consultant : roles.liaison;
        role[v] = (role[v] as number) + 1;
      }
    }
  }
  return roles;
}
