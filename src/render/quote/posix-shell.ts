/**
 * POSIX shell single-quoted words: nothing inside `'…'` is special; a `'` is written as `'\''`.
 *
 * @module
 */

/**
 * Quotes a value as one POSIX shell word.
 *
 * @param value - any text without control characters
 * @returns the quoted word
 * @example
 * ```ts
 * quotePosixShell("/srv/it's $(here)"); // "'/srv/it'\\''s $(here)'"
 * ```
 */
export function quotePosixShell(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}
