// JSON written in pieces: the same text as JSON.stringify(value, null, 2), without ever holding
// all of it in one string (a 100,000-task report is ~160 MB of JSON, twice that as a JS string).

/** Pieces of at most about this many characters (each array element stays whole). */
const PIECE = 1 << 20;

/** What JSON.stringify serialises for `value` under `key`: its toJSON(key) result, if it has one. */
function resolved(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * Yields pieces whose concatenation is exactly `JSON.stringify(value, null, 2)`: each top-level
 * array of a plain object is written element by element; everything else through JSON.stringify
 * itself (re-indented, which is safe: JSON strings hold no raw newline).
 */
export function* jsonPieces(value: object): Generator<string> {
  const top = resolved(value, '');
  if (top === null || typeof top !== 'object' || Array.isArray(top)) {
    yield JSON.stringify(top, null, 2);
    return;
  }
  const entries = Object.entries(top)
    .map(([key, v]): [string, unknown] => [key, resolved(v, key)])
    .filter(([, v]) => !omitted(v));
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
        const item = resolved(v[i], String(i));
        const text = omitted(item) ? 'null' : (JSON.stringify(item, null, 2));
        buffer += `    ${text.replaceAll('\n', '\n    ')}${i < v.length - 1 ? ',' : ''}\n`;
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
