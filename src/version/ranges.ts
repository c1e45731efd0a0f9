/**
 * Compiling a range in any scheme: what the pack checks and compilation call. Apart from `scheme.ts` so that the
 * resolver, which reads only compiled ranges, never loads semver.
 *
 * @module
 */
import type { VersionScheme } from '../types/pack.js';
import type { CompiledRange } from './interval.js';
import { compileNumericRange } from './numeric-range.js';
import { compileTrainRange } from './train.js';

/**
 * Compiles a range as a pack writes it (`>=5.0.0 <5.1.0`, `>=2016`) in the pack's scheme.
 *
 * @param scheme - the scheme (a pack's `versionScheme` or an `osVersionScheme` train)
 * @param text - the range
 * @returns its intervals, or null when the text is not a range of this scheme (every text, for `none`)
 * @example
 * ```ts
 * compileRange({ type: 'numeric', maxParts: 4 }, '>=5.0.0 <5.1.0'); // [{ min: [5,0,0], minInclusive: true, max: [5,1,0], maxInclusive: false }]
 * compileRange({ type: 'none' }, '*'); // null
 * ```
 */
export function compileRange(scheme: VersionScheme, text: string): CompiledRange | null {
  switch (scheme.type) {
    case 'numeric':
      return compileNumericRange(text);
    case 'train':
      return compileTrainRange(text, scheme);
    case 'none':
      return null;
  }
}
