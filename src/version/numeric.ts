/**
 * Dotted numeric versions (`5.1.0`, `5.0.0.3`) as tuples of numbers, with our own comparison: semver cannot tell
 * `4.4.3.84` from `4.4.3.3` (its coerce drops the fourth part).
 *
 * @module
 */

/** A version as comparable numbers. */
export type VersionTuple = readonly number[];

const NUMERIC = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?$/;

/**
 * Parses `5`, `5.0`, `5.0.0`, `5.0.0.3` (an optional leading `v`) into numbers.
 *
 * @param value - the version text
 * @param maxParts - the most parts the scheme allows
 * @returns the parts given (not padded), or null when it is not a numeric version of at most `maxParts` parts
 * @example
 * ```ts
 * parseNumericVersion('5.0.0.3', 4); // [5, 0, 0, 3]
 * parseNumericVersion('banana', 4);  // null
 * ```
 */
export function parseNumericVersion(value: string, maxParts: number): number[] | null {
  const match = NUMERIC.exec(value.trim());
  if (!match) return null;
  const parts = match.slice(1).filter((p): p is string => p !== undefined).map(Number);
  return parts.length <= maxParts ? parts : null;
}

/**
 * Compares two versions part by part; missing parts count as 0 (`5.0` = `5.0.0.0`).
 *
 * @param a - first version
 * @param b - second version
 * @returns negative, 0 or positive
 */
export function compareTuples(a: VersionTuple, b: VersionTuple): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
