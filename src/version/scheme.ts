/**
 * What a version scheme knows, in one interface: every part of the package that deals with a product's versions
 * (the pack checks, compilation, reading a query, the CLI's description) asks the scheme through
 * {@link versionScheme} and never looks at `scheme.type` itself; ranges are compiled through `compileRange`
 * (`ranges.ts`), which the resolver never loads. Adding a scheme kind means one module beside `numeric.ts`,
 * `train.ts` and `none.ts`, and one line here and in `ranges.ts`.
 *
 * @module
 */
import type { VersionScheme } from '../types/pack.js';
import { noneScheme } from './none.js';
import { checkNumericScheme, numericScheme } from './numeric.js';
import { checkTrainScheme, trainScheme } from './train.js';
import type { VersionTuple } from './tuple.js';

/** A caller's version text, read by its scheme. */
export interface SchemeReading {
  /** The version to match rules with. */
  tuple: VersionTuple;
  /** The version as the scheme writes it (a codename's version, a partial version's documented version, a release id). */
  effective: string;
}

/** The documented versions of a product, as written and as tuples (oldest first). */
export interface Documented {
  /** As written in the pack. */
  versions: readonly string[];
  /** Parsed by the scheme. */
  tuples: readonly VersionTuple[];
}

/** Reports one problem at a JSON path of a pack. */
export type Report = (path: string, message: string) => void;

/** Everything the package does with one version scheme. */
export interface VersionSchemeRules {
  /** Whether products of this scheme have versions at all. */
  readonly versioned: boolean;
  /** What a caller should write, in words, for error messages. */
  readonly expected: string;
  /**
   * Reads a version as a pack writes it (documented versions, codename targets).
   *
   * @param text - the version
   * @returns the tuple, or null when it is not a version of this scheme
   */
  parse(text: string): VersionTuple | null;
  /**
   * Reads a caller's version text: codenames, partial versions (`5.0` is the newest documented 5.0.x), builds
   * with more parts than the documentation (`5.0.0.3`), release names in any spelling.
   *
   * @param text - what the caller wrote (trimmed)
   * @param documented - the product's documented versions
   * @returns the reading, or null when the text is not a version of this scheme
   */
  read(text: string, documented: Documented): SchemeReading | null;
  /**
   * What a caller may write, for error messages and completion.
   *
   * @param documented - the product's documented versions
   * @returns versions, codenames or release ids
   */
  choices(documented: readonly string[]): string[];
  /**
   * The scheme described for a person: the first line sums it up, the others add detail (codenames).
   *
   * @param documented - the product's documented versions
   * @returns lines of text
   */
  describe(documented: readonly string[]): string[];
}

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
 * Checks what only a scheme can check in a pack (codenames that parse and cite known sources, unique release ids).
 * Apart from {@link versionScheme}: only the pack checks need it, and the resolver's bundle does not carry it.
 *
 * @param scheme - a pack's `versionScheme` (or one of its `osVersionScheme` trains)
 * @param report - receives each problem
 * @param sourceIds - the pack's source ids
 * @param at - the JSON path of the scheme in the pack (`$.versionScheme`, `$.osVersionScheme.windows`)
 * @example
 * ```ts
 * const problems: string[] = [];
 * const train = { type: 'train', releases: [{ id: '2016', name: 'a' }, { id: '2016', name: 'b' }] } as const;
 * checkVersionScheme(train, (path, message) => problems.push(`${path}: ${message}`), new Set(), '$.versionScheme');
 * console.log(problems); // [ '$.versionScheme: duplicate release "2016"' ]
 * ```
 */
export function checkVersionScheme(scheme: VersionScheme, report: Report, sourceIds: ReadonlySet<string>, at: string): void {
  if (scheme.type === 'numeric') checkNumericScheme(scheme, report, sourceIds, at);
  else if (scheme.type === 'train') checkTrainScheme(scheme, report, at);
}
