// Numbers rounded for people: fixed decimals, p-values, and columns that are all whole numbers.

/** `x` with `digits` decimals; whole numbers stay whole when `keepIntegers`. Never prints -0. */
export function fixed(x: number, digits = 3, keepIntegers = false): string {
  if (keepIntegers && Number.isInteger(x)) return String(x);
  const text = x.toFixed(digits);
  return /^-0(\.0*)?$/u.test(text) ? text.slice(1) : text;
}

/** A p-value: 3 decimals, or 2 significant digits in scientific notation below 0.001. */
export function pValue(p: number): string {
  if (p === 0) return '0';
  return p >= 0.001 ? p.toFixed(3) : p.toExponential(1);
}

/** A formatter for a column: whole numbers as they are when every value is whole, else 3 decimals. */
export function columnFormat(values: readonly number[]): (x: number) => string {
  return values.every((x) => Number.isInteger(x)) ? (x) => String(x) : (x) => fixed(x, 3);
}
