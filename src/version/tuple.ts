/**
 * Versions as tuples of numbers, the one form every scheme compares: a numeric version's parts (`5.0.0.3` is
 * `[5, 0, 0, 3]`), a release's position in its train (`[1]`).
 *
 * @module
 */

/** A version as comparable numbers. */
export type VersionTuple = readonly number[];

/**
 * Compares two versions part by part; missing parts count as 0 (`5.0` = `5.0.0.0`).
 *
 * @param a - first version
 * @param b - second version
 * @returns negative, 0 or positive
 * @example
 * ```ts
 * compareTuples([5, 0, 0, 3], [5, 0, 0]); // 3
 * ```
 */
export function compareTuples(a: VersionTuple, b: VersionTuple): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
