// The OLE compound file around an .xls: the root-level Workbook (BIFF8) or Book (BIFF5) stream,
// read with the compound-file reader the .doc reader uses (ole.ts), which checks every chain it
// follows and reads only the stream asked for.
import { fail } from './binary.js';
import { CompoundFile, isOle } from './ole.js';

/** The name of the workbook stream a compound file holds, if any (Workbook first: BIFF8). */
function workbookName(file: CompoundFile): 'Workbook' | 'Book' | undefined {
  if (file.hasStream('Workbook')) return 'Workbook';
  if (file.hasStream('Book')) return 'Book';
  return undefined;
}

/** True if the bytes are a compound file with a root-level Workbook or Book stream. Never throws. */
export function holdsWorkbook(bytes: Uint8Array): boolean {
  if (!isOle(bytes)) return false;
  try {
    return workbookName(CompoundFile.open(bytes)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The Workbook (or Book) stream's bytes and name. Fails with `unreadable-file` for bytes that are
 * not a compound file, one without a workbook stream, or a damaged container, and with
 * `too-large` when the stream exceeds MAX_EXTRACTED_BYTES (checked before it is read).
 */
export function readWorkbookStream(bytes: Uint8Array): { name: 'Workbook' | 'Book'; stream: Uint8Array } {
  const file = CompoundFile.open(bytes);
  const name = workbookName(file);
  if (name === undefined) fail('an OLE compound file without a Workbook stream: not an Excel workbook (perhaps a Word .doc or another Office file)');
  const stream = file.read([name]).get(name);
  if (stream === undefined) fail(`the ${name} stream could not be read: the file is damaged`);
  return { name, stream };
}
