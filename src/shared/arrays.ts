// Array helpers that never spread an array into a call's arguments: past about 120,000 elements (findings
// in one file, links, markers) a spread overflows the stack. ESLint forbids the spread (eslint.config.js).

/** Appends every item of `items` to `target` (what `target.push(...items)` does, for any length); returns `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let k = 0; k < items.length; k++) target.push(items[k]!);
  return target;
}

/** The largest value (`Math.max(...values)` for any length): -Infinity for none. */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (let k = 0; k < values.length; k++) if (values[k]! > max || Number.isNaN(values[k]!)) max = values[k]!;
  return max;
}

/** The smallest value (`Math.min(...values)` for any length): Infinity for none. */
export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (let k = 0; k < values.length; k++) if (values[k]! < min || Number.isNaN(values[k]!)) min = values[k]!;
  return min;
}
