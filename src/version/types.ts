/**
 * The shapes every version scheme module shares: what a scheme answers (`VersionSchemeRules`) and how pack checks
 * report. Kept apart so the scheme modules and the modules that dispatch to them import only types from here.
 *
 * @module
 */
import type { VersionTuple } from './tuple.js';

/** Reports one problem at a JSON path of a pack. */
export type Report = (path: string, message: string) => void;

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

/**
 * What reading a query's version needs of a scheme: the part of {@link VersionSchemeRules} the resolver loads (pack
 * checks, compilation and the CLI use the whole).
 */
export interface VersionReader {
  /** Whether products of this scheme have versions at all. */
  readonly versioned: boolean;
  /** What a caller should write, in words, for error messages. */
  readonly expected: string;
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
}

/** Everything the package does with one version scheme. */
export interface VersionSchemeRules extends VersionReader {
  /**
   * Reads a version as a pack writes it (documented versions, codename targets).
   *
   * @param text - the version
   * @returns the tuple, or null when it is not a version of this scheme
   */
  parse(text: string): VersionTuple | null;
  /**
   * The scheme described for a person: the first line sums it up, the others add detail (codenames).
   *
   * @param documented - the product's documented versions
   * @returns lines of text
   */
  describe(documented: readonly string[]): string[];
}
