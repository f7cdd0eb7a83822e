// Writing results to files and directories, with errors that name the path (exit 1, no stack trace).
import { mkdir, writeFile } from 'node:fs/promises';
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
