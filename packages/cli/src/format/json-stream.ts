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
  // Only objects are looked into (a call per primitive value would cost more than the test).
  if (Array.isArray(v)) {
    if (v.length > LONG) return true;
    if (depth >= DEPTH) return false;
    for (const x of v) if (typeof x === 'object' && x !== null && holdsLong(x, depth + 1)) return true;
    return false;
  }
  if (depth >= DEPTH || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const key in v) {
    if (!Object.hasOwn(v, key)) continue;
    const x = (v as Record<string, unknown>)[key];
    if (typeof x === 'object' && x !== null && holdsLong(x, depth + 1)) return true;
  }
  return false;
}

/** Elements of a long array written by one JSON.stringify: few enough that the text stays a young-generation string. */
const BATCH = 16;

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
  if (Array.isArray(v)) yield* writeArray(v, indent, out);
  else {
    const inner = `${indent}  `;
    const entries = Object.keys(v).map((k): [string, unknown] => [k, resolved((v as Record<string, unknown>)[k], k)]).filter(([, x]) => !omitted(x));
    if (entries.length === 0) out.buffer += '{}';
    else {
      out.buffer += '{\n';
      for (let i = 0; i < entries.length; i += 1) {
        const [key, x] = entries[i] as [string, unknown];
        out.buffer += `${inner}${JSON.stringify(key)}: `;
        yield* write(x, inner, out);
        out.buffer += i < entries.length - 1 ? ',\n' : '\n';
        if (out.buffer.length >= PIECE) {
          yield out.buffer;
          out.buffer = '';
        }
      }
      out.buffer += `${indent}}`;
    }
  }
  out.open.delete(v);
}

/**
 * A long array (or one holding one) at indentation `indent`: runs of up to {@link BATCH} plain
 * elements (holding no long array, without toJSON) through one JSON.stringify of the run, whose
 * lines are those of the elements one level in; the other elements one by one.
 */
function* writeArray(v: readonly unknown[], indent: string, out: Pieces): Generator<string> {
  const inner = `${indent}  `;
  out.buffer += '[\n';
  let batch: unknown[] = [];
  // The run nested as deep as this array sits (indent = 2·depth spaces), so that JSON.stringify
  // indents its elements as they sit here: "[\n  [\n    a,\n    b\n  ]\n]" for depth 1, with no
  // re-indenting pass; the brackets around them are cut off.
  const depth = indent.length / 2;
  let head = 0;
  let tail = 0;
  for (let d = 0; d <= depth; d += 1) {
    head += 2 * d + 2; // "␣␣…[\n"
    tail += 2 * d + 2; // "\n␣␣…]"
  }
  const flush = (): void => {
    let nested: unknown = batch;
    for (let d = 0; d < depth; d += 1) nested = [nested];
    const text = JSON.stringify(nested, null, 2);
    out.buffer += text.slice(head, text.length - tail);
    batch = [];
  };
  for (let i = 0; i < v.length; i += 1) {
    const x = v[i];
    const plain = typeof x !== 'object' || x === null || (typeof (x as { toJSON?: unknown }).toJSON !== 'function' && !holdsLong(x, 0));
    if (plain) batch.push(x);
    else {
      if (batch.length > 0) {
        flush();
        out.buffer += ',\n';
      }
      const r = resolved(x, String(i));
      out.buffer += inner;
      yield* write(omitted(r) ? null : r, inner, out);
    }
    const last = i === v.length - 1;
    if (batch.length >= BATCH || (last && batch.length > 0)) flush();
    if (batch.length === 0) out.buffer += last ? '\n' : ',\n';
    if (out.buffer.length >= PIECE) {
      yield out.buffer;
      out.buffer = '';
    }
  }
  out.buffer += `${indent}]`;
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
