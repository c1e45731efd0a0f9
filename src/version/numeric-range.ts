/**
 * Numeric ranges, compiled with semver's grammar, and the checks of a numeric scheme in a pack. Kept apart from
 * `numeric.ts` because it loads semver, which only the pack checks and compilation need (at build time for the bundled data, in `createCatalog` for a caller's packs).
 *
 * @module
 */
import Range from 'semver/classes/range.js';
import type { NumericVersionScheme } from '../types/pack.js';
import { type Comparator, type CompiledRange, type Interval, intervalOf } from './interval.js';
import { parseNumericVersion } from './numeric.js';
import type { Report } from './types.js';

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

/**
 * Checks a numeric scheme of a pack: every codename's version parses in the scheme and its source is cited.
 *
 * @param scheme - the scheme
 * @param report - receives each problem
 * @param sourceIds - the pack's source ids
 * @param at - the JSON path of the scheme in the pack
 */
export function checkNumericScheme(scheme: NumericVersionScheme, report: Report, sourceIds: ReadonlySet<string>, at: string): void {
  const codenames = scheme.codenames ?? [];
  codenames.forEach((codename, i) => {
    const path = `${at}.codenames[${i}]`;
    if (!parseNumericVersion(codename.version, scheme.maxParts))
      report(`${path}.version`, `"${codename.version}" is not a numeric version`);
    if (!sourceIds.has(codename.source.id)) report(`${path}.source.id`, `unknown source "${codename.source.id}"`);
  });
}
