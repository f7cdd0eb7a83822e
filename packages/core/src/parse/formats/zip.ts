// Zip archives (.docx, .xlsx, .odt, .ods): entry names read from the central directory and chosen
// entries inflated, with the declared sizes checked against the limits before anything is inflated.
import { unzipSync } from 'fflate';
import { DiagnosticSink } from '../errors.js';
import { MAX_EXTRACTED_BYTES } from './limits.js';

const fail = (file: string | undefined, code: 'unreadable-file' | 'too-large', message: string): never => {
  const sink = new DiagnosticSink(file);
  sink.error(code, 1, message);
  sink.throwIfErrors();
  throw new Error('unreachable');
};

/** Names of the archive's entries (nothing is inflated). */
export function zipEntryNames(bytes: Uint8Array, file?: string): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch (error) {
    fail(file, 'unreadable-file', `not a readable zip archive: ${(error as Error).message}`);
  }
  return names;
}

/**
 * Inflates the entries `wanted` picks. Their declared sizes together may not pass
 * {@link MAX_EXTRACTED_BYTES} (a zip bomb is refused before it is inflated).
 */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, file?: string): Record<string, Uint8Array> {
  let total = 0;
  let files: Record<string, Uint8Array> = {};
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_EXTRACTED_BYTES) throw new RangeError(`its entries inflate to more than ${MAX_EXTRACTED_BYTES} bytes`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof RangeError && /inflate to more/u.test(error.message)) fail(file, 'too-large', `the archive is too large: ${error.message}`);
    fail(file, 'unreadable-file', `not a readable zip archive: ${(error as Error).message}`);
  }
  for (const [name, data] of Object.entries(files)) {
    if (data.length > MAX_EXTRACTED_BYTES) fail(file, 'too-large', `the archive is too large: ${name} inflates to more than ${MAX_EXTRACTED_BYTES} bytes`);
  }
  return files;
}
