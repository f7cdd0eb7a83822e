// Where a command writes: stdout for results, stderr for warnings and errors.

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /**
   * Writes a piece of a long result to stdout as it is (no newline added); returns a promise when
   * the caller should wait before the next piece (a full pipe). `out` is used where absent.
   */
  write?(text: string): void | Promise<void>;
}

/** Writes pieces of one result, then a final newline: piece by piece where the output can, else at once. */
export async function outPieces(output: Output, pieces: Iterable<string>): Promise<void> {
  if (output.write === undefined) {
    output.out([...pieces].join(''));
    return;
  }
  for (const piece of pieces) await output.write(piece);
  await output.write('\n');
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  // Files and (on Linux) pipes take writes synchronously; elsewhere a full buffer asks to wait for
  // 'drain', so a long report is never queued whole in memory.
  write: (text) => (process.stdout.write(text) ? undefined : new Promise((resolve) => process.stdout.once('drain', () => resolve()))),
};
