/**
 * What a version scheme knows, in one interface: every part of the package that deals with a product's versions
 * (the pack checks, compilation, reading a query, the CLI's description) asks the scheme through
 * {@link versionScheme} (or, to read a query's version, {@link versionReader}, which leaves out what the resolver
 * never needs) and never looks at `scheme.type` itself. What only pack checks and compilation need (ranges,
 * scheme checks) is reached through `pack-time.ts`, which the resolver never loads. Adding a scheme kind means one
 * module beside `numeric.ts`, `train.ts` and `none.ts` (and its range grammar), a line in each switch here, and one
 * in `pack-time.ts`.
 *
 * @module
 */
import type { VersionScheme } from '../types/pack.js';
import { noneReader, noneScheme } from './none.js';
import { numericReader, numericScheme } from './numeric.js';
import { trainReader, trainScheme } from './train.js';
import type { VersionReader, VersionSchemeRules } from './types.js';

/**
 * The rules of a version scheme.
 *
 * @param scheme - a pack's `versionScheme` (or one of its `osVersionScheme` trains)
 * @returns the scheme's rules
 * @example
 * ```ts
 * versionScheme({ type: 'numeric', maxParts: 4 }).parse('5.0.0.3'); // [5, 0, 0, 3]
 * versionScheme({ type: 'none' }).versioned; // false
 * ```
 */
export function versionScheme(scheme: VersionScheme): VersionSchemeRules {
  switch (scheme.type) {
    case 'numeric':
      return numericScheme(scheme);
    case 'train':
      return trainScheme(scheme);
    case 'none':
      return noneScheme;
  }
}

/**
 * What reading a query's version needs of a scheme: the part of {@link versionScheme} the resolver loads.
 *
 * @param scheme - a pack's `versionScheme`
 * @returns the scheme's reader
 * @example
 * ```ts
 * versionReader({ type: 'numeric', maxParts: 4 }).expected; // 'a version of up to 4 numeric parts or a codename'
 * ```
 */
export function versionReader(scheme: VersionScheme): VersionReader {
  switch (scheme.type) {
    case 'numeric':
      return numericReader(scheme);
    case 'train':
      return trainReader(scheme);
    case 'none':
      return noneReader;
  }
}
