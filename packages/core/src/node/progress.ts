/// <reference types="node" />
// Progress of long computations on stderr, only when a person is watching (stderr is a terminal).

export interface TerminalProgressOptions {
  /** Write at all. Default: whether stderr is a terminal (pipes, files and CI stay clean). */
  enabled?: boolean;
  /** Least time between two redraws, in ms. Default 200. */
  intervalMs?: number;
}

/**
 * Returns an `onProgress(done, total)` callback (for `workerRunner`) that redraws one line
 * `label 42%` on stderr, at most every `intervalMs`, and clears it when done; a no-op unless
 * `enabled` (by default, when stderr is a terminal). Forced on where stderr is not a terminal, it
 * writes plain `label 42%` lines instead, ending with `label 100%`.
 */
export function terminalProgress(label: string, options: TerminalProgressOptions = {}): (done: number, total: number) => void {
  const stream = process.stderr;
  const { enabled = stream.isTTY === true, intervalMs = 200 } = options;
  if (!enabled) return () => {};
  // On a terminal one line is redrawn in place; elsewhere (a forced log file) plain lines are written.
  const redraw = stream.isTTY === true;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done >= total) {
      stream.write(redraw ? '\r\x1b[2K' : `${label} 100%\n`);
      return;
    }
    if (now - last < intervalMs) return;
    last = now;
    const percent = `${label} ${Math.floor((100 * done) / Math.max(1, total))}%`;
    stream.write(redraw ? `\r\x1b[2K${percent}` : `${percent}\n`);
  };
}
