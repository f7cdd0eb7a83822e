/// <reference types="node" />
// Progress of long computations on stderr, only when a person is watching (stderr is a terminal).

/**
 * Returns an `onProgress(done, total)` callback (for `workerRunner`) that redraws one line
 * `label 42%` on stderr, at most every `intervalMs` (default 200 ms), and clears it when done. It
 * writes nothing when stderr is not a terminal (pipes, files, CI), so output stays clean.
 */
export function terminalProgress(label: string, intervalMs = 200): (done: number, total: number) => void {
  const stream = process.stderr;
  if (!stream.isTTY) return () => {};
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done >= total) {
      stream.write('\r\x1b[2K');
      return;
    }
    if (now - last < intervalMs) return;
    last = now;
    stream.write(`\r\x1b[2K${label} ${Math.floor((100 * done) / Math.max(1, total))}%`);
  };
}
