/**
 * What the pack checks and compilation need of every scheme: compiling a range and checking the scheme itself. Apart
 * from `scheme.ts` so that the resolver, which reads only compiled ranges, never loads semver or these checks.
 *
 * @module
 */
import type { VersionScheme } from '../types/pack.js';
import type { CompiledRange } from './interval.js';
import { checkNumericScheme, compileNumericRange } from './numeric-range.js';
import { checkTrainScheme, compileTrainRange } from './train.js';
import type { Report } from './types.js';

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

/**
 * Checks what only a scheme can check in a pack: codenames that parse and cite known sources (numeric), unique
 * release ids (train).
 *
 * @param scheme - the scheme (a pack's `versionScheme` or an `osVersionScheme` train)
 * @param report - receives each problem
 * @param sourceIds - the pack's source ids
 * @param at - the JSON path of the scheme in the pack (`$.versionScheme`, `$.osVersionScheme.windows`)
 * @example
 * ```ts
 * const problems: string[] = [];
 * checkScheme({ type: 'train', releases: [{ id: '2016', name: 'a' }, { id: '2016', name: 'b' }] }, (path, message) => problems.push(`${path}: ${message}`), new Set(), '$.versionScheme');
 * console.log(problems); // [ '$.versionScheme: duplicate release "2016"' ]
 * ```
 */
export function checkScheme(scheme: VersionScheme, report: Report, sourceIds: ReadonlySet<string>, at: string): void {
  if (scheme.type === 'numeric') checkNumericScheme(scheme, report, sourceIds, at);
  else if (scheme.type === 'train') checkTrainScheme(scheme, report, at);
}
