// Writing results to files and directories, with errors that name the path (exit 1, no stack trace).
import { mkdir, open, writeFile, type FileHandle } from 'node:fs/promises';
import { InputError } from './errors.js';

/** Writes `data` to `path`, or throws an InputError naming the path. */
export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (error) {
    throw new InputError(`${path}: cannot write: ${(error as Error).message}`);
  }
}

/** Creates `dir` and its parents if missing, or throws an InputError naming it. */
export async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`${dir}: cannot create directory: ${(error as Error).message}`);
  }
}

/**
 * Writes `pieces` to `path` one after another (a long result never held whole), or throws an
 * InputError naming the path. A failure part way leaves what was written.
 */
export async function writeOutputPieces(path: string, pieces: Iterable<string>): Promise<void> {
  const failed = (error: unknown) => new InputError(`${path}: cannot write: ${(error as Error).message}`);
  let handle: FileHandle;
  try {
    handle = await open(path, 'w');
  } catch (error) {
    throw failed(error);
  }
  try {
    // Only the file's errors are the path's: an error making a piece is the caller's.
    for (const piece of pieces) await handle.write(piece).catch((error: unknown) => Promise.reject(failed(error)));
  } finally {
    await handle.close();
  }
}
