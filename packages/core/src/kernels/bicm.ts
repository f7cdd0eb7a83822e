// The bipartite configuration model (Saracco et al. 2015): link probabilities that reproduce every
// row and column sum of an incidence matrix in expectation, fitted on degree classes.

/** The fitted model: P(B_at = 1) for an agency of degree class i and a task of degree class j. */
export interface BicmFit {
  /** Distinct agency degrees, ascending, and distinct task degrees, ascending. */
  agencyDegrees: Int32Array;
  taskDegrees: Int32Array;
  /** How many agencies and how many tasks have each of those degrees. */
  agencyCounts: Float64Array;
  taskCounts: Float64Array;
  /** probability[i·taskDegrees.length + j] = x_i·y_j / (1 + x_i·y_j) (0 or 1 at the boundary). */
  probability: Float64Array;
  /** Largest |expected − observed| degree over every agency and task. */
  maxDegreeError: number;
  /** Fixed-point sweeps made. */
  iterations: number;
}

/** Distinct values of `degrees`, ascending, and how many nodes have each. */
function classes(degrees: ArrayLike<number>): { values: Int32Array; counts: Float64Array } {
  const sorted = Int32Array.from(degrees).sort();
  const values: number[] = [];
  const counts: number[] = [];
  for (const d of sorted) {
    if (values.length > 0 && values[values.length - 1] === d) counts[counts.length - 1] = (counts[counts.length - 1] as number) + 1;
    else {
      values.push(d);
      counts.push(1);
    }
  }
  return { values: Int32Array.from(values), counts: Float64Array.from(counts) };
}

/**
 * Fits the bipartite configuration model (BiCM; Saracco, Di Clemente, Gabrielli & Squartini 2015),
 * the null model of R backbone's `sdsm` (Neal 2014): independent links with
 * P(B_at = 1) = x_a·y_t / (1 + x_a·y_t) such that Σ_t P_at = k_a and Σ_a P_at = k_t for every agency
 * and task (the maximum-entropy ensemble with those expected degrees). Nodes of equal degree share
 * their x or y, so the fixed point x_a = k_a / Σ_t y_t/(1 + x_a·y_t), y_t = k_t / Σ_a x_a/(1 + x_a·y_t)
 * runs on degree classes (cost per sweep: agency classes × task classes). Degrees at the boundary
 * are fixed first: a node of degree 0 has P = 0, an agency on every task (or a task with every
 * agency) has P = 1, and the remaining nodes are fitted to what is left. Stops when every expected
 * degree is within `tolerance` of the observed one (default 1e-9), or after `maxIterations` sweeps
 * (then `maxDegreeError` says how far it got; degree sequences with no interior solution, such as a
 * nested threshold pattern, only approach it).
 */
export function fitBicm(agencyDegrees: ArrayLike<number>, taskDegrees: ArrayLike<number>, options: { tolerance?: number; maxIterations?: number } = {}): BicmFit {
  const { tolerance = 1e-9, maxIterations = 100_000 } = options;
  checkDegrees(agencyDegrees, taskDegrees);
  const a = classes(agencyDegrees);
  const t = classes(taskDegrees);
  const I = a.values.length;
  const J = t.values.length;
  // Boundary: P fixed to 0 or 1 for classes of degree 0 or full; the others are free.
  // A class fixed at step s has that P with every node of the other side still free at step s.
  const fixedA = new Int8Array(I).fill(-1); // −1 free, else the fixed value of P
  const fixedT = new Int8Array(J).fill(-1);
  const stepA = new Int32Array(I);
  const stepT = new Int32Array(J);
  for (let i = 0; i < I; i += 1) if (a.values[i] === 0) fixedA[i] = 0;
  for (let j = 0; j < J; j += 1) if (t.values[j] === 0) fixedT[j] = 0;
  let step = 0;
  for (let changed = true; changed; ) {
    step += 1;
    changed = false;
    // Full after the fixed cells are taken out: P = 1 with every task (agency) not fixed at 0.
    for (let i = 0; i < I; i += 1) {
      if (fixedA[i] !== -1) continue;
      let open = 0;
      let target = a.values[i] as number;
      for (let j = 0; j < J; j += 1) {
        if (fixedT[j] === 1) target -= t.counts[j] as number;
        else if (fixedT[j] === -1) open += t.counts[j] as number;
      }
      if (target === open || target === 0) {
        fixedA[i] = target === 0 ? 0 : 1;
        stepA[i] = step;
        changed = true;
      }
    }
    for (let j = 0; j < J; j += 1) {
      if (fixedT[j] !== -1) continue;
      let open = 0;
      let target = t.values[j] as number;
      for (let i = 0; i < I; i += 1) {
        if (fixedA[i] === 1) target -= a.counts[i] as number;
        else if (fixedA[i] === -1) open += a.counts[i] as number;
      }
      if (target === open || target === 0) {
        fixedT[j] = target === 0 ? 0 : 1;
        stepT[j] = step;
        changed = true;
      }
    }
  }
  const p = (x: number, y: number): number => (x * y) / (1 + x * y);
  // Targets of the free classes over the free classes of the other side.
  const targetA = new Float64Array(I);
  const targetT = new Float64Array(J);
  let links = 0;
  for (let i = 0; i < I; i += 1) {
    if (fixedA[i] !== -1) continue;
    let target = a.values[i] as number;
    for (let j = 0; j < J; j += 1) if (fixedT[j] === 1) target -= t.counts[j] as number;
    targetA[i] = target;
    links += target * (a.counts[i] as number);
  }
  for (let j = 0; j < J; j += 1) {
    if (fixedT[j] !== -1) continue;
    let target = t.values[j] as number;
    for (let i = 0; i < I; i += 1) if (fixedA[i] === 1) target -= a.counts[i] as number;
    targetT[j] = target;
  }
  const x = new Float64Array(I);
  const y = new Float64Array(J);
  const root = Math.sqrt(Math.max(links, 1));
  for (let i = 0; i < I; i += 1) x[i] = (targetA[i] as number) / root;
  for (let j = 0; j < J; j += 1) y[j] = (targetT[j] as number) / root;
  let iterations = 0;
  let error = Number.POSITIVE_INFINITY;
  while (iterations < maxIterations) {
    error = 0;
    for (let i = 0; i < I; i += 1) {
      if (fixedA[i] !== -1) continue;
      let s = 0;
      let expected = 0;
      for (let j = 0; j < J; j += 1) {
        if (fixedT[j] !== -1) continue;
        const yj = y[j] as number;
        const d = 1 + (x[i] as number) * yj;
        s += ((t.counts[j] as number) * yj) / d;
        expected += ((t.counts[j] as number) * (x[i] as number) * yj) / d;
      }
      error = Math.max(error, Math.abs(expected - (targetA[i] as number)));
      x[i] = (targetA[i] as number) / s;
    }
    for (let j = 0; j < J; j += 1) {
      if (fixedT[j] !== -1) continue;
      let s = 0;
      let expected = 0;
      for (let i = 0; i < I; i += 1) {
        if (fixedA[i] !== -1) continue;
        const xi = x[i] as number;
        const d = 1 + xi * (y[j] as number);
        s += ((a.counts[i] as number) * xi) / d;
        expected += ((a.counts[i] as number) * xi * (y[j] as number)) / d;
      }
      error = Math.max(error, Math.abs(expected - (targetT[j] as number)));
      y[j] = (targetT[j] as number) / s;
    }
    iterations += 1;
    if (error < tolerance) break;
  }
  const probability = new Float64Array(I * J);
  for (let i = 0; i < I; i += 1) {
    for (let j = 0; j < J; j += 1) {
      const fa = fixedA[i] as number;
      const ft = fixedT[j] as number;
      // Both fixed: the one fixed first decides (agencies are fixed before tasks within a step).
      const decided = fa !== -1 && (ft === -1 || (stepA[i] as number) <= (stepT[j] as number)) ? fa : ft;
      probability[i * J + j] = decided === -1 ? p(x[i] as number, y[j] as number) : decided;
    }
  }
  // The final error, measured on the probabilities reported, over the original degrees.
  let maxDegreeError = 0;
  for (let i = 0; i < I; i += 1) {
    let e = 0;
    for (let j = 0; j < J; j += 1) e += (t.counts[j] as number) * (probability[i * J + j] as number);
    maxDegreeError = Math.max(maxDegreeError, Math.abs(e - (a.values[i] as number)));
  }
  for (let j = 0; j < J; j += 1) {
    let e = 0;
    for (let i = 0; i < I; i += 1) e += (a.counts[i] as number) * (probability[i * J + j] as number);
    maxDegreeError = Math.max(maxDegreeError, Math.abs(e - (t.values[j] as number)));
  }
  return { agencyDegrees: a.values, taskDegrees: t.values, agencyCounts: a.counts, taskCounts: t.counts, probability, maxDegreeError, iterations };
}

/** Degrees a bipartite graph can have: whole numbers, each at most the other side's size, equal totals. */
function checkDegrees(agencyDegrees: ArrayLike<number>, taskDegrees: ArrayLike<number>): void {
  const check = (degrees: ArrayLike<number>, other: number, side: string): number => {
    let total = 0;
    for (let i = 0; i < degrees.length; i += 1) {
      const d = degrees[i] as number;
      if (!Number.isInteger(d) || d < 0 || d > other) throw new Error(`fitBicm: invalid ${side} degree ${d} at ${i} (expected a whole number 0 … ${other})`);
      total += d;
    }
    return total;
  };
  const a = check(agencyDegrees, taskDegrees.length, 'agency');
  const t = check(taskDegrees, agencyDegrees.length, 'task');
  if (a !== t) throw new Error(`fitBicm: the agency degrees sum to ${a} and the task degrees to ${t} (they count the same links)`);
}

/** Index of `degree` in a sorted class list (binary search; the degree must be present). */
export function classOf(values: Int32Array, degree: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < degree) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
