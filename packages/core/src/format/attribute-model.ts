// Typed columns for graph attributes written to GEXF, GraphML and Neo4j CSV: one type per
// attribute name, inferred from every value it takes.
import type { Attributes } from 'graphology-types';

/** The type of a column: the narrowest that holds every value (mixed types fall back to `string`). */
export type ValueType = 'boolean' | 'integer' | 'long' | 'double' | 'string' | 'list';

/** An attribute name and the type of its values. */
export interface Column {
  name: string;
  type: ValueType;
}

const INT32 = 2 ** 31 - 1;

/** Values that are written as absent: `undefined`, `null` and non-finite numbers. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value));
}

function typeOf(value: unknown): ValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return 'double';
    return Math.abs(value) <= INT32 ? 'integer' : 'long';
  }
  if (Array.isArray(value) || value instanceof Set) return 'list';
  return 'string';
}

const NUMERIC: readonly ValueType[] = ['integer', 'long', 'double'];

function widen(a: ValueType, b: ValueType): ValueType {
  if (a === b) return a;
  if (NUMERIC.includes(a) && NUMERIC.includes(b)) return NUMERIC[Math.max(NUMERIC.indexOf(a), NUMERIC.indexOf(b))] as ValueType;
  return 'string';
}

/**
 * The columns of a set of attribute records, in order of first appearance, leaving out the names
 * in `skip`. A name whose values are all absent gets no column.
 */
export function attributeColumns(records: Iterable<Attributes>, skip: ReadonlySet<string> = new Set()): Column[] {
  const types = new Map<string, ValueType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (skip.has(name) || isAbsent(value)) continue;
      const type = typeOf(value);
      const seen = types.get(name);
      types.set(name, seen === undefined ? type : widen(seen, type));
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

/**
 * A value as text: numbers in JavaScript's shortest round-trip form,
 * lists and objects as JSON (GEXF list types are read inconsistently across tools; JSON is not).
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value instanceof Set ? [...value] : value) ?? '';
}
