/**
 * Version ranges compiled to intervals of tuples, so matching a version is a few number comparisons. Every scheme
 * turns its range text into comparators (`>=`, `<` …) over tuples; this module turns comparators into intervals.
 *
 * @module
 */
import { compareTuples, type VersionTuple } from './tuple.js';

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

/** One bound of a range: `>=` and a version. An empty operator (or `=`) means exactly that version. */
export interface Comparator {
  /** `>`, `>=`, `<`, `<=`, `=` or empty. */
  operator: string;
  /** The version compared with. */
  bound: VersionTuple;
}

function tighten(interval: Interval, operator: string, bound: VersionTuple): Interval | null {
  switch (operator) {
    case '>':
    case '>=': {
      const inclusive = operator === '>=';
      const c = interval.min ? compareTuples(bound, interval.min) : 1;
      if (c > 0 || (c === 0 && !inclusive)) return { ...interval, min: bound, minInclusive: inclusive };
      return interval;
    }
    case '<':
    case '<=': {
      const inclusive = operator === '<=';
      const c = interval.max ? compareTuples(bound, interval.max) : -1;
      if (c < 0 || (c === 0 && !inclusive)) return { ...interval, max: bound, maxInclusive: inclusive };
      return interval;
    }
    case '':
    case '=': {
      const lower = tighten(interval, '>=', bound);
      return lower && tighten(lower, '<=', bound);
    }
    default:
      return null;
  }
}

/**
 * The interval where every comparator holds.
 *
 * @param comparators - the bounds (all must hold)
 * @returns the interval (bounds without `*Inclusive` keys when open), or null for an unknown operator
 * @example
 * ```ts
 * intervalOf([{ operator: '>=', bound: [5, 0, 0] }, { operator: '<', bound: [5, 1, 0] }]);
 * // { min: [5, 0, 0], minInclusive: true, max: [5, 1, 0], maxInclusive: false }
 * ```
 */
export function intervalOf(comparators: readonly Comparator[]): Interval | null {
  let interval: Interval | null = {};
  for (const { operator, bound } of comparators) {
    interval = tighten(interval, operator, bound);
    if (!interval) return null;
  }
  const out: Interval = {};
  if (interval.min) {
    out.min = interval.min;
    out.minInclusive = interval.minInclusive ?? false;
  }
  if (interval.max) {
    out.max = interval.max;
    out.maxInclusive = interval.maxInclusive ?? false;
  }
  return out;
}

/**
 * Whether a version lies in a compiled range.
 *
 * @param version - the version
 * @param range - the compiled range
 * @returns true when inside any interval
 * @example
 * ```ts
 * inRange([5, 0, 0, 3], [{ min: [5, 0, 0], minInclusive: true, max: [5, 1, 0], maxInclusive: false }]); // true
 * ```
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
