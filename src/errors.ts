/**
 * The one error class the library throws for bad input.
 *
 * @module
 */

/** Machine-readable error codes. */
export type ErrorCode =
  | 'INVALID_QUERY'
  | 'UNKNOWN_PRODUCT'
  | 'UNKNOWN_ROLE'
  | 'UNKNOWN_PLATFORM'
  | 'UNSUPPORTED_PLATFORM'
  | 'MISSING_PLATFORM'
  | 'UNKNOWN_FEATURE'
  | 'UNKNOWN_VARIABLE'
  | 'INVALID_VARIABLE_VALUE'
  | 'INVALID_VERSION'
  | 'INVALID_OS_VERSION'
  | 'INVALID_PACK'
  | 'UNKNOWN_TARGET'
  | 'TARGET_PLATFORM_MISMATCH'
  | 'UNSAFE_VALUE'
  | 'INVALID_OPTION'
  | 'INVALID_CURRENT';

/** Details carried by an {@link AvExclusionsError}. */
export interface AvExclusionsErrorDetails {
  /** The offending value, when there is one. */
  value?: unknown;
  /** The valid choices, when the set is known. */
  choices?: readonly string[];
  /** The closest valid choice, when one is close enough. */
  suggestion?: string;
  /** Individual problems (pack validation lists all of them). */
  issues?: readonly string[];
}

/**
 * The brand every {@link AvExclusionsError} carries: a key of the global symbol registry, so the ESM and the CJS copy
 * of the package (or two installed copies) mark their errors alike.
 */
const BRAND = /* @__PURE__ */ Symbol.for('av-exclusions.error');

/**
 * Thrown for every kind of bad input: unknown ids, invalid versions, unsafe values, invalid packs.
 *
 * @example
 * ```ts
 * import { resolveExclusions, AvExclusionsError } from 'av-exclusions';
 * try {
 *   resolveExclusions({ product: 'sep-sesam', roles: ['master'], platform: 'windows' } as never);
 * } catch (error) {
 *   if (error instanceof AvExclusionsError) console.log(error.code, error.choices); // UNKNOWN_ROLE [ 'client', 'rds', 'server' ]
 * }
 * ```
 */
export class AvExclusionsError extends Error {
  // Declared, not defined: the constructor assigns each once (and sets `name` last, so own keys keep the order
  // code, value, choices, suggestion, issues, name).
  /** Machine-readable code. */
  declare readonly code: ErrorCode;
  /** The offending value. */
  declare readonly value: unknown;
  /** Valid choices (empty when not applicable). */
  declare readonly choices: readonly string[];
  /** The closest valid choice, if any. */
  declare readonly suggestion: string | undefined;
  /** Individual problems, when there are several. */
  declare readonly issues: readonly string[];

  /**
   * @param code - machine-readable code
   * @param message - one-line explanation, naming the valid choices and the suggestion when there are some
   * @param details - value, choices, suggestion, issues
   */
  constructor(code: ErrorCode, message: string, details: AvExclusionsErrorDetails = {}) {
    super(message);
    Object.defineProperty(this, BRAND, { value: true });
    this.code = code;
    this.value = details.value;
    this.choices = details.choices ?? [];
    this.suggestion = details.suggestion;
    this.issues = details.issues ?? [];
    this.name = 'AvExclusionsError';
  }
}

/**
 * Whether a value is an {@link AvExclusionsError}, from this copy of the package or any other: the ESM and the CJS
 * build each have their own class, so `instanceof` answers `false` across them, while this check reads the brand every
 * such error carries.
 *
 * @param value - anything caught
 * @returns `true` for an error thrown by av-exclusions (then its `code`, `choices` and `suggestion` are there)
 * @example
 * ```ts
 * import { isAvExclusionsError, resolveExclusions } from 'av-exclusions';
 * try {
 *   resolveExclusions({ product: 'sep-sesam', roles: ['master'], platform: 'windows' } as never);
 * } catch (error) {
 *   if (isAvExclusionsError(error)) console.log(error.code); // UNKNOWN_ROLE
 * }
 * ```
 */
export function isAvExclusionsError(value: unknown): value is AvExclusionsError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
