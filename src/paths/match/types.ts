/**
 * What each scanner's matcher answers: whether an exclusion entry, as the scanner reads it, covers a recommended
 * item, and how. Shared by the Defender, Defender for Endpoint (Linux/macOS) and ClamAV matchers and by the audit.
 *
 * @module
 */
import type { Platform, RuleKind } from '../../types/pack.js';

/**
 * How an entry covers an item.
 * - `exact`: the entry names the item itself (same path, process or extension, compared as the scanner compares);
 * - `parent`: the entry names a folder above the item, and the scanner excludes everything below it;
 * - `wildcard`: the entry reaches the item through wildcards or regular-expression syntax;
 * - `extension`: an extension entry covers a file or pattern item by its extension;
 * - `partial`: the entry covers only part of what the item needs (a subfolder, files directly in a folder but not
 *   its subfolders, a contextual entry that applies only under its conditions, a process at one path when the item
 *   is every process of that name).
 */
export type CoverageHow = 'exact' | 'parent' | 'wildcard' | 'extension' | 'partial';

/** A recommended item as the matchers see it: what it is, its value, and the platform it is for. */
export interface MatchItem {
  /** What is excluded. */
  kind: RuleKind;
  /** The value (a path, pattern, process or extension), machine variables as written or expanded. */
  value: string;
  /** The platform. */
  platform: Platform;
}

/**
 * One matcher's answer for one item when it is not a plain "no": covered (and how), or `cannot-evaluate` when the
 * entry's meaning for this item cannot be stated exactly (never a guess either way).
 */
export interface CoverAnswer {
  /** How the entry covers the item, or `cannot-evaluate`. */
  how: CoverageHow | 'cannot-evaluate';
  /** Why, in one sentence (for `partial`: what part is covered). */
  note?: string;
}

/**
 * An exclusion entry compiled once, as its scanner reads it. `evaluable: false` means the entry uses syntax whose
 * meaning we cannot state exactly (the reason says which); such an entry answers `cannot-evaluate` for every item
 * under its keys, so it is never counted as covering or as not covering.
 */
export interface CompiledEntry {
  /** The entry's text as found. */
  text: string;
  /** Whether we can answer for this entry. */
  evaluable: boolean;
  /** Why the entry cannot be evaluated, or what is odd about it. */
  reason?: string;
  /**
   * The index keys under which the entry can cover something: the first path segment it is tied to (`c:` on Windows,
   * `opt` for `/opt/…`), or `*` when it can cover items anywhere (extensions, image names, unanchored patterns).
   */
  keys: readonly string[];
  /**
   * Whether and how the entry covers the item; null when it does not.
   *
   * @param item - a recommended item
   * @returns the answer, or null
   */
  cover(item: MatchItem): CoverAnswer | null;
}
