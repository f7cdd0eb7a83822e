// Progress lines on stderr for long runs: only when stderr is a terminal (or FENGONG_PROGRESS=1),
// and only for large tables, so pipes and scripts see clean output.
import type { Output } from './output.js';

/** Tables with at least this many tasks report progress. */
export const PROGRESS_MIN_TASKS = 1000;

export interface Progress {
  /** Prints `fengong: <message> (<elapsed> s)` when progress is on. */
  step(message: string): void;
}

/**
 * Whether progress is shown for a table of `tasks` tasks: FENGONG_PROGRESS=1 forces it, =0 silences
 * it; otherwise only on a terminal and for large tables.
 */
export function progressEnabled(tasks: number): boolean {
  const setting = process.env.FENGONG_PROGRESS;
  return setting === '1' || (setting !== '0' && process.stderr.isTTY === true && tasks >= PROGRESS_MIN_TASKS);
}

/** A progress reporter for a table of `tasks` tasks; silent unless on a terminal and large (or forced). */
export function progress(out: Output, tasks: number): Progress {
  const on = progressEnabled(tasks);
  const start = Date.now();
  return {
    step: (message) => {
      if (on) out.err(`fengong: ${message} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    },
  };
}
