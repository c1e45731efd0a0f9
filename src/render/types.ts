/**
 * Types shared by every renderer.
 *
 * @module
 */

/** Every output format `renderExclusions` knows. */
export type RenderTarget =
  | 'defender-powershell'
  | 'defender-gpo'
  | 'defender-intune'
  | 'mdatp-cli'
  | 'mdatp-json'
  | 'mdatp-plist'
  | 'clamav-clamd'
  | 'clamav-clamscan'
  | 'json'
  | 'csv'
  | 'markdown';

/** Options every renderer accepts (each ignores what does not concern it). */
export interface RenderOptions {
  /** `add` (default) renders the install form; `remove` the matching uninstall form. */
  action?: 'add' | 'remove';
  /**
   * Also render the items an installer or the scanner itself already adds to the target's scanner (`managedBy.scanner`
   * names it), which a target of a scanner otherwise leaves out, naming them in `skipped`. Default `false`. A review
   * format (`json`, `csv`, `markdown`: no scanner) lists every item anyway and refuses `true` (`INVALID_OPTION`).
   */
  includeManaged?: boolean;
}

/** An item a renderer could not express, and why. */
export interface SkippedItem {
  /** Qualified rule id. */
  rule: string;
  /** The item's value, when it has one. */
  value?: string;
  /** Why it was not rendered. */
  reason: string;
}

/** What a renderer returns. */
export interface RenderOutput {
  /** The target rendered. */
  target: RenderTarget;
  /** The file content: deterministic, newline-terminated, in the target's line endings. */
  text: string;
  /**
   * The exact values `text` passes, for an installer that applies them itself: the object of JSON targets (`json`,
   * `mdatp-json`, `mdatp-plist`), `{ paths, processes, extensions }` for `defender-powershell` and `defender-gpo`,
   * the settings of `defender-intune`, the argv of each command for `mdatp-cli`, the `ExcludePath` patterns for
   * `clamav-clamd` and the arguments for `clamav-clamscan`. Absent for the review formats (`csv`, `markdown`).
   */
  data?: unknown;
  /** Items left out, each with its reason (also listed in a comment where the format has comments). */
  skipped: SkippedItem[];
  /**
   * The resolution's conditional items, none of them rendered, each with what would make it apply (a feature to
   * switch on, an OS release to give). Scanner formats also list them in a comment block.
   */
  conditional: SkippedItem[];
  /** Anything else the admin should know (unresolved items, managed items left to the installer). */
  warnings: string[];
}
