// JSON written in pieces: the same text as JSON.stringify(value, null, 2), without ever holding
// all of it in one string (a 100,000-task report is ~160 MB of JSON, twice that as a JS string).

/** Pieces of at most about this many characters (each array element stays whole). */
const PIECE = 1 << 20;

/**
 * Yields pieces whose concatenation is exactly `JSON.stringify(value, null, 2)` for a plain object
 * of JSON values: each top-level array of objects is written element by element; everything else
 * through JSON.stringify itself (re-indented, which is safe: JSON strings hold no raw newline).
 */
export function* jsonPieces(value: object): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  let buffer = '{\n';
  for (let k = 0; k < entries.length; k += 1) {
    const [key, v] = entries[k] as [string, unknown];
    buffer += `  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      buffer += '[\n';
      for (let i = 0; i < v.length; i += 1) {
        // JSON.stringify writes undefined and functions in arrays as null.
        const item = (JSON.stringify(v[i], null, 2) as string | undefined) ?? 'null';
        buffer += `    ${item.replaceAll('\n', '\n    ')}${i < v.length - 1 ? ',' : ''}\n`;
        if (buffer.length >= PIECE) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += '  ]';
    } else buffer += (JSON.stringify(v, null, 2)).replaceAll('\n', '\n  ');
    buffer += k < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${buffer}}`;
}
