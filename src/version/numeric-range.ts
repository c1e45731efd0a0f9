/**
 * Numeric ranges, compiled with semver's grammar. Kept apart from `numeric.ts` because it loads semver, which only
 * the pack checks and compilation need (at build time for the bundled data, in `createCatalog` for a caller's packs).
 *
 * @module
 */
import Range from 'semver/classes/range.js';
import { type Comparator, type CompiledRange, type Interval, intervalOf } from './interval.js';

/**
 * Compiles a numeric range with semver's grammar (`>=5.0.0 <5.1.0`, `^5.0.0`, `5.0.x`, `5.0.0 - 5.1.0`, `||`), read
 * by semver and turned into intervals over our own tuples, so a 4-part version such as `5.0.0.3` falls inside
 * `>=5.0.0 <5.1.0`. Runs when a catalog is compiled, never on the resolve path.
 *
 * @param text - the range
 * @returns the intervals, or null when semver cannot read the range
 * @example
 * ```ts
 * compileNumericRange('>=5.0.0 <5.1.0'); // [{ min: [5,0,0], minInclusive: true, max: [5,1,0], maxInclusive: false }]
 * ```
 */
export function compileNumericRange(text: string): CompiledRange | null {
  let range: Range;
  try {
    range = new Range(text);
  } catch {
    return null;
  }
  const intervals: Interval[] = [];
  for (const set of range.set) {
    const comparators: Comparator[] = [];
    for (const comparator of set) {
      if (comparator.value === '') continue; // "*": no bound
      const v = comparator.semver;
      comparators.push({ operator: comparator.operator, bound: [v.major, v.minor, v.patch] });
    }
    const interval = intervalOf(comparators);
    if (!interval) return null;
    intervals.push(interval);
  }
  return intervals;
}
