/**
 * Turning range text into {@link CompiledRange} intervals. Runs when a catalog is compiled (at build time for the
 * bundled data, in `createCatalog` for a caller's packs), never on the resolve path.
 *
 * Numeric ranges use semver's range grammar (`>=5.0.0 <5.1.0`, `^5.0.0`, `5.0.x`, `5.0.0 - 5.1.0`, `||`), read
 * by semver and turned into intervals over our own tuples, so a 4-part version such as `5.0.0.3` falls inside
 * `>=5.0.0 <5.1.0`. Train ranges use the same comparators over release ids (`>=2016`, `>=2012-r2 <2019`).
 *
 * @module
 */
import Range from 'semver/classes/range.js';
import type { TrainVersionScheme } from '../types/pack.js';
import type { CompiledRange, Interval } from './interval.js';
import type { VersionTuple } from './numeric.js';
import { compareTuples } from './numeric.js';

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
    case '=':
      return tighten(tighten(interval, '>=', bound)!, '<=', bound);
    default:
      return null;
  }
}

function clean(interval: Interval): Interval {
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
 * Compiles a numeric range with semver's grammar.
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
    let interval: Interval | null = {};
    for (const comparator of set) {
      if (comparator.value === '') continue; // "*": no bound
      const v = comparator.semver;
      interval = tighten(interval!, comparator.operator, [v.major, v.minor, v.patch]);
      if (!interval) return null;
    }
    intervals.push(clean(interval!));
  }
  return intervals;
}

/**
 * Compiles a train range: comparators (`>=`, `>`, `<=`, `<`, `=` or none) before release ids, space-separated
 * (all must hold), alternatives separated by `||`.
 *
 * @param text - the range
 * @param scheme - the train
 * @returns the intervals, or null when a comparator or release id is unknown
 * @example
 * ```ts
 * const train = { type: 'train', releases: [{ id: '2012-r2', name: 'WS 2012 R2' }, { id: '2016', name: 'WS 2016' }] } as const;
 * compileTrainRange('>=2016', train); // [{ min: [1], minInclusive: true }]
 * ```
 */
export function compileTrainRange(text: string, scheme: TrainVersionScheme): CompiledRange | null {
  const intervals: Interval[] = [];
  for (const alternative of text.split('||')) {
    const tokens = alternative.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) return null;
    let interval: Interval | null = {};
    for (const token of tokens) {
      const match = /^(>=|<=|>|<|=)?(.+)$/.exec(token);
      const index = scheme.releases.findIndex((r) => r.id === match?.[2]);
      if (!match || index < 0) return null;
      interval = tighten(interval!, match[1] ?? '', [index]);
      if (!interval) return null;
    }
    intervals.push(clean(interval!));
  }
  return intervals;
}
