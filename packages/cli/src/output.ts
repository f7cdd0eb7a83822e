// Where a command writes: stdout for results, stderr for warnings and errors.

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Writes a piece of a long result to stdout as it is (no newline added); `out` is used where absent. */
  write?(text: string): void;
}

/** Writes pieces of one result, then a final newline: piece by piece where the output can, else at once. */
export function outPieces(output: Output, pieces: Iterable<string>): void {
  if (output.write === undefined) {
    output.out([...pieces].join(''));
    return;
  }
  for (const piece of pieces) output.write(piece);
  output.write('\n');
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  // Synchronous for files and pipes on Linux and macOS, so pieces go out in order, one at a time.
  write: (text) => process.stdout.write(text),
};
