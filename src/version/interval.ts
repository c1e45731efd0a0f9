/**
 * Version ranges compiled to intervals of tuples, so matching a version is a few number comparisons.
 *
 * @module
 */
import { compareTuples, type VersionTuple } from './numeric.js';

/** One interval; a missing bound is open. */
export interface Interval {
  /** Lower bound. */
  min?: VersionTuple;
  /** Whether `min` itself is inside. */
  minInclusive?: boolean;
  /** Upper bound. */
  max?: VersionTuple;
  /** Whether `max` itself is inside. */
  maxInclusive?: boolean;
}

/** A compiled range: the union of its intervals. */
export type CompiledRange = readonly Interval[];

/**
 * Whether a version lies in a compiled range.
 *
 * @param version - the version
 * @param range - the compiled range
 * @returns true when inside any interval
 */
export function inRange(version: VersionTuple, range: CompiledRange): boolean {
  for (const interval of range) {
    if (interval.min) {
      const c = compareTuples(version, interval.min);
      if (c < 0 || (c === 0 && !interval.minInclusive)) continue;
    }
    if (interval.max) {
      const c = compareTuples(version, interval.max);
      if (c > 0 || (c === 0 && !interval.maxInclusive)) continue;
    }
    return true;
  }
  return false;
}
