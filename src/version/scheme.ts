/**
 * What a version scheme knows, in one interface: every part of the package that deals with a product's versions
 * (the pack checks, compilation, reading a query, the CLI's description) asks the scheme through
 * {@link versionScheme} and never looks at `scheme.type` itself. What only pack checks and compilation need (ranges,
 * scheme checks) is reached through `pack-time.ts`, which the resolver never loads. Adding a scheme kind means one
 * module beside `numeric.ts`, `train.ts` and `none.ts` (and its range grammar), and one line here and in
 * `pack-time.ts`.
 *
 * @module
 */
import type { VersionScheme } from '../types/pack.js';
import { noneScheme } from './none.js';
import { numericScheme } from './numeric.js';
import { trainScheme } from './train.js';
import type { VersionSchemeRules } from './types.js';

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
