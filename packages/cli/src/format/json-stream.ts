// JSON written in pieces: the same text as JSON.stringify(value, null, 2), without ever holding
// all of it in one string (a 100,000-task report is ~290 MB of JSON, twice that as a JS string).

/**
 * Pieces of about this many characters. Kept well under V8's large-object size (128 KiB; a
 * two-byte string of 16 Ki characters is 32 KiB), so that a piece written and dropped dies in the
 * young generation instead of waiting in old space for a full collection: with pieces of 1 Mi
 * characters, writing the 100,000-task hub-heavy report raised peak memory by ~670 MB.
 */
const PIECE = 1 << 14;
/** Arrays longer than this are written element by element; shorter ones (and what holds none) in one JSON.stringify. */
const LONG = 256;
/** How deep {@link holdsLong} looks for a long array (a row of a table holds none). */
const DEPTH = 4;

/** What JSON.stringify serialises for `value` under `key`: its toJSON(key) result, if it has one. */
function resolved(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A plain array or object (not a boxed primitive, which JSON.stringify writes as its value). */
const container = (v: unknown): v is object =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && !(v instanceof Number || v instanceof String || v instanceof Boolean));

/** Whether `v` is, or holds within {@link DEPTH} levels, an array longer than {@link LONG}: then it is written in pieces. */
function holdsLong(v: unknown, depth: number): boolean {
  if (!container(v)) return false;
  if (Array.isArray(v)) return v.length > LONG || (depth < DEPTH && v.some((x) => holdsLong(x, depth + 1)));
  if (depth >= DEPTH || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const key in v) if (Object.hasOwn(v, key) && holdsLong((v as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/** Text of the pieces written so far, cut into pieces of about {@link PIECE} characters. */
class Pieces {
  buffer = '';
  /** Containers being written, for JSON.stringify's refusal of a circular structure. */
  readonly open = new Set<object>();
}

/** `v` (already resolved) at indentation `indent`, exactly as it sits inside JSON.stringify(…, null, 2)'s output. */
function* write(v: unknown, indent: string, out: Pieces): Generator<string> {
  if (!container(v) || !holdsLong(v, 0)) {
    out.buffer += (JSON.stringify(v, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
    return;
  }
  if (out.open.has(v)) throw new TypeError('Converting circular structure to JSON');
  out.open.add(v);
  const inner = `${indent}  `;
  const array = Array.isArray(v);
  // An array's elements are resolved one at a time, as they are written (a list of 100,000 tasks
  // is not copied into as many entries first); an object's entries first, to know which is last.
  const entries = array ? undefined : Object.keys(v).map((k): [string, unknown] => [k, resolved((v as Record<string, unknown>)[k], k)]).filter(([, x]) => !omitted(x));
  const count = entries === undefined ? (v as unknown[]).length : entries.length;
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  if (count === 0) out.buffer += `${open}${close}`;
  else {
    out.buffer += `${open}\n`;
    for (let i = 0; i < count; i += 1) {
      let x: unknown;
      if (entries === undefined) {
        const r = resolved((v as unknown[])[i], String(i));
        x = omitted(r) ? null : r;
        out.buffer += inner;
      } else {
        const [key, value] = entries[i] as [string, unknown];
        x = value;
        out.buffer += `${inner}${JSON.stringify(key)}: `;
      }
      yield* write(x, inner, out);
      out.buffer += i < count - 1 ? ',\n' : '\n';
      if (out.buffer.length >= PIECE) {
        yield out.buffer;
        out.buffer = '';
      }
    }
    out.buffer += `${indent}${close}`;
  }
  out.open.delete(v);
}

/**
 * Yields pieces whose concatenation is exactly `JSON.stringify(value, null, 2)`: every array
 * longer than {@link LONG} elements, wherever it sits, and the objects and arrays that hold one,
 * are written element by element; everything else through JSON.stringify itself (re-indented,
 * which is safe: JSON strings hold no raw newline). No piece is much longer than {@link PIECE}
 * characters unless one element alone is.
 */
export function* jsonPieces(value: object): Generator<string> {
  const out = new Pieces();
  yield* write(resolved(value, ''), '', out);
  if (out.buffer !== '') yield out.buffer;
}
