/**
 * The query `resolveExclusions` takes.
 *
 * @module
 */
import type { Platform, Provenance } from '../types/pack.js';

/**
 * "Which exclusions does product P, version V, in roles R, on platform O, with features F, need here?"
 * (untyped form, for any catalog; the bundled catalog's `resolveExclusions` narrows ids to literal unions).
 */
export interface ExclusionQuery {
  /** Product id (`sep-sesam`). */
  product: string;
  /**
   * Product version: numeric (`5.0.0.3`, `5.0`), or a codename (`Jaglion`), as the product's scheme allows.
   * Omitted: the newest documented version (reported in `warnings`).
   */
  version?: string;
  /** One or more roles of the product; the answer is their union. */
  roles: readonly string[];
  /** Platform; may be omitted only when the product has exactly one. */
  platform?: Platform;
  /** Operating-system release (`2019`, `Windows Server 2012 R2`), for rules that depend on it (included packs too). */
  osVersion?: string;
  /** Features that are on (of the product or of any product it includes). */
  features?: readonly string[];
  /** Caller values for variables; multi-valued variables take arrays. */
  variables?: Readonly<Record<string, string | readonly string[]>>;
  /** Admit only rules of these provenance grades (default: all). */
  provenance?: readonly Provenance[];
}
